package dev.wanr2v.provider.wan26api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.PreparedMedia;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.RequestBody;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A multi-megabyte streamed data URI goes through the body writer in pieces, complete and repeatable. */
class StreamedBodyTest {
    private static final String HEAD = "data:video/mp4;base64,";
    private static final int BASE64_CHARS = 6 * 1024 * 1024;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** The character at position i of the payload: a fixed pseudo-random sequence. */
    private static char payloadChar(long i) {
        long x = (i * 6364136223846793005L + 1442695040888963407L) >>> 58;
        return ALPHABET.charAt((int) x);
    }

    /** Produces HEAD and the payload lazily, a few characters at a time; counts opens and closes. */
    private static final class LazyDataUri extends Reader {
        private final long total = HEAD.length() + BASE64_CHARS;
        private long position;
        private final AtomicInteger closes;

        LazyDataUri(AtomicInteger closes) {
            this.closes = closes;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - position);
            for (int i = 0; i < n; i++, position++) {
                buf[off + i] = position < HEAD.length() ? HEAD.charAt((int) position)
                        : payloadChar(position - HEAD.length());
            }
            return n;
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    /** Records how the writer used the stream. */
    private static final class Recording extends OutputStream {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        int largestWrite;
        int writes;
        boolean closed;

        @Override
        public void write(int b) {
            data.write(b);
            writes++;
            largestWrite = Math.max(largestWrite, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            data.write(b, off, len);
            writes++;
            largestWrite = Math.max(largestWrite, len);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aStreamedDataUriIsWrittenWholeInPiecesAndTheSameTwice() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        AtomicInteger closes = new AtomicInteger();
        MediaSource file = MediaSource.file(Path.of("big-clip.mp4"));
        PreparedMedia video = PreparedMedia.streamedDataUri(MediaKind.VIDEO, file, "video/mp4",
                HEAD.length() + BASE64_CHARS, () -> {
                    opens.incrementAndGet();
                    return new LazyDataUri(closes);
                });
        R2vRequest request = R2vRequest.builder().prompt("character2 dances behind character1")
                .image("https://example.com/front.png").reference(Reference.video(file)).build();
        PreparedRequest prepared = new PreparedRequest(request,
                List.of(PreparedMedia.of(MediaKind.IMAGE, request.references().get(0).source()), video), null);

        for (String envelope : new String[] {"object", "array"}) {
            HttpCall call = Fixtures.codec(envelope).createCall(prepared);
            RequestBody body = call.body();
            assertThat(body).isInstanceOf(RequestBody.Streamed.class);
            assertThat(body.contentLength()).isEqualTo(-1);
            assertThat(opens.get()).as("nothing is read before the body is written").isZero();

            Recording first = new Recording();
            body.writeTo(first);
            Recording second = new Recording();
            body.writeTo(second);

            assertThat(opens.get()).isEqualTo(2);
            assertThat(closes.get()).isEqualTo(2);
            assertThat(first.closed).as("the writer must not close the engine's stream").isFalse();
            assertThat(first.largestWrite).as("written in pieces, not as one buffer").isLessThan(256 * 1024);
            assertThat(first.writes).isGreaterThan(100);
            assertThat(second.data.toByteArray()).isEqualTo(first.data.toByteArray());

            JsonNode tree = Fixtures.tree(first.data.toByteArray());
            JsonNode params = envelope.equals("array") ? tree.get("input").get(0).get("params") : tree;
            JsonNode refs = params.get("input").get("reference_urls");
            assertThat(refs).hasSize(2);
            assertThat(refs.get(0).asText()).isEqualTo("https://example.com/front.png");
            String value = refs.get(1).asText();
            assertThat(value).hasSize(HEAD.length() + BASE64_CHARS).startsWith(HEAD);
            for (int i = 0; i < BASE64_CHARS; i += 997) {
                assertThat(value.charAt(HEAD.length() + i)).isEqualTo(payloadChar(i));
            }
            assertThat(value.charAt(value.length() - 1)).isEqualTo(payloadChar(BASE64_CHARS - 1));
            assertThat(params.get("parameters").get("duration").asInt()).isEqualTo(5);
            opens.set(0);
            closes.set(0);
        }
    }
}
