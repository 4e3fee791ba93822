package dev.wanr2v.bench.stub;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One keep-alive connection of the NIO stub: bytes of a request not complete yet, answers not yet
 * written. An idle connection holds no buffer (the read buffer is the selector thread's), so the
 * stub adds next to nothing to the heap measured per waiting task.
 */
final class StubConnection {
    private static final byte[] NONE = new byte[0];
    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private final SocketChannel channel;
    private final StubAnswers answers;
    private final ByteBuffer readBuffer;
    private byte[] pending = NONE;
    private int pendingLength;
    private ByteBuffer output = NOTHING;

    /** {@code readBuffer} is shared by every connection of one selector thread. */
    StubConnection(SocketChannel channel, StubAnswers answers, ByteBuffer readBuffer) {
        this.channel = channel;
        this.answers = answers;
        this.readBuffer = readBuffer;
    }

    /** Reads what arrived and answers every complete request; false when the peer closed. */
    boolean readAndAnswer() throws IOException {
        int n;
        while ((n = channel.read(readBuffer.clear())) > 0) {
            append(readBuffer.array(), n);
        }
        HttpRequestParser.Parsed parsed;
        while ((parsed = HttpRequestParser.parse(pending, pendingLength)) != null) {
            queue(answers.answer(parsed.request()));
            System.arraycopy(pending, parsed.consumed(), pending, 0, pendingLength - parsed.consumed());
            pendingLength -= parsed.consumed();
        }
        if (pendingLength == 0) {
            pending = NONE;
        }
        return n >= 0;
    }

    boolean hasPendingOutput() {
        return output.hasRemaining();
    }

    void flush() throws IOException {
        while (output.hasRemaining() && channel.write(output) > 0) {
            // keep writing while the socket takes it
        }
        if (!output.hasRemaining()) {
            output = NOTHING;
        }
    }

    private void append(byte[] data, int length) {
        if (pendingLength + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(Math.max(pending.length * 2, 1024), pendingLength + length));
        }
        System.arraycopy(data, 0, pending, pendingLength, length);
        pendingLength += length;
    }

    private void queue(StubAnswers.StubResponse response) {
        byte[] body = response.body();
        byte[] head = ("HTTP/1.1 " + response.status() + (response.status() == 200 ? " OK" : " Error")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer next = ByteBuffer.allocate(output.remaining() + head.length + body.length);
        next.put(output).put(head).put(body).flip();
        output = next;
    }
}
