package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.R2vArbitraries;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.TaskFacts;
import dev.wanr2v.testkit.emulator.TaskState;
import dev.wanr2v.testkit.emulator.VendorProtocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Rules 4.x: a submitted task is followed to its end. Each try scripts the emulator's next task with a
 * generated {@link StatusScript} (queued and running steps, undocumented status strings, then an
 * outcome the vendor can report) and calls {@code generate} with a listener.
 */
public interface LifecycleRules extends ConformanceRules {

    /** Task lives ending in an outcome the emulator's vendor can report. */
    @Provide
    default Arbitrary<StatusScript> kitStatusScripts() {
        return R2vArbitraries.statusScripts(session().outcomeKinds());
    }

    /** Task lives ending in an outcome after which the vendor still answers for the task (not an expiry). */
    @Provide
    default Arbitrary<StatusScript> kitAnsweredScripts() {
        Set<Outcome.Kind> kinds = EnumSet.copyOf(session().outcomeKinds());
        kinds.remove(Outcome.Kind.EXPIRED);
        return R2vArbitraries.statusScripts(kinds);
    }

    /** The undocumented status strings of the testkit. */
    @Provide
    default Arbitrary<String> kitUnknownStatuses() {
        return Arbitraries.of(R2vArbitraries.unknownStatuses());
    }

    /**
     * <b>R2V-4.1</b> The wait ends the way the task did: the vendor's video URL for a success;
     * {@code TaskFailedException} carrying the vendor's failure code (and a message, if the vendor gave
     * one) for a failure, its snapshot's failure category the one the vendor documents for a content
     * rejection or an invalid request (for other documented codes, that one or {@code TASK_FAILED});
     * {@code TaskCanceledException} for a canceled task; {@code TaskExpiredException} for a task the vendor
     * forgot.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_4_1}.
     */
    @Property(tries = 25, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_4_1)
    default void required_R2V_4_1_awaitEndsInTheScriptedOutcome(@ForAll("kitStatusScripts") StatusScript script) {
        ScriptedLife life = ScriptedLife.play(session(), script);
        assertThat(life.outcomeProblems(session().documentedErrors())).as("the end of the wait for %s", script)
                .isEmpty();
    }

