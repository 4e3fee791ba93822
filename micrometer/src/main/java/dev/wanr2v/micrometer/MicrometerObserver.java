package dev.wanr2v.micrometer;

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
import dev.wanr2v.spi.Operation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/** The observer {@link R2vObservations} builds: Micrometer observations for tasks and calls, and meters. */
final class MicrometerObserver implements R2vObserver {
    private static final TaskObservation NO_TASK = end -> { };
    private static final CallObservation NO_CALL = end -> { };

    private final ObservationRegistry registry;
    private final R2vTaskConvention taskConvention;
    private final R2vCallConvention callConvention;
    private final R2vTaskConvention defaultTask;
    private final R2vCallConvention defaultCall = new DefaultR2vCallConvention();
    private final MeterSink meters;

    MicrometerObserver(ObservationRegistry registry, R2vTaskConvention taskConvention,
            R2vCallConvention callConvention, boolean includePrompt, MeterSink meters) {
        this.registry = registry;
        this.taskConvention = taskConvention;
        this.callConvention = callConvention;
        this.defaultTask = new DefaultR2vTaskConvention(includePrompt);
        this.meters = meters;
    }

    /** Whether nothing would hear an observation (no handler, no meters): then none is made at all. */
    private boolean idle() {
        return meters == MeterSink.NONE && registry.isNoop();
    }

    @Override
    public TaskObservation taskStarted(TaskStart start) {
        if (idle()) {
            return NO_TASK;
        }
        R2vTaskContext context = new R2vTaskContext(start);
        Observation observation = Observation.createNotStarted(taskConvention, defaultTask, () -> context, registry)
                .start();
        meters.taskStarted(context);
        return new Task(observation, context);
    }

    @Override
    public CallObservation callStarted(CallStart start) {
        if (idle()) {
            return NO_CALL;
        }
        Task task = start.task().filter(Task.class::isInstance).map(Task.class::cast).orElse(null);
        if (task != null && start.operation() == Operation.STATUS) {
            task.context.statusCall();
        }
        R2vCallContext context = new R2vCallContext(start);
        Observation observation = Observation.createNotStarted(callConvention, defaultCall, () -> context, registry);
        if (task != null) {
            observation.parentObservation(task.observation);
        }
        observation.start();
        return end -> {
            context.ended(end);
            observation.stop();
            meters.callEnded(start, end);
        };
    }

    @Override
    public BudgetWaitObservation budgetWaitStarted(BudgetWaitStart start) {
        start.task().filter(Task.class::isInstance).map(Task.class::cast).ifPresent(t -> t.observation.event(
                Observation.Event.of("budget.wait", "waiting for the " + start.budgetWait().kind().label())));
        meters.budgetWaitStarted(start);
        return (waited, granted) -> meters.budgetWaitEnded(start, waited, granted);
    }

    /** One task's observation; the parent of its calls. */
    private final class Task implements TaskObservation {
        private final Observation observation;
        private final R2vTaskContext context;

        Task(Observation observation, R2vTaskContext context) {
            this.observation = observation;
            this.context = context;
        }

        @Override
        public void submitted(TaskHandle handle) {
            context.submitted(handle);
            observation.event(Observation.Event.of("submitted"));
        }

        @Override
        public void statusChanged(TaskSnapshot snapshot) {
            observation.event(Observation.Event.of("status", "status " + Values.lower(snapshot.status().name())));
        }

        @Override
        public void retrying(RetryEvent event) {
            observation.event(Observation.Event.of("retry", "retry " + Values.operation(event.operation())
                    + " after " + Values.error(event.cause().category())));
        }

        @Override
        public void ended(TaskEnd end) {
            context.ended(end);
            end.error().ifPresent(observation::error);
            observation.stop();
            meters.taskEnded(context);
        }
    }
}
