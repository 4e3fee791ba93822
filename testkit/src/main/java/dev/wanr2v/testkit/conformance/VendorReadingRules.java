package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ProgressListener;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.HostileBody;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Rules 4.7 and 5.9: what the vendor answers is read where rules 4.x and 5.x do not look: the progress of a
 * running task, for vendors whose documents give one, and hostile answers to a cost estimate.
 */
public interface VendorReadingRules extends ConformanceRules {

    /**
     * The vendors (by emulator id) whose documents give a running task's progress in the status answer
     * (PROTOCOLS.md: UniAll {@code progress} 0..100, wan26api {@code progress} 0.0..1.0; DashScope gives none).
     */
    Set<String> PROGRESS_DOCUMENTED = Set.of("uniall", "wan26api");

    /** The progress rule 4.7 holds a task running at. */
    double KIT_PROGRESS = 0.4;

    /**
     * Whether the vendor's status answer gives a running task's progress, as its documents say: by default
     * whether the emulator's vendor is in {@link #PROGRESS_DOCUMENTED}. A kit subclass whose vendor documents
     * a progress returns {@code true}.
     */
    default boolean kitVendorReportsProgress() {
        return PROGRESS_DOCUMENTED.contains(session().emulator().providerId());
    }

    /**
     * <b>R2V-4.7</b> For a vendor whose documents give a running task's progress
     * ({@link #kitVendorReportsProgress()}), the listener hears it: a task held running at 40 % is heard
     * {@code RUNNING} with progress 0.4 (within rounding to whole percent) before it ends with its video. A
     * provider that reads no progress passes rule 4.2, whose values it never contradicts; this rule asks for
     * them.
     *
     * <p>Skipped for vendors the kit does not know to report progress.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_4_7}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_4_7, requires = Requirement.REPORTED_PROGRESS)
    default void required_R2V_4_7_hearsTheProgressTheVendorReports() {
        KitSession s = session();
        Duration moment = Duration.ofMillis((long) (20 * KitSession.SPEED));
        AtomicBoolean resumed = new AtomicBoolean();
        ProgressListener resume = new ProgressListener() {
            @Override
            public void onStatus(TaskHandle handle, TaskSnapshot snapshot) {
                if (snapshot.status() == TaskStatus.RUNNING && resumed.compareAndSet(false, true)) {
                    s.emulator().scriptTask(handle.taskId(), StatusScript.builder().running(0.8, moment)
                            .endsWith(Outcome.succeeded()));
                }
            }
        };
        ScriptedLife life = ScriptedLife.play(s, StatusScript.builder().queued(moment)
                .running(KIT_PROGRESS, Duration.ofDays(1)).endsWith(Outcome.succeeded()), resume, Duration.ofSeconds(5));
        assertThat(life.video()).as("the video of a task held running at %s (the wait ended with %s)", KIT_PROGRESS,
                ScriptedLife.describe(life.error())).isNotNull();
        List<String> running = LifeChecks.snapshots(life).stream().filter(x -> x.status() == TaskStatus.RUNNING)
                .map(x -> x.rawStatus() + " " + (x.progress().isPresent() ? x.progress().getAsDouble() : "no progress"))
                .toList();
        assertThat(LifeChecks.snapshots(life)).as("the running snapshots heard (%s), one with progress %s", running,
                KIT_PROGRESS).anyMatch(x -> x.status() == TaskStatus.RUNNING && x.progress().isPresent()
                        && Math.abs(x.progress().getAsDouble() - KIT_PROGRESS) <= 0.006);
    }

    /**
     * <b>R2V-5.9</b> Whatever answers a cost-estimate call (the hostile bodies of rule 5.3, with a success or
     * an error status), {@code estimateCost} returns an estimate or throws an {@code R2vException}, with no
     * {@code NullPointerException}, {@code ClassCastException}, {@code IndexOutOfBoundsException} or Jackson
     * exception among its causes.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_5_9}.
     */
    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_5_9, requires = Requirement.COST_ESTIMATE)
    default void optional_R2V_5_9_survivesHostileCostEstimateAnswers(@ForAll("kitHostileBodies") HostileBody body,
            @ForAll("kitAnswerStatuses") int status) {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        emulator.faults().next(Operation.COST_ESTIMATE, Fault.reply(status, body.contentType(), body.body()));
        assertThat(Throwables.typedFailureOf("estimateCost answered HTTP " + status + " " + body,
                () -> s.client().estimateCost(KitRequests.minimal(s.capabilities())))).isEmpty();
    }
}
