package dev.wanr2v.bench.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@link ScriptedAnswers} served by the JDK's {@code HttpServer} on a small thread pool. */
final class JdkLoopbackStub implements LoopbackStub {
    private final ScriptedAnswers answers;
    private final HttpServer server;
    private final ExecutorService threads;

    JdkLoopbackStub(ScriptedAnswers answers, int threadCount) throws IOException {
        this.answers = answers;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        this.threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, "stub-jdk");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/v1/tasks", this::handle);
        server.start();
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public long requests() {
        return answers.requests();
    }

    @Override
    public Optional<StubRequest> lastCreate() {
        return Optional.ofNullable(answers.lastCreate());
    }

    @Override
    public Optional<StubRequest> lastStatus() {
        return Optional.ofNullable(answers.lastStatus());
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        byte[] answer = answers.answer(new StubRequest(ex.getRequestMethod(), ex.getRequestURI().getPath(), headers,
                body));
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, answer.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
