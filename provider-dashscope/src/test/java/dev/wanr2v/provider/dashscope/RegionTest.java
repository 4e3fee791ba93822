package dev.wanr2v.provider.dashscope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Violation;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.ReferenceOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each region serves, and validation of region mismatches before anything is sent. */
class RegionTest {
    private static final Set<Feature> ALL_FIELDS = EnumSet.of(Feature.NEGATIVE_PROMPT, Feature.AUDIO_GUIDE,
            Feature.SEED, Feature.WATERMARK, Feature.SHOT_TYPE, Feature.PROMPT_EXTEND, Feature.SILENT_OUTPUT,
            Feature.CANCEL);

    private static R2vClient client(String region) {
        return Fixtures.client().option("region", region).build();
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::ruleId).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intl", "cn"})
    void intlAndCnServeEverything(String region) {
        Capabilities c = client(region).capabilities();
        assertThat(c.tiers()).containsExactlyInAnyOrder(ModelTier.FLASH, ModelTier.STANDARD);
        assertThat(c.durations()).containsExactlyElementsOf(
                IntStream.rangeClosed(2, 10).boxed().collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        assertThat(c.referenceKinds()).containsExactlyInAnyOrder(MediaKind.IMAGE, MediaKind.VIDEO);
        assertThat(c.maxReferences()).isEqualTo(5);
        assertThat(c.maxImages()).isEqualTo(5);
        assertThat(c.maxVideos()).isEqualTo(3);
        assertThat(c.referenceOrder()).isEqualTo(ReferenceOrder.ANY);
        assertThat(c.features()).isEqualTo(ALL_FIELDS);
        assertThat(c.sizes()).hasSize(10);
        assertThat(c.pollInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.resultLifetime()).contains(Duration.ofHours(24));
        assertThat(c.dataUris()).isFalse();
        assertThat(c.localMedia()).isEqualTo(LocalMediaRoute.PROVIDER_UPLOAD);
        assertThat(c.qualifier()).isEqualTo("region " + region);
    }

    @Test
    void usServesStandardWithVideosForFiveOrTenSeconds() {
        Capabilities c = client("us").capabilities();
        assertThat(c.tiers()).containsExactly(ModelTier.STANDARD);
        assertThat(c.referenceKinds()).containsExactly(MediaKind.VIDEO);
        assertThat(c.durations()).containsExactly(5, 10);
        assertThat(c.supports(Feature.SILENT_OUTPUT)).isFalse();
        assertThat(c.supports(Feature.CANCEL)).isTrue();
        assertThat(c.qualifier()).isEqualTo("region us");
    }

    @Test
    void theProvidersListedCapabilitiesAreTheDefaultRegions() {
        assertThat(new DashScopeProvider().capabilities()).isEqualTo(client("intl").capabilities());
        assertThat(Fixtures.client().build().capabilities().qualifier()).isEqualTo("region intl");
    }

    @Test
    void usRejectsWhatItDoesNotServeBeforeSending() {
        R2vRequest request = R2vRequest.builder().tier(ModelTier.FLASH).prompt("character1 walks")
                .image("https://example.com/a.png").duration(7).audio(false).build();
        List<Violation> violations = client("us").validate(request);
        assertThat(rules(violations)).containsExactlyInAnyOrder("R2V-TIER", "R2V-REF-KIND", "R2V-DURATION",
                "R2V-UNSUPPORTED-OPTION");
        assertThat(violations).allSatisfy(v -> assertThat(v.toString()).doesNotContain("sk-test"));
        assertThat(violations.stream().filter(v -> v.ruleId().equals("R2V-TIER")).findFirst().orElseThrow().message())
                .contains("dashscope (region us)");
    }

    @Test
    void theSameRequestInUsShapeIsValidThere() {
        R2vRequest request = R2vRequest.builder().tier(ModelTier.STANDARD).prompt("character1 walks")
                .video("https://example.com/a.mp4").duration(10).build();
        assertThat(client("us").validate(request)).isEmpty();
        assertThat(client("intl").validate(request)).isEmpty();
    }

    @Test
    void intlAcceptsAFlashImageRequestThatUsRefuses() {
        R2vRequest request = R2vRequest.builder().prompt("character1 waves").image("https://example.com/a.png")
                .duration(2).audio(false).build();
        assertThat(client("intl").validate(request)).isEmpty();
        assertThat(client("cn").validate(request)).isEmpty();
        assertThat(client("us").validate(request)).isNotEmpty();
    }

    @Test
    void dataUrisAreRefusedAndLocalFilesAreInspectedForUpload() {
        R2vRequest request = R2vRequest.builder().prompt("character1 and character2")
                .reference(dev.wanr2v.Reference.image(MediaSource.dataUri(
                        dev.wanr2v.testing.MediaSamples.dataUris(MediaKind.IMAGE).get(0))))
                .image(Path.of("no-such-alice.png")).duration(11).build();
        assertThat(rules(client("intl").validate(request)))
                .containsExactly("R2V-INPUT-FORM", "R2V-MEDIA-MISSING", "R2V-DURATION");
    }
}
