package dev.wanr2v.provider.uniall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** UniAll's limits, enforced by core validation through the real client before anything is sent. */
class ValidationTest {
    private final R2vClient client = Fixtures.client().build();

    @AfterEach
    void close() {
        client.close();
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::ruleId).toList();
    }

    @Test
    void aVideoBeforeAnImageBreaksExactlyTheOrderRule() {
        R2vRequest request = R2vRequest.builder().prompt("character1 talks to character2")
                .video("https://example.com/bob.mp4").image("https://example.com/alice.png").build();

        List<Violation> violations = client.validate(request);

        assertThat(rules(violations)).containsExactly("R2V-REF-ORDER");
        assertThat(violations.get(0).message()).contains("uniall").contains("images first")
                .contains("put every image before every video").contains("character");
    }

    @Test
    void imagesThenVideosPass() {
        R2vRequest request = R2vRequest.builder().prompt("character1 talks to character3")
                .image("https://example.com/alice.png").image("https://example.com/carol.png")
                .video("https://example.com/bob.mp4").video("https://example.com/dan.mp4").build();

        assertThat(client.validate(request)).isEmpty();
    }

    @Test
    void aWatermarkCannotBeCarried() {
        R2vRequest request = R2vRequest.builder().prompt("p").image("https://example.com/a.png").watermark(true)
                .build();

        assertThat(rules(client.validate(request))).containsExactly("R2V-UNSUPPORTED-OPTION");
    }

    @Test
    void durationsTwoToFifteenPassAndOthersDoNot() {
        R2vRequest.Builder b = R2vRequest.builder().prompt("p").image("https://example.com/a.png");

        assertThat(client.validate(b.duration(2).build())).isEmpty();
        assertThat(client.validate(b.duration(15).build())).isEmpty();
        assertThat(rules(client.validate(b.duration(1).build()))).containsExactly("R2V-DURATION");
        assertThat(rules(client.validate(b.duration(16).build()))).containsExactly("R2V-DURATION");
    }

    @Test
    void dataUrisAndLocalFilesAreRefused() {
        R2vRequest dataUri = R2vRequest.builder().prompt("p")
                .reference(Reference.image(MediaSource.dataUri("data:image/png;base64,iVBORw0KGgo="))).build();
        R2vRequest local = R2vRequest.builder().prompt("p").image(Path.of("alice.png")).build();

        assertThat(rules(client.validate(dataUri))).containsExactly("R2V-INPUT-FORM");
        assertThat(rules(client.validate(local))).contains("R2V-INPUT-FORM");
    }

    @Test
    void silentStandardIsRefusedByCoreOnly() {
        R2vRequest request = R2vRequest.builder().prompt("p").image("https://example.com/a.png")
                .tier(ModelTier.STANDARD).audio(false).build();

        assertThat(rules(client.validate(request))).containsExactly("R2V-SILENT-TIER");
    }

    @Test
    void aContradictingModelOverrideIsReportedWithTheIdThatWouldFit() {
        try (R2vClient overridden = Fixtures.client().option("model", "wan2.6-r2v-flash-720p-audio").build()) {
            R2vRequest request = R2vRequest.builder().prompt("p").image("https://example.com/a.png").build();

            List<Violation> violations = overridden.validate(request);

            assertThat(rules(violations)).containsExactly("UNIALL-MODEL");
            assertThat(violations.get(0).message()).contains("720P").contains("1920*1080")
                    .contains("wan2.6-r2v-flash-1080p-audio").contains("UNIALL_MODEL");
        }
    }
}
