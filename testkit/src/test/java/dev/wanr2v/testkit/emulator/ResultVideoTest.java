package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.testkit.MediaSamples;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultVideoTest {

    /** The types of an ISO BMFF file's top-level boxes, in order; fails on a box that overruns the file. */
    static List<String> topLevelBoxes(byte[] file) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(file);
        while (buffer.remaining() >= 8) {
            int start = buffer.position();
            long size = Integer.toUnsignedLong(buffer.getInt());
            byte[] type = new byte[4];
            buffer.get(type);
            if (size == 1) {
                size = buffer.getLong();
            }
            assertThat(size).as("box size at %d", start).isGreaterThanOrEqualTo(8).isLessThanOrEqualTo(file.length - start);
            types.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position((int) (start + size));
        }
        assertThat(buffer.remaining()).isZero();
        return types;
    }

    @Test
    void aSucceededTaskServesARealMp4AtASignedUrl() {
        ManualClock clock = new ManualClock();
        try (Emulator emulator = Emulators.start("dashscope", EmulatorOptions.defaults().withClock(clock))) {
            emulator.scriptNextTask(StatusScript.immediately(Outcome.succeeded()));
            Http client = Http.to(emulator).bearer("k").header("X-DashScope-Async", "enable");
            String id = Http.json(client.post("/api/v1/services/aigc/video-generation/video-synthesis",
                    Http.resource("dashscope-003-create.json"))).path("output").path("task_id").asText();
            String url = Http.json(client.get("/api/v1/tasks/" + id)).path("output").path("video_url").asText();

            HttpResponse<byte[]> video = Http.to(emulator).get(url);
            assertThat(video.statusCode()).isEqualTo(200);
            assertThat(video.headers().firstValue("Content-Type")).contains("video/mp4");
            byte[] mp4 = video.body();
            assertThat(mp4.length).isBetween(2_000, 40_000);
            assertThat(new String(mp4, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
            assertThat(topLevelBoxes(mp4)).startsWith("ftyp").contains("moov", "mdat");
            assertThat(mp4).isEqualTo(MediaSamples.resultVideo());

            HttpResponse<byte[]> head = Http.to(emulator).send(HttpRequest.newBuilder(java.net.URI.create(url))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();

            int at = url.indexOf("Signature=") + "Signature=".length();
            char other = url.charAt(at) == 'X' ? 'Y' : 'X';
            HttpResponse<byte[]> forged = Http.to(emulator).get(url.substring(0, at) + other + url.substring(at + 1));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(Http.text(forged)).contains("<Code>SignatureDoesNotMatch</Code>");
            HttpResponse<byte[]> otherTask = Http.to(emulator).get(url.replace("/files/" + id, "/files/other"));
            assertThat(otherTask.statusCode()).isEqualTo(403);

            clock.advance(Duration.ofHours(24).plusSeconds(1));
            HttpResponse<byte[]> expired = Http.to(emulator).get(url);
            assertThat(expired.statusCode()).isEqualTo(403);
            assertThat(Http.text(expired)).contains("<Code>AccessDenied</Code>", "expired");
        }
    }

    @Test
    void theMediaSamplesAreWhatTheyClaimToBe() {
        byte[] png = MediaSamples.bytes(MediaFormat.PNG).orElseThrow();
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        ByteBuffer ihdr = ByteBuffer.wrap(png, 16, 9);
        assertThat(ihdr.getInt()).isEqualTo(360);
        assertThat(ihdr.getInt()).isEqualTo(360);
        assertThat(png[25]).as("color type RGB, no alpha").isEqualTo((byte) 2);

        byte[] jpeg = MediaSamples.bytes(MediaFormat.JPEG).orElseThrow();
        assertThat(Arrays.copyOf(jpeg, 3)).containsExactly(0xFF, 0xD8, 0xFF);
        byte[] webp = MediaSamples.bytes(MediaFormat.WEBP).orElseThrow();
        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII) + new String(webp, 8, 4, StandardCharsets.US_ASCII))
                .isEqualTo("RIFFWEBP");
        for (MediaFormat video : List.of(MediaFormat.MP4, MediaFormat.MOV)) {
            assertThat(topLevelBoxes(MediaSamples.bytes(video).orElseThrow())).contains("moov", "mdat");
        }
        byte[] wav = MediaSamples.bytes(MediaFormat.WAV).orElseThrow();
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII) + new String(wav, 8, 4, StandardCharsets.US_ASCII))
                .isEqualTo("RIFFWAVE");
        byte[] mp3 = MediaSamples.bytes(MediaFormat.MP3).orElseThrow();
        assertThat(new String(mp3, 0, 3, StandardCharsets.US_ASCII).equals("ID3")
                || (mp3[0] == (byte) 0xFF && (mp3[1] & 0xE0) == 0xE0)).isTrue();
        assertThat(MediaSamples.bytes(MediaFormat.BMP)).isEmpty();
        assertThat(MediaSamples.dataUri(MediaFormat.PNG).orElseThrow()).startsWith("data:image/png;base64,iVBORw0KGgo");
    }
}
