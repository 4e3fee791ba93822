package dev.wanr2v.internal.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.BudgetKind;
import dev.wanr2v.BudgetWait;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.observation.CallObservation;
import dev.wanr2v.observation.CallStart;
import dev.wanr2v.observation.R2vObserver;
import dev.wanr2v.observation.TaskEnd;
import dev.wanr2v.observation.TaskObservation;
import dev.wanr2v.observation.TaskOutcome;
import dev.wanr2v.observation.TaskStart;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testing.ScriptedCodec;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The facade: nothing built without an observer; with one, tasks kept until they end, and no longer. */
class ObservingTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final ScriptedCodec codec = new ScriptedCodec(URI.create("https://scripted.example"), "k");
    private final R2vRequest request = R2vRequest.builder().prompt("character1 waves")
            .reference(Reference.image("https://cdn.example.com/a.png")).build();

    private static TaskHandle handle(String id) {
        return new TaskHandle("scripted", id, "https://scripted.example", T0);
    }

    @Test
    void withoutAnObserverEveryScopeIsTheSharedNoOpOneAndNothingIsAsked() {
        Observing off = Observing.of(null, "scripted", codec, () -> T0);
        ProgressListener listener = new ProgressListener() { };

        assertThat(off).isSameAs(Observing.of(null, "other", null, null));
        assertThat(off.enabled()).isFalse();
        assertThat(off.submitting(request)).isSameAs(TaskScope.NONE);
        assertThat(off.awaiting(handle("t1"))).isSameAs(TaskScope.NONE);
        assertThat(off.taskOf(handle("t1"))).isSameAs(TaskScope.NONE);
        assertThat(off.detached(request)).isSameAs(TaskScope.NONE);
        assertThat(off.call(Operation.STATUS, TaskScope.NONE, handle("t1"), 1)).isSameAs(CallScope.NONE);
        assertThat(off.budgetWait(new BudgetWait(BudgetKind.QUERY, null, 0, null), Operation.STATUS,
                TaskScope.NONE)).isSameAs(BudgetScope.NONE);
        assertThat(TaskScope.NONE.listening(listener)).isSameAs(listener);
        assertThat(codec.modelAsks()).isZero();
    }

    @Test
    void submittedTasksNobodyWaitsForAreKeptUpToTheLimitThenTheOldestIsAbandoned() {
        List<String> ended = new CopyOnWriteArrayList<>();
        Observing on = Observing.of(recording(ended), "scripted", codec, () -> T0);

        for (int i = 0; i <= Observing.MAX_IDLE; i++) {
            on.submitting(request).submitted(handle("t" + i));
        }

        assertThat(ended).containsExactly("t0 abandoned");
        assertThat(on.open()).isEqualTo(Observing.MAX_IDLE);
        assertThat(on.awaiting(handle("t1"))).isSameAs(on.taskOf(handle("t1")));
        on.close();
        assertThat(ended).hasSize(Observing.MAX_IDLE + 1).allMatch(e -> e.endsWith(TaskOutcome.ABANDONED.value()));
        assertThat(on.open()).isZero();
    }

    @Test
    void aTaskSubmittedAfterTheClientClosedIsAbandonedAtOnce() {
        List<String> ended = new CopyOnWriteArrayList<>();
        Observing on = Observing.of(recording(ended), "scripted", codec, () -> T0);
        TaskScope late = on.submitting(request);

        on.close();
        late.submitted(handle("t1"));

        assertThat(ended).containsExactly("t1 abandoned");
        assertThat(on.open()).isZero();
    }

    @Test
    void waitingForATaskSeenToItsEndIsNoSecondTaskButATimedOutWaitResumedIs() {
        List<String> ended = new CopyOnWriteArrayList<>();
        Observing on = Observing.of(recording(ended), "scripted", codec, () -> T0);
        on.submitting(request).submitted(handle("t1"));

        on.settled(handle("t1"), TaskSnapshot.builder(TaskStatus.SUCCEEDED).rawStatus("done")
                .videoUrl("https://cdn.example.com/v.mp4").build(), null);

        assertThat(on.awaiting(handle("t1"))).as("the token of a task seen succeeding, awaited")
                .isSameAs(TaskScope.NONE);
        assertThat(ended).containsExactly("t1 succeeded");

        TaskScope first = on.awaiting(handle("t2"));
        first.listening(new ProgressListener() { }).onFailed(new dev.wanr2v.AwaitTimeoutException("[scripted] no end",
                dev.wanr2v.ErrorDetails.of("scripted"), handle("t2"), null));
        assertThat(on.awaiting(handle("t2"))).as("a task whose wait timed out is still running: waited for again")
                .isNotSameAs(TaskScope.NONE).isNotSameAs(first);
        assertThat(ended).containsExactly("t1 succeeded", "t2 timed_out");
    }

    @Test
    void aResumedTaskWhoseObserverThrowsAtItsStartIsNotKept() {
        Observing on = Observing.of(new R2vObserver() {
            @Override
            public TaskObservation taskStarted(TaskStart start) {
                throw new IllegalStateException("broken observer");
            }

            @Override
            public CallObservation callStarted(CallStart start) {
                return end -> { };
            }
        }, "scripted", codec, () -> T0);

        assertThat(on.awaiting(handle("t1"))).isSameAs(TaskScope.NONE);
        assertThat(on.open()).isZero();
    }

    private static R2vObserver recording(List<String> ended) {
        return new R2vObserver() {
            @Override
            public TaskObservation taskStarted(TaskStart start) {
                return (TaskEnd end) -> ended.add(end.handle().map(TaskHandle::taskId).orElse("?") + " "
                        + end.outcome().value());
            }

            @Override
            public CallObservation callStarted(CallStart start) {
                return end -> { };
            }
        };
    }
}
