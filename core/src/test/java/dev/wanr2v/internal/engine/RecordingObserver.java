package dev.wanr2v.internal.engine;

import dev.wanr2v.RetryEvent;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.observation.BudgetWaitObservation;
import dev.wanr2v.observation.BudgetWaitStart;
import dev.wanr2v.observation.CallObservation;
import dev.wanr2v.observation.CallStart;
import dev.wanr2v.observation.R2vObserver;
import dev.wanr2v.observation.TaskEnd;
import dev.wanr2v.observation.TaskObservation;
import dev.wanr2v.observation.TaskStart;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes every observer event as a line, in order; tasks are named task1, task2... in the order they start. */
final class RecordingObserver implements R2vObserver {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<TaskEnd> ends = new CopyOnWriteArrayList<>();
    final List<CallStart> calls = new CopyOnWriteArrayList<>();
    private final Map<TaskObservation, String> names = new ConcurrentHashMap<>();
    private final AtomicInteger tasks = new AtomicInteger();

    @Override
    public TaskObservation taskStarted(TaskStart start) {
        String name = "task" + tasks.incrementAndGet();
        events.add(name + " started " + start.handle().map(h -> "resumed " + h.taskId()).orElse("submit")
                + " model " + start.model().orElse("?"));
        TaskObservation task = new TaskObservation() {
            @Override
            public void submitted(TaskHandle handle) {
                events.add(name + " submitted " + handle.taskId());
            }

            @Override
            public void statusChanged(TaskSnapshot snapshot) {
                events.add(name + " status " + snapshot.rawStatus());
            }

            @Override
            public void retrying(RetryEvent event) {
                events.add(name + " retrying " + event.operation() + "#" + event.attempt());
            }

            @Override
            public void ended(TaskEnd end) {
                ends.add(end);
                events.add(name + " ended " + end.outcome().value() + end.error().map(e -> " "
                        + e.category().name().toLowerCase(java.util.Locale.ROOT)).orElse("")
                        + " model " + end.model().orElse("?"));
            }
        };
        names.put(task, name);
        return task;
    }

    @Override
    public CallObservation callStarted(CallStart start) {
        calls.add(start);
        String call = start.operation() + "#" + start.attempt();
        events.add(call + " of " + start.task().map(names::get).orElse("-") + " model " + start.model().orElse("?"));
        return end -> events.add(call + " ended " + (end.httpStatus().isPresent() ? end.httpStatus().getAsInt() : "-")
                + " " + end.error().map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).orElse("none")
                + end.requestId().map(r -> " request " + r).orElse("") + end.model().map(m -> " model " + m).orElse(""));
    }

    @Override
    public BudgetWaitObservation budgetWaitStarted(BudgetWaitStart start) {
        String wait = "wait " + start.budgetWait().kind() + " for " + start.operation();
        events.add(wait + " of " + start.task().map(names::get).orElse("-"));
        return (waited, granted) -> events.add(wait + " ended " + (granted ? "granted" : "given up") + " after "
                + waited.toMillis() + " ms");
    }

    /** The events that start with this prefix. */
    List<String> of(String prefix) {
        return events.stream().filter(e -> e.startsWith(prefix)).toList();
    }
}
