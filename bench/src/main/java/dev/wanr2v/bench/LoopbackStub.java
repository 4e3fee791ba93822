package dev.wanr2v.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scripted test vendor's protocol on loopback, as fast as the JDK's server allows: a task is
 * RUNNING from its first sighting until {@code duration} has passed, then SUCCEEDED.
 */
final class LoopbackStub implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final long durationNanos;

    LoopbackStub(Duration duration, int threadCount) throws IOException {
        this.durationNanos = duration.toNanos();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        this.threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, "stub");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/v1/tasks", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long requests() {
        return requests.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        ex.getRequestBody().readAllBytes();
        String path = ex.getRequestURI().getPath();
        String body;
        if ("POST".equals(ex.getRequestMethod())) {
            body = "{\"id\":\"t" + ids.incrementAndGet() + "\"}";
        } else {
            String id = path.substring(path.lastIndexOf('/') + 1);
            long now = System.nanoTime();
            long seen = firstSeen.computeIfAbsent(id, k -> now);
            long progress = Math.min(100, (now - seen) * 100 / durationNanos);
            body = now - seen >= durationNanos
                    ? "{\"status\":\"SUCCEEDED\",\"progress\":100,\"url\":\"https://cdn.example.com/" + id + ".mp4\"}"
                    : "{\"status\":\"RUNNING\",\"progress\":" + progress + "}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
