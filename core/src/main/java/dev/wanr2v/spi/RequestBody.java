package dev.wanr2v.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The body of an {@link HttpCall}: none, bytes in memory, or streamed by a {@link BodyWriter}. */
public sealed interface RequestBody permits RequestBody.Empty, RequestBody.Bytes, RequestBody.Streamed {

    /** The JSON media type. */
    String JSON = "application/json";

    /** No body. */
    static RequestBody empty() {
        return Empty.INSTANCE;
    }

    /** A JSON body held in memory. */
    static RequestBody json(byte[] utf8) {
        return new Bytes(utf8, JSON);
    }

    /** A JSON body from text. */
    static RequestBody json(String text) {
        return json(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A body written on demand, of unknown length (sent chunked). */
    static RequestBody streamed(String contentType, BodyWriter writer) {
        return new Streamed(contentType, -1, writer);
    }

    /** The media type, or {@code null} for no body. */
    String contentType();

    /** The length in bytes, or -1 if unknown until written. */
    long contentLength();

    /** Writes the whole body. */
    void writeTo(OutputStream out) throws IOException;

    /** No body. */
    final class Empty implements RequestBody {
        static final Empty INSTANCE = new Empty();

        private Empty() {
        }

        @Override
        public String contentType() {
            return null;
        }

        @Override
        public long contentLength() {
            return 0;
        }

        @Override
        public void writeTo(OutputStream out) {
            // nothing to write
        }

        @Override
        public String toString() {
            return "(no body)";
        }
    }

    /**
     * A body held in memory.
     *
     * @param data        the bytes (copied)
     * @param contentType the media type
     */
    record Bytes(byte[] data, String contentType) implements RequestBody {
        public Bytes {
            data = Objects.requireNonNull(data, "data").clone();
            Objects.requireNonNull(contentType, "contentType");
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public long contentLength() {
            return data.length;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && java.util.Arrays.equals(data, b.data) && contentType.equals(b.contentType);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return data.length + " bytes of " + contentType;
        }
    }

    /**
     * A body written on demand.
     *
     * @param contentType   the media type
     * @param contentLength the length if known in advance, else -1
     * @param writer        writes the body; may be called again for a retry
     */
    record Streamed(String contentType, long contentLength, BodyWriter writer) implements RequestBody {
        public Streamed {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(writer, "writer");
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            writer.writeTo(out);
        }

        @Override
        public String toString() {
            return "streamed " + contentType + (contentLength >= 0 ? " (" + contentLength + " bytes)" : "");
        }
    }
}
