package dev.wanr2v.bench.stub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * {@link StubAnswers} served on loopback by one selector thread over keep-alive HTTP/1.1 connections: no
 * thread per request, no copies beyond one buffer per connection, so the stub costs little next to
 * the client under test.
 */
final class NioServer implements AutoCloseable {
    private final StubAnswers answers;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final Thread loop;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
    private volatile boolean open = true;

    NioServer(StubAnswers answers) throws IOException {
        this.answers = answers;
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        this.loop = new Thread(this::run, "stub-nio");
        loop.setDaemon(true);
        loop.start();
    }

    /** {@code http://127.0.0.1:port}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.socket().getLocalPort();
    }

    private void run() {
        try {
            while (open) {
                selector.select();
                var keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    serve(key);
                }
            }
        } catch (IOException e) {
            if (open) {
                throw new UncheckedIOException(e);
            }
        } catch (ClosedSelectorException e) {
            // closed
        }
    }

    private void serve(SelectionKey key) throws IOException {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            SocketChannel channel = server.accept();
            if (channel != null) {
                channel.configureBlocking(false);
                channel.socket().setTcpNoDelay(true);
                channel.register(selector, SelectionKey.OP_READ, new StubConnection(channel, answers, readBuffer));
            }
            return;
        }
        StubConnection connection = (StubConnection) key.attachment();
        try {
            if (key.isReadable() && !connection.readAndAnswer()) {
                close(key);
                return;
            }
            if (key.isValid() && (key.isWritable() || connection.hasPendingOutput())) {
                connection.flush();
            }
            if (key.isValid()) {
                key.interestOps(connection.hasPendingOutput() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            close(key);
        }
    }

    private static void close(SelectionKey key) throws IOException {
        key.cancel();
        key.channel().close();
    }

    @Override
    public void close() {
        open = false;
        selector.wakeup();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            selector.close();
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
