package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.internal.validation.RequestValidator;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.testing.CapabilitySets;
import dev.wanr2v.testing.RequestGen;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class ValidationProperties {

    private static List<Violation> validate(Capabilities caps, R2vRequest r) {
        return new RequestValidator(caps, RequestValidator.label("test", caps), false).validate(r);
    }

    @Provide
    Arbitrary<Tuple2<Capabilities, R2vRequest>> validRequests() {
        return Arbitraries.of(CapabilitySets.all()).flatMap(c -> RequestGen.valid(c).map(r -> Tuple.of(c, r)));
    }

    @Provide
    Arbitrary<R2vRequest> openValidRequests() {
        return RequestGen.valid(CapabilitySets.OPEN);
    }

    @Provide
    Arbitrary<Tuple2<Capabilities, RequestGen.Broken>> brokenRequests() {
        return Arbitraries.of(CapabilitySets.all())
                .flatMap(c -> RequestGen.brokenOnce(c).map(b -> Tuple.of(c, b)));
    }

    @Property(tries = 600)
    void everyGeneratedValidRequestPasses(@ForAll("validRequests") Tuple2<Capabilities, R2vRequest> t) {
        assertThat(validate(t.get1(), t.get2())).isEmpty();
    }

    @Property(tries = 1000)
    @StatisticsReport(format = Histogram.class)
    void generationReachesTheEdges(@ForAll("openValidRequests") R2vRequest r) {
        long videos = r.references().stream().filter(x -> x.kind() == MediaKind.VIDEO).count();
        int promptLength = r.prompt().codePointCount(0, r.prompt().length());
        boolean cjk = r.prompt().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
        boolean emoji = r.prompt().codePoints().anyMatch(c -> c >= 0x1F600);
        Statistics.label("references").collect(r.references().size());
        Statistics.label("videos").collect(videos);
        Statistics.label("prompt length 1500").collect(promptLength == 1500);
        Statistics.label("1500 with CJK and emoji").collect(promptLength == 1500 && cjk && emoji);
        Statistics.label("seed").collect(r.seed().isEmpty() ? "none" : r.seed().getAsLong() == 0 ? "0"
                : r.seed().getAsLong() == RequestGen.MAX_SEED ? "max" : "other");

        Statistics.label("references").coverage(c -> c.check(5).count(n -> n >= 20));
        Statistics.label("videos").coverage(c -> c.check(3L).count(n -> n >= 20));
        Statistics.label("prompt length 1500").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("1500 with CJK and emoji").coverage(c -> c.check(true).count(n -> n >= 20));
        Statistics.label("seed").coverage(c -> {
            c.check("0").count(n -> n >= 5);
            c.check("max").count(n -> n >= 5);
        });
        assertThat(validate(CapabilitySets.OPEN, r)).isEmpty();
    }

    @Property(tries = 1500)
    void aRequestBreakingOneRuleFailsWithExactlyThatRule(
            @ForAll("brokenRequests") Tuple2<Capabilities, RequestGen.Broken> t) {
        Statistics.label("rule").collect(t.get2().ruleId());
        List<Violation> violations = validate(t.get1(), t.get2().request());
        assertThat(violations).extracting(Violation::ruleId).containsExactly(t.get2().ruleId());
        Violation v = violations.get(0);
        assertThat(v.toString()).contains("(rule " + t.get2().ruleId() + ")").doesNotContain("\n");
        assertThat(v.value().codePointCount(0, v.value().length())).isLessThanOrEqualTo(Violation.MAX_VALUE_LENGTH + 30);
    }

    @Property(tries = 300)
    void manyBrokenRulesAreAllReported(@ForAll("openValidRequests") R2vRequest valid) {
        R2vRequest broken = valid.toBuilder().prompt(" ").duration(99).seed(-1L).size(new VideoSize(100, 100))
                .references(List.of()).build();
        Set<String> rules = new LinkedHashSet<>(new ArrayList<>(validate(CapabilitySets.OPEN, broken).stream()
                .map(Violation::ruleId).toList()));
        assertThat(rules).containsExactlyInAnyOrder("R2V-PROMPT-REQUIRED", "R2V-DURATION", "R2V-SEED", "R2V-SIZE",
                "R2V-REF-COUNT");
        InvalidRequestException e = new InvalidRequestException(validate(CapabilitySets.OPEN, broken));
        assertThat(e.getMessage().lines().count()).isEqualTo(6);
        assertThat(e.ruleIds()).hasSize(5);
    }
}
