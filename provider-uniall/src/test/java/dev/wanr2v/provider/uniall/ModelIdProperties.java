package dev.wanr2v.provider.uniall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Resolution;
import dev.wanr2v.Violation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.testing.RequestGen;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The model id always says what the request asks for; an override that says otherwise is reported. */
class ModelIdProperties {
    /** UniAll's documented ids and what each means, written out independently of the code under test. */
    record Meaning(ModelTier tier, Resolution resolution, boolean audio) {
    }

    static final Map<String, Meaning> DOCUMENTED = Map.of(
            "wan2.6-r2v-720p", new Meaning(ModelTier.STANDARD, Resolution.P720, true),
            "wan2.6-r2v-1080p", new Meaning(ModelTier.STANDARD, Resolution.P1080, true),
            "wan2.6-r2v-flash-720p-audio", new Meaning(ModelTier.FLASH, Resolution.P720, true),
            "wan2.6-r2v-flash-720p-silent", new Meaning(ModelTier.FLASH, Resolution.P720, false),
            "wan2.6-r2v-flash-1080p-audio", new Meaning(ModelTier.FLASH, Resolution.P1080, true),
            "wan2.6-r2v-flash-1080p-silent", new Meaning(ModelTier.FLASH, Resolution.P1080, false));

    private static final ProviderCodec CODEC = Fixtures.codec();

    private static Meaning meaningOf(R2vRequest r) {
        return new Meaning(r.tier(), r.size().resolution().orElseThrow(), r.audio());
    }

    @Provide
    Arbitrary<R2vRequest> validRequests() {
        return RequestGen.valid(CODEC.capabilities());
    }

    @Provide
    Arbitrary<String> documentedIds() {
        return Arbitraries.of(DOCUMENTED.keySet());
    }

    @Property(tries = 300)
    void theSentModelIdMeansTheRequestsTierResolutionAndAudio(@ForAll("validRequests") R2vRequest request) {
        String model = Fixtures.body(CODEC.createCall(PreparedRequest.of(request))).get("model").textValue();

        Statistics.label("model").collect(model).coverage(c -> DOCUMENTED.keySet()
                .forEach(id -> c.check(id).count(n -> n > 0)));
        assertThat(DOCUMENTED).containsKey(model);
        assertThat(DOCUMENTED.get(model)).isEqualTo(meaningOf(request));
        assertThat(CODEC.modelId(request)).as("the model observers hear").contains(model);
    }

    @Property(tries = 300)
    void aDocumentedOverrideIsReportedExactlyWhenItContradictsTheRequest(
            @ForAll("validRequests") R2vRequest request, @ForAll("documentedIds") String override) {
        List<Violation> violations = Fixtures.codec(Map.of("model", override)).check(request);
        boolean contradicts = !DOCUMENTED.get(override).equals(meaningOf(request));

        Statistics.label("contradicts").collect(contradicts)
                .coverage(c -> List.of(true, false).forEach(b -> c.check(b).count(n -> n > 0)));
        if (contradicts) {
            assertThat(violations).isNotEmpty().allSatisfy(v -> {
                assertThat(v.ruleId()).isEqualTo("UNIALL-MODEL");
                assertThat(v.message()).contains(override);
            });
        } else {
            assertThat(violations).isEmpty();
        }
    }

    @Property(tries = 100)
    void anIdOfAnotherModelFamilyIsAlwaysReported(@ForAll("validRequests") R2vRequest request,
            @ForAll("otherFamilies") String override) {
        assertThat(Fixtures.codec(Map.of("model", override)).check(request)).extracting(Violation::ruleId)
                .containsExactly("UNIALL-MODEL");
    }

    @Provide
    Arbitrary<String> otherFamilies() {
        return Arbitraries.of("wan2.6-video-720p", "wan2.6-video-1080p", "wan2.6-t2v", "wan2.6-i2v-flash",
                "sora-2", "gpt-4o");
    }

    @Property(tries = 200)
    void anUnknownR2vIdIsCheckedByWhatItsPartsSay(@ForAll("validRequests") R2vRequest request) {
        Resolution other = meaningOf(request).resolution() == Resolution.P720 ? Resolution.P1080 : Resolution.P720;
        String flash = request.tier() == ModelTier.FLASH ? "-flash" : "";
        String fitting = "wan2.7-r2v" + flash + "-" + (meaningOf(request).resolution() == Resolution.P720 ? "720p"
                : "1080p") + "-preview";
        String wrongSize = "wan2.7-r2v" + flash + "-" + (other == Resolution.P720 ? "720p" : "1080p") + "-preview";

        assertThat(Fixtures.codec(Map.of("model", fitting)).check(request)).isEmpty();
        assertThat(Fixtures.codec(Map.of("model", wrongSize)).check(request)).extracting(Violation::ruleId)
                .containsExactly("UNIALL-MODEL");
    }
}
