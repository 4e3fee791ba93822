package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        R2vRequest r = R2vRequest.builder().prompt("character1 waves").image("https://x.example/a.png").build();
        assertThat(r.tier()).isEqualTo(ModelTier.FLASH);
        assertThat(r.size()).isEqualTo(VideoSize.P1080_LANDSCAPE);
        assertThat(r.durationSeconds()).isEqualTo(5);
        assertThat(r.audio()).isTrue();
        assertThat(r.shotType()).isEqualTo(ShotType.SINGLE);
        assertThat(r.promptExtend()).isTrue();
        assertThat(r.watermark()).isFalse();
        assertThat(r.seed()).isEmpty();
        assertThat(r.negativePrompt()).isEmpty();
        assertThat(r.audioGuide()).isEmpty();
    }

    @Test
    void requestsAreImmutableAndCopyTheirLists() {
        List<Reference> refs = new ArrayList<>(List.of(Reference.image("https://x.example/a.png")));
        R2vRequest r = R2vRequest.builder().prompt("p").references(refs).build();
        refs.add(Reference.video("https://x.example/b.mp4"));
        assertThat(r.references()).hasSize(1);
        assertThatThrownBy(() -> r.references().add(Reference.image("https://y.example/c.png")))
                .isInstanceOf(UnsupportedOperationException.class);
        R2vRequest.Builder b = r.toBuilder();
        b.duration(10);
        assertThat(r.durationSeconds()).isEqualTo(5);
        assertThat(b.build()).isNotEqualTo(r);
        assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    }

    @Test
    void inlineBytesAreCopiedAndComparedByContent() {
        byte[] data = {1, 2, 3};
        MediaSource.InlineBytes source = new MediaSource.InlineBytes(data);
        data[0] = 9;
        assertThat(source.data()[0]).isEqualTo((byte) 1);
        source.data()[1] = 9;
        assertThat(source.data()[1]).isEqualTo((byte) 2);
        assertThat(source).isEqualTo(MediaSource.bytes(new byte[] {1, 2, 3}));
        assertThat(source.toString()).isEqualTo("InlineBytes[3 bytes]");
    }

    @Test
    void parsingUserTextChoosesTheSourceKind() {
        assertThat(MediaSource.parse("https://x.example/a.png")).isInstanceOf(MediaSource.Url.class);
        assertThat(MediaSource.parse("data:image/png;base64,AAAA")).isInstanceOf(MediaSource.DataUri.class);
        assertThat(MediaSource.parse("ftp://x.example/a.png")).isInstanceOf(MediaSource.Url.class);
        assertThat(MediaSource.parse("clips/bob.mp4")).isEqualTo(MediaSource.file(Path.of("clips/bob.mp4")));
        assertThat(MediaSource.parse("C:/clips/bob.mp4")).isInstanceOf(MediaSource.LocalFile.class);
        assertThat(((MediaSource.DataUri) MediaSource.parse("DATA:Image/PNG;base64,AAAA")).mediaType())
                .isEqualTo("image/png");
    }

    @Test
    void printedSourcesNeverShowQueryStringsOrPayloads() {
        String signed = "https://user:pw@cdn.example.com/a.png?Signature=SECRET123&Expires=9";
        assertThat(MediaSource.url(signed).toString()).doesNotContain("SECRET123").doesNotContain("pw")
                .contains("cdn.example.com/a.png");
        String data = "data:image/png;base64," + "A".repeat(10_000);
        assertThat(MediaSource.dataUri(data).toString()).hasSizeLessThan(80).contains("image/png")
                .contains("10022 characters");
        R2vRequest r = R2vRequest.builder().prompt("p").reference(Reference.image(signed)).build();
        assertThat(r.toString()).doesNotContain("SECRET123");
    }

    @Test
    void referencesAreImagesOrVideos() {
        assertThatThrownBy(() -> new Reference(MediaKind.AUDIO, MediaSource.url("https://x.example/a.mp3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audioGuide");
        assertThat(Reference.video("https://x.example/a.mp4").kind()).isEqualTo(MediaKind.VIDEO);
    }

    @Test
    void mediaTypesAreRecognisedWithAliases() {
        assertThat(MediaFormat.ofMediaType("image/JPG")).contains(MediaFormat.JPEG);
        assertThat(MediaFormat.ofMediaType("audio/x-wav; codecs=1")).contains(MediaFormat.WAV);
        assertThat(MediaFormat.ofMediaType("video/quicktime")).contains(MediaFormat.MOV);
        assertThat(MediaFormat.ofMediaType("image/gif")).isEmpty();
        assertThat(MediaFormat.of(MediaKind.IMAGE)).hasSize(4);
    }

    @Test
    void exceptionsCarryDetails() {
        ErrorDetails d = ErrorDetails.builder().providerId("dashscope").httpStatus(429)
                .providerCode("Throttling.RateQuota").requestId("req-1").build();
        RateLimitedException e = new RateLimitedException("[dashscope] rate limited", d);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.httpStatus()).hasValue(429);
        assertThat(e.providerCode()).contains("Throttling.RateQuota");
        assertThat(e.requestId()).contains("req-1");
        assertThat(new AuthenticationException("x", d.toBuilder().retryable(true).build()).isRetryable()).isTrue();
        assertThat(new AuthenticationException("x", d).isRetryable()).isFalse();
    }

    @Test
    void violationsPrintAsOneLineWithTheirRule() {
        Violation v = Violation.of(Rule.REFERENCE_COUNT, "references", "6 items",
                "6 items, but at most 5 are allowed");
        assertThat(v).hasToString("references: 6 items, but at most 5 are allowed (rule R2V-REF-COUNT)");
        assertThat(Violation.of(Rule.PROMPT_LENGTH, "prompt", "x".repeat(3000), "too long").value())
                .startsWith("xxxx").endsWith("(3000 characters)").hasSizeLessThan(90);
    }

    @Test
    void ruleIdsAreUniqueAndStable() {
        assertThat(java.util.Arrays.stream(Rule.values()).map(Rule::id).distinct()).hasSize(Rule.values().length);
        assertThat(Rule.values()).allSatisfy(r -> assertThat(r.id()).matches("R2V-[A-Z0-9-]+"));
        assertThat(Rule.ofId("R2V-REF-COUNT")).contains(Rule.REFERENCE_COUNT);
    }
}