    /**
     * <b>R2V-4.2</b> Progress heard by the listener stays within 0..1, never goes backwards, and while
     * the task runs is a value the vendor reported (within rounding to whole percent).
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_4_2}.
     */
    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_4_2)
    default void required_R2V_4_2_reportsProgressThatNeverGoesBack(@ForAll("kitStatusScripts") StatusScript script) {
        ScriptedLife life = ScriptedLife.play(session(), script);
        List<Double> scripted = new ArrayList<>(List.of(0.0));
        script.steps().forEach(step -> scripted.add(step.progress()));
        List<String> problems = new ArrayList<>();
        double last = 0.0;
        for (TaskSnapshot s : LifeChecks.snapshots(life)) {
            if (s.progress().isEmpty()) {
                continue;
            }
            double p = s.progress().getAsDouble();
            if (p < last - 1e-9) {
                problems.add("progress went back from " + last + " to " + p);
            }
            if (!s.status().isTerminal() && scripted.stream().noneMatch(v -> Math.abs(v - p) <= 0.006)) {
                problems.add("progress " + p + " (" + s.rawStatus() + ") is none the vendor reported " + scripted);
            }
            last = Math.max(last, p);
        }
        assertThat(problems).as("progress heard for %s", script).isEmpty();
    }

    /**
     * <b>R2V-4.3</b> The listener hears one task's events in order: submitted once, first; then status
     * changes (and retries), none of them terminal before the last; then exactly one of completed or
     * failed, last. An undocumented status is reported as {@code UNRECOGNIZED} with the vendor's string
     * kept raw.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_4_3}.
     */
    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_4_3)
    default void required_R2V_4_3_emitsEventsInOrder(@ForAll("kitStatusScripts") StatusScript script) {
        ScriptedLife life = ScriptedLife.play(session(), script);
        assertThat(LifeChecks.orderProblems(life)).as("events heard for %s: %s", script, life.events()).isEmpty();
    }

    /**
     * <b>R2V-4.4</b> A status word no vendor documents keeps the task running: the listener hears it as
     * {@code UNRECOGNIZED} with the word kept raw, and the wait goes on to the real outcome. The emulator
     * holds each of the testkit's undocumented words until the listener has heard it, then lets the task
     * finish.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_4_4}.
     */
    @Property(tries = 20, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_4_4)
    default void required_R2V_4_4_keepsUnknownStatusesRunning(@ForAll("kitUnknownStatuses") String word) {
        Duration moment = Duration.ofMillis((long) (20 * KitSession.SPEED));
        StatusScript script = StatusScript.builder().queued(moment).running(0.3, moment)
                .unrecognized(word, Duration.ofDays(1)).endsWith(Outcome.succeeded());
        KitSession s = session();
        AtomicBoolean heard = new AtomicBoolean();
        ProgressListener resume = new ProgressListener() {
            @Override
            public void onStatus(TaskHandle handle, TaskSnapshot snapshot) {
                if (snapshot.rawStatus().equals(word) && heard.compareAndSet(false, true)) {
                    s.emulator().scriptTask(handle.taskId(), StatusScript.builder().running(0.7, moment)
                            .endsWith(Outcome.succeeded()));
                }
            }
        };
        ScriptedLife life = ScriptedLife.play(s, script, resume, Duration.ofSeconds(5));
        assertThat(heard).as("the word \"%s\" was heard as a raw status (events: %s)", word, life.events()).isTrue();
        assertThat(life.outcomeProblems(s.documentedErrors())).as("the end of the wait").isEmpty();
        Set<String> heardAs = LifeChecks.snapshots(life).stream().filter(x -> x.rawStatus().equals(word))
                .map(x -> x.status().name()).collect(Collectors.toSet());
        assertThat(heardAs).as("how \"%s\" was heard", word).containsOnly(TaskStatus.UNRECOGNIZED.name());
    }

    /**
     * <b>R2V-4.5</b> A snapshot states what the vendor reported, and nothing else: no failure unless the task
     * failed, no video URL unless it succeeded; and once the task ended, the times (submitted, started,
     * finished), the prompts (original, actual) and the usage figures (output and input seconds, video count,
     * resolution, ratio, cost, currency, discount) are exactly those the vendor's answer gave, as the emulator
     * says it wrote them ({@link TaskFacts}): none lost, none made up. The video's expiry and the raw usage
     * values, where the provider reads them, are the vendor's too.
     *
     * <p>Skipped when the emulator does not say what its answers report ({@code VendorProtocol.facts}).
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_4_5}.
     */
    @Property(tries = 10, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_4_5, requires = Requirement.TASK_FACTS)
    default void required_R2V_4_5_readsWhatTheVendorReports(@ForAll("kitAnsweredScripts") StatusScript script) {
        KitSession s = session();
        ScriptedLife life = ScriptedLife.play(s, script);
        List<String> problems = new ArrayList<>(LifeChecks.madeUp(life));
        TaskHandle handle = life.handle().orElseThrow(() -> new AssertionError("the task was not submitted: "
                + ScriptedLife.describe(life.error())));
        TaskSnapshot last = s.client().status(handle);
        Emulator emulator = s.emulator();
        TaskState task = emulator.task(handle.taskId()).orElseThrow();
        TaskFacts facts = emulator.protocol().facts(task).orElseThrow();
        FactChecks.problems(facts, last).forEach(p -> problems.add("at the end (" + task + "): " + p));
        assertThat(problems).as("what the provider read for %s", script).isEmpty();
    }

    /**
     * <b>R2V-4.6</b> Every shape the vendor's answers may take is read: the default one, and each the
     * emulator lists where the documents leave room or document alternatives
     * ({@code VendorProtocol.answerVariants()}). In each, a task that waits and runs (held running until the
     * listener hears it) is heard with no undocumented status, no failure or video before its end, and ends
     * with the vendor's video; tasks failing with a documented content rejection, a documented invalid request
     * and a documented all-digit code end with {@code TaskFailedException} whose failure states what the answer
     * gave (its code, and a message if it gave one), a content rejection or an invalid request with that
     * category; and the reported facts of rule 4.5 hold.
     *
     * <p>Skipped when the emulator does not say what its answers report ({@code VendorProtocol.facts}).
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_4_6}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_4_6, requires = Requirement.TASK_FACTS)
    default void required_R2V_4_6_readsEveryAnswerShape() {
        KitSession s = session();
        VendorProtocol protocol = s.emulator().protocol();
        Duration moment = Duration.ofMillis((long) (20 * KitSession.SPEED));
        List<Outcome> outcomes = new ArrayList<>(List.of(Outcome.succeeded()));
        shapeFailureCodes(s.documentedErrors())
                .forEach(code -> outcomes.add(Outcome.failed(code, "the kit's failure")));
        List<String> shapes = new ArrayList<>();
        shapes.add(null);
        shapes.addAll(protocol.answerVariants());
        List<String> problems = new ArrayList<>();
        try {
            for (String shape : shapes) {
                protocol.answerVariant(shape);
                String name = shape == null ? "default shape" : shape;
                for (Outcome outcome : outcomes) {
                    ScriptedLife life = ScriptedLife.play(s, StatusScript.builder().queued(moment)
                            .running(0.5, Duration.ofDays(1)).endsWith(outcome), resumeOnceRunning(s, moment, outcome),
                            Duration.ofSeconds(5));
                    LifeChecks.orderProblems(life).forEach(p -> problems.add(name + ": " + p));
                    LifeChecks.madeUp(life).forEach(p -> problems.add(name + ": " + p));
                    shapeProblems(s, life).forEach(p -> problems.add(name + ", " + outcome + ": " + p));
                }
            }
        } finally {
            protocol.answerVariant(null);
        }
        assertThat(problems).as("answers read wrongly, by shape").isEmpty();
    }

    /**
     * A listener that lets a task held running end in {@code outcome} once a snapshot after the queue was
     * heard, so that every life of rule 4.6 is heard running.
     */
    private static ProgressListener resumeOnceRunning(KitSession s, Duration moment, Outcome outcome) {
        AtomicBoolean resumed = new AtomicBoolean();
        return new ProgressListener() {
            @Override
            public void onStatus(TaskHandle handle, TaskSnapshot snapshot) {
                if (snapshot.status() != TaskStatus.QUEUED && resumed.compareAndSet(false, true)) {
                    s.emulator().scriptTask(handle.taskId(), StatusScript.builder().running(0.7, moment)
                            .endsWith(outcome));
                }
            }
        };
    }

    /**
     * The failure codes rule 4.6 plays: the first documented content rejection, the first documented invalid
     * request, the first documented all-digit code; a code of the kit's when none is documented.
     */
    private static List<String> shapeFailureCodes(List<DocumentedError> documented) {
        Set<String> codes = new LinkedHashSet<>();
        documented.stream().filter(d -> d.category() == ErrorCategory.CONTENT_REJECTED).findFirst()
                .ifPresent(d -> codes.add(d.code()));
        documented.stream().filter(d -> d.category() == ErrorCategory.INVALID_REQUEST).findFirst()
                .ifPresent(d -> codes.add(d.code()));
        documented.stream().map(DocumentedError::code).filter(c -> c.matches("\\d+")).findFirst()
                .ifPresent(codes::add);
        if (codes.isEmpty()) {
            codes.add("generation_failed");
        }
        return List.copyOf(codes);
    }

    /** What is wrong with the end of a life played in one answer shape; empty if nothing. */
    private static List<String> shapeProblems(KitSession s, ScriptedLife life) {
        Optional<TaskState> task = life.task();
        if (task.isEmpty()) {
            return List.of("no task was created: " + ScriptedLife.describe(life.error()));
        }
        TaskSnapshot last;
        if (life.script().outcome() instanceof Outcome.Succeeded) {
            if (life.video() == null || !life.video().url().equals(task.get().videoUrl())) {
                return List.of("expected the vendor's video, but the wait ended with " + (life.video() == null
                        ? ScriptedLife.describe(life.error()) : "another URL"));
            }
            last = life.video().snapshot();
        } else if (life.error() instanceof TaskFailedException failed) {
            last = failed.lastSnapshot().orElse(null);
        } else {
            return List.of("expected TaskFailedException, but the wait ended with " + (life.video() != null
                    ? "a video" : ScriptedLife.describe(life.error())));
        }
        Optional<TaskFacts> facts = s.emulator().protocol().facts(task.get());
        if (last == null || facts.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>(FactChecks.problems(facts.get(), last));
        if (facts.get().failureCode() != null) {
            ScriptedLife.failureCategoryProblem(facts.get().failureCode(), last.failure().map(TaskFailure::category)
                    .orElse(null), s.documentedErrors()).ifPresent(problems::add);
        }
        return problems;
    }
}
