package dev.wanr2v.provider.wan26api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaSource;
import dev.wanr2v.MediaKind;
import dev.wanr2v.internal.media.TestMedia;
import dev.wanr2v.testing.MediaSamples;
import java.nio.file.Files;
import org.junit.jupiter.api.io.TempDir;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.ShotType;
import dev.wanr2v.Violation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What core validation, driven by this provider's capabilities and check, accepts and rejects. */
class ValidationTest {
    private final R2vClient client = R2v.builder().provider(new Wan26ApiProvider()).apiKey("sk-test")
            .environment(Map.of()).systemProperties(new Properties()).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static R2vRequest.Builder base() {
        return R2vRequest.builder().prompt("character1 waves").image("https://example.com/a.png");
    }

    private static java.util.List<String> rules(java.util.List<Violation> violations) {
        return violations.stream().map(Violation::ruleId).toList();
    }

    @Test
    void aPlainRequestAndEveryDeclaredOptionPass() {
        assertThat(client.validate(base().build())).isEmpty();
        R2vRequest everything = base().video("https://example.com/b.mp4")
                .audioGuide(MediaSource.url("https://example.com/voice.wav")).duration(15).audio(false)
                .shotType(ShotType.MULTI).watermark(true).seed(7L).size("1632*1248").build();
        assertThat(client.validate(everything)).isEmpty();
        assertThat(client.validate(base().duration(2).build())).isEmpty();
    }

    @Test
    void aNegativePromptIsRejectedNotDropped() {
        var violations = client.validate(base().negativePrompt("blurry").build());
        assertThat(rules(violations)).containsExactly("R2V-UNSUPPORTED-OPTION");
        assertThat(violations.get(0).field()).isEqualTo("negativePrompt");
        assertThat(violations.get(0).message()).contains("wan26api");
    }

    @Test
    void theStandardTierIsRejected() {
        var violations = client.validate(base().tier(ModelTier.STANDARD).build());
        assertThat(rules(violations)).containsExactly("R2V-TIER");
        assertThat(violations.get(0).message()).contains("FLASH");
        assertThat(client.capabilities().tiers()).containsExactly(ModelTier.FLASH);
    }

    @Test
    void dataUriReferencesPass() {
        R2vRequest r = R2vRequest.builder().prompt("character1 and character2")
                .image("data:image/webp;base64,UklGRoIBAABXRUJQVlA4IHYBAABQJACdASqQAXwBPtFosVMoJiSioAgBABoJaW7hd2Eav7iAAAJ7APfbJyHvtk5D32yclPiitkXXbU4QX1qBZLteLk5D32ych77ZOQ99snIe+2TnERcnIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPgP0u14uTkPfbJyIiG3NrxcnIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2UDLxcnIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPoX0u14uTkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbMZae2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyIgeTkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtzL9PbJyHvtk5D1gAD+/3gv//hzobxPUz/4dQjI2eSurJC9wpC9wpC9wpC9wpC9wkxWFI4CBeCxAEDMFkZywIGYLEAQMwWIAgZgsQBAzBYgCBmCgAAAAA==")
                .video(MediaSamples.dataUris(MediaKind.VIDEO).get(0)).build();
        assertThat(client.validate(r)).isEmpty();
    }

    @Test
    void localReferencesAreInspectedAndThenAccepted(@TempDir Path dir) throws Exception {
        Path video = Files.write(dir.resolve("bob.mp4"), TestMedia.fixture("video-5s-faststart.mp4"));
        R2vRequest r = R2vRequest.builder().prompt("character1")
                .reference(Reference.video(video))
                .reference(Reference.image(MediaSource.bytes(new byte[] {1, 2, 3}))).build();
        var violations = client.validate(r);
        assertThat(rules(violations)).containsExactly("R2V-MEDIA-UNREADABLE");
        assertThat(violations).extracting(Violation::field).containsExactly("references[1]");
        assertThat(client.capabilities().localMedia()).isEqualTo(dev.wanr2v.spi.LocalMediaRoute.DATA_URI);
    }

    @Test
    void aLocalAudioGuideCannotTravelAsADataUri(@TempDir Path dir) throws Exception {
        Path audio = Files.write(dir.resolve("voice.mp3"), TestMedia.fixture("audio-5s-vbr.mp3"));
        var violations = client.validate(base().audioGuide(MediaSource.file(audio)).build());
        assertThat(rules(violations)).containsExactly("R2V-INPUT-FORM");
        assertThat(violations.get(0).message()).contains("MediaUploader");
    }

    @Test
    void anAudioGuideMustBeAUrlNotADataUri() {
        var violations = client.validate(base().audioGuide(MediaSource.dataUri(
                MediaSamples.dataUris(MediaKind.AUDIO).get(0))).build());
        assertThat(rules(violations)).containsExactly("R2V-INPUT-FORM");
        assertThat(violations.get(0).field()).isEqualTo("audioGuide");
        assertThat(violations.get(0).message()).contains("public https URL");
    }

    @Test
    void limitsComeFromTheCapabilities() {
        assertThat(rules(client.validate(base().duration(16).build()))).containsExactly("R2V-DURATION");
        assertThat(rules(client.validate(base().duration(1).build()))).containsExactly("R2V-DURATION");
        R2vRequest.Builder fourVideos = R2vRequest.builder().prompt("x");
        for (int i = 0; i < 4; i++) {
            fourVideos.video("https://example.com/" + i + ".mp4");
        }
        assertThat(rules(client.validate(fourVideos.build()))).containsExactly("R2V-REF-VIDEOS");
    }
}
