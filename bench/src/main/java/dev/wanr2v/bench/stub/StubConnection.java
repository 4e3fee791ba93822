package dev.wanr2v.bench.stub;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One keep-alive connection of the NIO stub: bytes read so far, answers not yet written. */
final class StubConnection {
    private final SocketChannel channel;
    private final ScriptedAnswers answers;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(16 * 1024);
    private byte[] pending = new byte[4 * 1024];
    private int pendingLength;
    private ByteBuffer output = ByteBuffer.allocate(0);

    StubConnection(SocketChannel channel, ScriptedAnswers answers) {
        this.channel = channel;
        this.answers = answers;
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
        return n >= 0;
    }

    boolean hasPendingOutput() {
        return output.hasRemaining();
    }

    void flush() throws IOException {
        while (output.hasRemaining() && channel.write(output) > 0) {
            // keep writing while the socket takes it
        }
    }

    private void append(byte[] data, int length) {
        if (pendingLength + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + length));
        }
        System.arraycopy(data, 0, pending, pendingLength, length);
        pendingLength += length;
    }

    private void queue(byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer next = ByteBuffer.allocate(output.remaining() + head.length + body.length);
        next.put(output).put(head).put(body).flip();
        output = next;
    }
}
