package dev.wanr2v.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.validation.RequestValidator;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.MediaLimits;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/** The generators agree with core's validator: valid requests pass, broken ones break exactly their rule. */
class GeneratorProperties {

    private static List<Violation> validate(Capabilities caps, R2vRequest request) {
        return new RequestValidator(caps, RequestValidator.label("test", caps), false).validate(request);
    }

    @Provide
    Arbitrary<Tuple2<Capabilities, R2vRequest>> valid() {
        return Arbitraries.of(CapabilityShapes.all())
                .flatMap(c -> R2vArbitraries.validRequests(c).map(r -> Tuple.of(c, r)));
    }

    @Provide
    Arbitrary<Tuple2<Capabilities, BrokenRequest>> broken() {
        return Arbitraries.of(CapabilityShapes.all())
                .flatMap(c -> R2vArbitraries.brokenRequests(c).map(b -> Tuple.of(c, b)));
    }

    @Property(tries = 400)
    void everyValidRequestPassesCoreValidation(@ForAll("valid") Tuple2<Capabilities, R2vRequest> t) {
        assertThat(validate(t.get1(), t.get2())).as("%s under %s", t.get2(), t.get1()).isEmpty();
    }

    @Property(tries = 1500)
    void everyBrokenRequestBreaksExactlyItsRuleAndEveryBreakableRuleIsGenerated(
            @ForAll("broken") Tuple2<Capabilities, BrokenRequest> t) {
        Statistics.label("rule by capabilities").collect(t.get1().qualifier(), t.get2().ruleId());
        Statistics.label("rule by capabilities").coverage(c -> {
            for (Capabilities caps : CapabilityShapes.all()) {
                for (Rule rule : R2vArbitraries.breakableRules(caps)) {
                    c.check(caps.qualifier(), rule.id()).count(n -> n >= 1);
                }
            }
        });
        List<String> ids = validate(t.get1(), t.get2().request()).stream().map(Violation::ruleId).toList();
        assertThat(ids).as("%s under %s", t.get2(), t.get1()).containsExactly(t.get2().ruleId());
    }

    @Example
    void theListedRulesAreBreakableUnderOpenCapabilities() {
        assertThat(R2vArbitraries.breakableRules(CapabilityShapes.OPEN)).containsExactlyInAnyOrder(
                Rule.PROMPT_REQUIRED, Rule.PROMPT_LENGTH, Rule.TEXT_CHARACTERS, Rule.NEGATIVE_PROMPT_LENGTH,
                Rule.REFERENCE_COUNT, Rule.REFERENCE_VIDEOS, Rule.SIZE, Rule.DURATION, Rule.SEED, Rule.SILENT_TIER,
                Rule.SHOT_TYPE, Rule.URL_SCHEME, Rule.URL_SYNTAX, Rule.DATA_URI, Rule.MEDIA_TYPE, Rule.INPUT_FORM,
                Rule.IMAGE_DIMENSIONS, Rule.IMAGE_TRANSPARENCY);
    }

    @Example
    void imageLimitsAreBrokenByTheDeclaredFiguresNotByOneGlobalFigure() {
        Capabilities strict = CapabilityShapes.OPEN.toBuilder().mediaLimits(MediaLimits.alibaba()
                .withImage(new MediaLimits.ImageLimits(360, 2000, 10 * MediaLimits.MEGABYTE, false))).build();
        for (Capabilities caps : List.of(CapabilityShapes.OPEN, strict)) {
            int min = caps.mediaLimits().image().minSide();
            int max = caps.mediaLimits().image().maxSide();
            R2vArbitraries.brokenRequests(caps, Rule.IMAGE_DIMENSIONS).sampleStream().limit(20).forEach(b -> {
                List<Violation> violations = validate(caps, b.request());
                assertThat(violations).extracting(Violation::ruleId).containsExactly(Rule.IMAGE_DIMENSIONS.id());
                assertThat(violations.get(0).message()).contains(min + " to " + max + " pixels a side");
            });
        }
    }

    @Example
    void capabilityDerivedRulesBecomeBreakableWhenTheCapabilitiesAllowIt() {
        assertThat(R2vArbitraries.breakableRules(CapabilityShapes.VIDEOS_ONLY))
                .contains(Rule.TIER, Rule.REFERENCE_KIND, Rule.INPUT_FORM)
                .doesNotContain(Rule.REFERENCE_ORDER, Rule.DATA_URI, Rule.REFERENCE_IMAGES);
        assertThat(R2vArbitraries.breakableRules(CapabilityShapes.SPLIT_LISTS))
                .contains(Rule.REFERENCE_ORDER, Rule.UNSUPPORTED_OPTION).doesNotContain(Rule.TIER);
        assertThat(R2vArbitraries.breakableRules(CapabilityShapes.TIGHT))
                .contains(Rule.REFERENCE_IMAGES, Rule.REFERENCE_VIDEOS, Rule.DATA_URI)
                .doesNotContain(Rule.INPUT_FORM);
        assertThat(R2vArbitraries.breakableRules(CapabilityShapes.BARE))
                .contains(Rule.UNSUPPORTED_OPTION, Rule.TIER).doesNotContain(Rule.SEED, Rule.SHOT_TYPE);
    }

    @Example
    void askingForARuleThatCannotBreakAloneSaysWhichCan() {
        Set<Rule> breakable = R2vArbitraries.breakableRules(CapabilityShapes.OPEN);
        assertThat(breakable).doesNotContain(Rule.TIER);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> R2vArbitraries.brokenRequests(CapabilityShapes.OPEN, Rule.TIER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R2V-TIER cannot be broken alone")
                .hasMessageContaining(breakable.stream().map(Rule::id).sorted().findFirst().orElseThrow());
    }

    @Property(tries = 200)
    void brokenRequestsOfOneRuleBreakOnlyThatRule(@ForAll("seedsOutOfRange") BrokenRequest broken) {
        assertThat(broken.rule()).isEqualTo(Rule.SEED);
        long seed = broken.request().seed().orElseThrow();
        assertThat(seed < 0 || seed > 2_147_483_647L).isTrue();
    }

    @Provide
    Arbitrary<BrokenRequest> seedsOutOfRange() {
        return R2vArbitraries.brokenRequests(CapabilityShapes.OPEN, Rule.SEED);
    }
}
