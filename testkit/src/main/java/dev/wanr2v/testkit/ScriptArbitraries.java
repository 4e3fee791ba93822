package dev.wanr2v.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Status scripts and outcomes. */
final class ScriptArbitraries {
    /** Status strings no vendor documents; none equals a documented status in any letter case. */
    static final List<String> UNKNOWN_STATUSES = List.of("WARMING_UP", "rendering", "Upscaling", "SCHEDULING",
            "post-processing", "审核中", "status_42", "RETRYING", "paused_by_operator");
    static final List<String> FAILURE_CODES = List.of("InternalError.Algo", "DataInspectionFailed",
            "InvalidParameter", "InternalError", "001028095", "001028096", "001028099", "generation_failed",
            "content_policy_violation", "ERR-42");

    private ScriptArbitraries() {
    }

    static Arbitrary<Outcome> outcomes(Set<Outcome.Kind> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("at least one kind of outcome is needed");
        }
        List<Arbitrary<Outcome>> choices = new ArrayList<>();
        for (Outcome.Kind kind : kinds) {
            choices.add(switch (kind) {
                case SUCCEEDED -> Arbitraries.just(Outcome.succeeded());
                case FAILED -> Combinators.combine(Arbitraries.of(FAILURE_CODES), failureMessages())
                        .as(Outcome::failed);
                case CANCELED -> Arbitraries.just(Outcome.canceled());
                case EXPIRED -> Arbitraries.just(Outcome.expired());
            });
        }
        return Arbitraries.oneOf(choices);
    }

    private static Arbitrary<String> failureMessages() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")),
                Tuple.of(2, Arbitraries.of("Internal error during generation.", "Output data may contain inappropriate content.",
                        "生成失败，请稍后重试", "reference_urls[2] could not be downloaded")),
                Tuple.of(2, Arbitraries.integers().between(1, 200).flatMap(TextArbitraries::text)));
    }

    /** Step lengths in script time: often zero (a step polling may never see), at most 400 ms. */
    private static Arbitrary<Duration> lengths() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                Tuple.of(4, Arbitraries.integers().between(1, 400).map(Duration::ofMillis)));
    }

    /**
     * Scripts of up to 2 queued steps, then up to 6 running or unrecognized steps with progress that
     * never goes down, then one of the outcomes.
     */
    static Arbitrary<StatusScript> scripts(Set<Outcome.Kind> kinds) {
        Arbitrary<List<StatusScript.Step>> queued = lengths().map(StatusScript.Step::queued).list().ofMaxSize(2);
        Arbitrary<List<StatusScript.Step>> running = Combinators.combine(lengths(),
                Arbitraries.doubles().between(0.0, 1.0).ofScale(3), Arbitraries.integers().between(0, 5),
                Arbitraries.of(UNKNOWN_STATUSES))
                .as((length, progress, dice, unknown) -> dice == 0
                        ? StatusScript.Step.unrecognized(unknown, progress, length)
                        : StatusScript.Step.running(progress, length))
                .list().ofMaxSize(6)
                .map(steps -> steps.stream().sorted(Comparator.comparingDouble(StatusScript.Step::progress)).toList());
        return Combinators.combine(queued, running, outcomes(kinds)).as((q, r, outcome) -> {
            List<StatusScript.Step> steps = new ArrayList<>(q);
            steps.addAll(r);
            return new StatusScript(steps, outcome);
        });
    }
}
