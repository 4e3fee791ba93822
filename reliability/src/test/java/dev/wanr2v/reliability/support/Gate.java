package dev.wanr2v.reliability.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP gate in front of an emulator, for the faults an HTTP server cannot play: it refuses
 * connections (nothing listens on its port), or it resets a new connection as soon as the request head
 * has arrived, before reading the body. Otherwise it passes bytes both ways untouched.
 *
 * <p>Plans apply to new connections only; a client's pooled connections are not affected, so a fault
 * meant for a call must meet that client's first connection (the suite uses a fresh client per cell).
 * Accepted sockets get a small receive buffer, so a large request body cannot hide in kernel buffers:
 * a reset after the head of a body of many megabytes certainly comes before the body has left.
 */
public final class Gate implements AutoCloseable {
    private static final int RECEIVE_BUFFER = 32 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int targetPort;
    private final int port;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger resetsPlanned = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean resetAlways;
    private volatile ServerSocket server;
    private volatile Thread acceptor;

    private Gate(int targetPort) {
        this.targetPort = targetPort;
        this.server = bind(0);
        this.port = server.getLocalPort();
        acceptLoop(server);
    }

    /** A gate on an ephemeral loopback port, passing everything to {@code targetPort}. */
    public static Gate to(int targetPort) {
        return new Gate(targetPort);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Connections accepted since the gate was built. */
    public int connections() {
        return connections.get();
    }

    /** Passes every connection from now on, listening if it was refusing. */
    public synchronized void passAll() {
        resetsPlanned.set(0);
        resetAlways = false;
        if (server == null) {
            server = bind(port);
            acceptLoop(server);
        }
    }

    /**
     * Stops listening (new connections are refused) and cuts the connections it carries. Returns once the
     * accepting thread has left {@code accept()}: until then the JDK defers closing the listening socket,
     * and a connection could still get in.
     */
    public synchronized void refuse() {
        ServerSocket s = server;
        server = null;
        closeQuietly(s);
        Thread t = acceptor;
        if (t != null) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        live.forEach(Gate::closeQuietly);
        live.clear();
    }

    /** The next {@code n} new connections are reset once their request head has arrived. */
    public void resetNext(int n) {
        resetsPlanned.set(n);
    }

    /** Every new connection is reset once its request head has arrived, until {@link #passAll()}. */
    public void resetAll() {
        resetAlways = true;
    }

    @Override
    public void close() {
        refuse();
    }

    private static ServerSocket bind(int port) {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.setReceiveBufferSize(RECEIVE_BUFFER);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("the gate could not listen on 127.0.0.1:" + port, e);
        }
    }

    private void acceptLoop(ServerSocket listening) {
        acceptor = daemon("gate-accept", () -> {
            while (!listening.isClosed()) {
                Socket client;
                try {
                    client = listening.accept();
                } catch (IOException e) {
                    return;
                }
                connections.incrementAndGet();
                live.add(client);
                boolean reset = resetAlways || resetsPlanned.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
                daemon("gate-conn", () -> serve(client, reset));
            }
        });
    }

    private void serve(Socket client, boolean reset) {
        try {
            if (reset) {
                readHead(client.getInputStream());
                client.setSoLinger(true, 0);
                return;
            }
            Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            live.add(target);
            daemon("gate-pump", () -> pump(target, client));
            pump(client, target);
        } catch (IOException e) {
            // the peer went away; both ends are closed below
        } finally {
            closeQuietly(client);
            live.remove(client);
        }
    }

    /** Reads up to the blank line that ends a request head (or the end of the stream). */
    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            live.remove(from);
            live.remove(to);
        }
    }

    private static Thread daemon(String role, Runnable body) {
        Thread t = new Thread(body, role + "-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // closing is best effort
        }
    }
}
