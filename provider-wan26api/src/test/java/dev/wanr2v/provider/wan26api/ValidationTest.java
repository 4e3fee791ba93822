package dev.wanr2v.provider.wan26api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaSource;
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
                .image("data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==")
                .video("data:video/mp4;base64,AAAAIGZ0eXBpc29t").build();
        assertThat(client.validate(r)).isEmpty();
    }

    @Test
    void localFilesAndBytesAreRejectedForNow() {
        R2vRequest r = R2vRequest.builder().prompt("character1")
                .reference(Reference.image(Path.of("alice.png")))
                .reference(Reference.video(MediaSource.bytes(new byte[] {1, 2, 3}))).build();
        var violations = client.validate(r);
        assertThat(rules(violations)).containsExactly("R2V-INPUT-FORM", "R2V-INPUT-FORM");
        assertThat(violations).extracting(Violation::field).containsExactly("references[0]", "references[1]");
    }

    @Test
    void anAudioGuideMustBeAUrlNotADataUri() {
        var violations = client.validate(base().audioGuide(MediaSource.dataUri("data:audio/mpeg;base64,SUQz")).build());
        assertThat(rules(violations)).containsExactly("R2V-INPUT-FORM");
        assertThat(violations.get(0).field()).isEqualTo("audioGuide");
        assertThat(violations.get(0).message()).contains("public http(s) URL");
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
