package dev.wanr2v.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.RequestBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Streamed request bodies on a real socket: a body cut off by the server must free its writer (and so
 * never hold up the next body), and a body that knows its length must send {@code Content-Length}.
 */
class StreamedBodyProducerTest {
    private static final int BODY_BYTES = 16 * 1024 * 1024;

    private ServerSocket server;
    private ApacheTransport transport;
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final List<Integer> bodyLengths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket();
        server.setReceiveBufferSize(8 * 1024); // a cut after the head certainly comes before the body left
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        transport = new ApacheTransport(Duration.ofSeconds(2), Duration.ofSeconds(5), null, 1 << 20, new NamedThreads());
    }

    @AfterEach
    void stop() throws IOException {
        transport.close();
        server.close();
    }

    @Test
    void aBodyCutOffByAResetFreesItsWriterAndDoesNotHoldUpTheNextBody() throws Exception {
        CountDownLatch firstWriterEnded = new CountDownLatch(1);
        serve(true, false);

        assertThatThrownBy(() -> send(body(-1, firstWriterEnded)))
                .hasCauseInstanceOf(TransportFailure.class)
                .satisfies(e -> assertThat(((TransportFailure) e.getCause()).requestSent())
                        .as("the body had not left: the server cannot have acted on it").isFalse());
        assertThat(firstWriterEnded.await(10, TimeUnit.SECONDS))
                .as("the writer of the cut body ends instead of waiting for room for ever").isTrue();

        HttpReply reply = send(body(-1, new CountDownLatch(1)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(bodyLengths).containsExactly(BODY_BYTES);
    }

    @Test
    void aBodyThatKnowsItsLengthSendsContentLengthAndOneThatDoesNotIsChunked() throws Exception {
        serve(false, false);

        assertThat(send(body(BODY_BYTES, new CountDownLatch(1))).status()).isEqualTo(200);
        assertThat(send(body(-1, new CountDownLatch(1))).status()).isEqualTo(200);

        assertThat(heads.get(0)).contains("content-length: " + BODY_BYTES).doesNotContain("transfer-encoding");
        assertThat(heads.get(1)).contains("transfer-encoding: chunked").doesNotContain("content-length");
        assertThat(bodyLengths).containsExactly(BODY_BYTES, BODY_BYTES);
    }

    @Test
    void aWriterThatFailsFailsTheExchangeAtOnceAsNotSent() throws Exception {
        serve(false, true);
        RequestBody failing = new RequestBody.Streamed("application/octet-stream", -1, out -> {
            out.write(new byte[100_000]);
            throw new IOException("the media changed while being sent");
        });

        assertThatThrownBy(() -> send(failing))
                .hasCauseInstanceOf(TransportFailure.class)
                .satisfies(e -> {
                    TransportFailure failure = (TransportFailure) e.getCause();
                    // not a wait for the 5 s response timeout: the writer's own error ends the exchange,
                    // as a local problem, not a broken connection
                    assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.BODY);
                    assertThat(failure.getMessage()).contains("the media changed while being sent");
                    assertThat(failure.requestSent()).isFalse();
                });
    }

    @Test
    void aWriterCutOffByTheExchangesEndIsNoFaultOfTheBody() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        RequestBody body = new RequestBody.Streamed("application/octet-stream", -1, out -> {
            try {
                writing.countDown();
                for (int i = 0; i < 1000; i++) {
                    out.write(new byte[64 * 1024]); // blocks once the buffer is full: the channel never drains
                }
            } finally {
                ended.countDown();
            }
        });
        var writers = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            StreamedBodyProducer producer = new StreamedBodyProducer(body, writers);
            StalledChannel channel = new StalledChannel();
            producer.produce(channel);
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

            producer.releaseResources(); // the connection was reset: HttpCore lets go of the producer
            assertThat(ended.await(10, TimeUnit.SECONDS)).as("the writer ends").isTrue();

            // the writer's failure to write into the aborted buffer must not become a BodyWriteException,
            // which the engine reports as a local file that could not be read (reliability cell 402, once)
            assertThat(producer.available()).as("no failure of the body's own is pending").isZero();
        } finally {
            writers.shutdownNow();
        }
    }

    /** A connection that takes no bytes. */
    private static final class StalledChannel implements org.apache.hc.core5.http.nio.DataStreamChannel {
        @Override
        public void requestOutput() {
        }

        @Override
        public int write(java.nio.ByteBuffer src) {
            return 0;
        }

        @Override
        public void endStream() {
        }

        @Override
        public void endStream(List<? extends org.apache.hc.core5.http.Header> trailers) {
        }
    }

    private HttpReply send(RequestBody body) {
        HttpCall call = HttpCall.post(Operation.CREATE, "/upload").body(body).build();
        return transport.send(call, URI.create("http://127.0.0.1:" + server.getLocalPort())).join();
    }

    private static RequestBody body(long declaredLength, CountDownLatch ended) {
        return new RequestBody.Streamed("application/octet-stream", declaredLength, out -> {
            try {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'x');
                for (int sent = 0; sent < BODY_BYTES; sent += chunk.length) {
                    out.write(chunk);
                }
            } finally {
                ended.countDown();
            }
        });
    }

    /** Serves connections on a daemon thread: the first is reset after its head if asked. */
    private void serve(boolean resetFirst, boolean headOnly) {
        Thread t = new Thread(() -> {
            boolean reset = resetFirst;
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    String head = readHead(in);
                    if (reset) {
                        reset = false;
                        // read nothing more for a while: the client's socket buffers fill, and its writer
                        // waits for room when the reset comes
                        Thread.sleep(500);
                        s.setSoLinger(true, 0);
                        continue;
                    }
                    heads.add(head);
                    if (headOnly) {
                        in.transferTo(OutputStream.nullOutputStream()); // until the client gives up
                        continue;
                    }
                    bodyLengths.add(head.contains("transfer-encoding: chunked") ? readChunked(in)
                            : readFixed(in, contentLength(head)));
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the client went away, or the server was closed
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "test-server");
        t.setDaemon(true);
        t.start();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                break;
            }
        }
        return head.toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return 0;
    }

    private static int readFixed(InputStream in, int length) throws IOException {
        return in.readNBytes(length).length;
    }

    private static int readChunked(InputStream in) throws IOException {
        int total = 0;
        while (true) {
            String sizeLine = readLine(in);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                readLine(in); // the empty line after the last chunk
                return total;
            }
            total += in.readNBytes(size).length;
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
