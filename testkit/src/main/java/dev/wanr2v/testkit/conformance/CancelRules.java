package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskCanceledException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.Example;

/**
 * Rules 7.x, for providers that declare {@code Feature.CANCEL} (skipped otherwise): a task waiting in
 * the queue can be canceled at the vendor, directly or by aborting a wait that asks for it.
 */
public interface CancelRules extends ConformanceRules {

    /**
     * <b>R2V-7.1</b> {@code cancel} of a queued task sends one cancel call naming the task, and the wait
     * then ends with {@code TaskCanceledException}.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_7_1}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_7_1, requires = Requirement.CANCEL)
    default void optional_R2V_7_1_cancelsAQueuedTask() {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        emulator.scriptNextTask(StatusScript.queuedForever());
        TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
        s.client().cancel(handle);
        assertThat(emulator.journal().of(Operation.CANCEL)).as("cancel calls").hasSize(1)
                .allSatisfy(r -> assertThat(r.taskId()).as("the task canceled").contains(handle.taskId()));
        assertThatThrownBy(() -> s.client().await(handle, AwaitOptions.defaults().withTimeout(Duration.ofSeconds(5))))
                .as("the wait after cancel").isInstanceOf(TaskCanceledException.class);
    }

    /**
     * <b>R2V-7.2</b> {@code cancel} of a task that already succeeded either is refused with an
     * {@code R2vException} of category {@code CONFLICT} or does nothing: the task still reports its video.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_7_2}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_7_2, requires = Requirement.CANCEL)
    default void optional_R2V_7_2_cancelOfAFinishedTaskKeepsItsVideo() {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        emulator.scriptNextTask(StatusScript.immediately(Outcome.succeeded()));
        TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
        GeneratedVideo video = s.client().await(handle);
        R2vException refused = null;
        try {
            s.client().cancel(handle);
        } catch (R2vException e) {
            refused = e;
        }
        if (refused != null) {
            assertThat(Throwables.careless(refused)).as("careless causes of the refusal %s", refused).isEmpty();
            assertThat(refused.category()).as("the category of the refusal %s", refused)
                    .isEqualTo(ErrorCategory.CONFLICT);
        }
        TaskSnapshot after = s.client().status(handle);
        assertThat(after.status()).as("the status after cancel").isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(after.videoUrl()).as("the video after cancel").contains(video.url());
    }

    /**
     * <b>R2V-7.3</b> Aborting a wait made with {@code withCancelRemotelyOnAbort(true)} cancels the queued
     * task at the vendor: a later wait ends with {@code TaskCanceledException}.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_7_3}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_7_3, requires = Requirement.CANCEL)
    default void optional_R2V_7_3_abortedWaitCancelsRemotely() {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        emulator.scriptNextTask(StatusScript.queuedForever());
        TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
        CompletableFuture<GeneratedVideo> wait = s.client().awaitAsync(handle,
                AwaitOptions.defaults().withCancelRemotelyOnAbort(true));
        wait.cancel(true);
        assertThatThrownBy(() -> s.client().await(handle, AwaitOptions.defaults().withTimeout(Duration.ofSeconds(5))))
                .as("a wait after the aborted one (a timeout means no cancel reached the vendor)")
                .isInstanceOf(TaskCanceledException.class);
        assertThat(emulator.journal().of(Operation.CANCEL)).as("cancel calls")
                .extracting(RecordedRequest::taskId).allSatisfy(id -> assertThat(id).contains(handle.taskId()))
                .isNotEmpty();
    }
}
