package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.TaskFacts;
import dev.wanr2v.testkit.emulator.TaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Example;

/**
 * Rule 4.8: what rule 4.5 checks only where a provider reads it must not be lost either, since the neutral
 * model has a place for it and users rely on it: when a result video's URL stops working (downloads warn
 * before it does, and name it when a download fails) and the vendor's usage values under their own names
 * ({@code Usage.raw()} is documented to keep every value the vendor sent).
 */
public interface KeptFactRules extends ConformanceRules {

    /**
     * <b>R2V-4.8</b> A succeeded task's snapshot (the one its {@code GeneratedVideo} carries) keeps the video's
     * expiry where the vendor's answer states it or the vendor's documented result lifetime implies it
     * ({@code TaskFacts.videoExpiresAt}), and every usage value the answer reports, in {@code Usage.raw()} under
     * its own name and as written ({@code TaskFacts.usage().raw()}). Rule 4.5 checks that what a provider reads
     * of these is right; this rule, that none is lost.
     *
     * <p>Skipped when the emulator does not say what its answers report ({@code VendorProtocol.facts}); passes
     * at once when it reports neither an expiry nor raw usage values.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_4_8}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_4_8, requires = Requirement.TASK_FACTS)
    default void required_R2V_4_8_keepsTheVideosExpiryAndEveryUsageValue() {
        KitSession s = session();
        Duration moment = Duration.ofMillis((long) (20 * KitSession.SPEED));
        ScriptedLife life = ScriptedLife.play(s, StatusScript.builder().queued(moment).running(0.5, moment)
                .endsWith(Outcome.succeeded()));
        TaskState task = life.task().orElseThrow(() -> new AssertionError("no task was created: "
                + ScriptedLife.describe(life.error())));
        if (life.video() == null) {
            throw new AssertionError("a task that succeeded ended the wait with " + ScriptedLife.describe(life.error()));
        }
        TaskFacts facts = s.emulator().protocol().facts(task).orElseThrow();
        assertThat(lost(facts, life.video().snapshot())).as("what the vendor reported about %s and the snapshot"
                + " lost", task).isEmpty();
    }

    /** One line per reported expiry or raw usage value the snapshot lacks or states otherwise. */
    private static List<String> lost(TaskFacts facts, TaskSnapshot snapshot) {
        List<String> out = new ArrayList<>();
        if (facts.videoExpiresAt() != null && !snapshot.videoExpiresAt().equals(Optional.of(facts.videoExpiresAt()))) {
            out.add("videoExpiresAt: the vendor's answer gives " + facts.videoExpiresAt() + ", the snapshot "
                    + snapshot.videoExpiresAt().map(Object::toString).orElse("none"));
        }
        Map<String, String> kept = snapshot.usage().raw();
        facts.usage().raw().forEach((name, value) -> {
            if (!Objects.equals(kept.get(name), value)) {
                out.add("usage.raw." + name + ": the vendor reported \"" + value + "\", the snapshot "
                        + (kept.containsKey(name) ? "has \"" + kept.get(name) + "\"" : "has none"));
            }
        });
        return out;
    }
}
