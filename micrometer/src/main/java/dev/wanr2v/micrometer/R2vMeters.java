package dev.wanr2v.micrometer;

import dev.wanr2v.TaskHandle;
import dev.wanr2v.Usage;
import dev.wanr2v.observation.BudgetWaitStart;
import dev.wanr2v.observation.CallEnd;
import dev.wanr2v.observation.CallStart;
import dev.wanr2v.observation.TaskEnd;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The meters beside the observations (which a registry's meter handler turns into timers of their own): tasks by
 * outcome, time from the vendor's acceptance to the end, billed seconds and cost, status calls per task, throttled
 * calls, time waiting for budget, and two gauges (tasks observed now, calls waiting for budget now).
 */
final class R2vMeters implements MeterSink {
    static final String TASKS = "wanr2v.tasks";
    static final String TASK_DURATION = "wanr2v.task.duration";
    static final String VIDEO_SECONDS = "wanr2v.task.video.seconds";
    static final String COST = "wanr2v.task.cost";
    static final String STATUS_CALLS = "wanr2v.task.status.calls";
    static final String THROTTLED = "wanr2v.calls.throttled";
    static final String BUDGET_WAIT = "wanr2v.budget.wait";
    static final String BUDGET_WAITING = "wanr2v.budget.waiting";
    static final String ACTIVE = "wanr2v.tasks.active";

    private final MeterRegistry registry;
    private final Map<GaugeKey, AtomicInteger> gauges = new ConcurrentHashMap<>();

    R2vMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void taskStarted(R2vTaskContext task) {
        gauge(ACTIVE, "tasks observed now: submitted or awaited, not ended",
                Tags.of("gen_ai.provider.name", task.start().providerId())).incrementAndGet();
    }

    @Override
    public void taskEnded(R2vTaskContext task) {
        TaskEnd end = task.end().orElseThrow();
        String provider = task.start().providerId();
        gauge(ACTIVE, null, Tags.of("gen_ai.provider.name", provider)).decrementAndGet();
        Tags tags = Tags.of("gen_ai.provider.name", provider, "gen_ai.request.model",
                task.model().orElse(Values.UNKNOWN));
        Tags outcome = tags.and("wanr2v.task.outcome", end.outcome().value());
        Counter.builder(TASKS).description("tasks ended, by outcome").tags(outcome)
                .tag("error.type", DefaultR2vTaskConvention.errorType(end)).register(registry).increment();
        end.handle().map(TaskHandle::submittedAt).ifPresent(at -> Timer.builder(TASK_DURATION)
                .description("from the vendor's acceptance of a task to its end").tags(outcome).register(registry)
                .record(nonNegative(Duration.between(at, Instant.ofEpochMilli(registry.config().clock().wallTime())))));
        DistributionSummary.builder(STATUS_CALLS).description("status calls made for a task").tags(outcome)
                .register(registry).record(task.statusCalls());
        Usage usage = end.snapshot().map(s -> s.usage()).orElse(Usage.empty());
        usage.outputSeconds().ifPresent(s -> DistributionSummary.builder(VIDEO_SECONDS)
                .description("seconds of video billed, as the vendor reports them").baseUnit("seconds").tags(tags)
                .register(registry).record(s.doubleValue()));
        usage.cost().ifPresent(c -> DistributionSummary.builder(COST).description("what a task cost, as reported")
                .tags(tags).tag("currency", usage.currency().orElse(Values.UNKNOWN)).register(registry)
                .record(c.doubleValue()));
    }

    @Override
    public void callEnded(CallStart start, CallEnd end) {
        if (end.throttled()) {
            Counter.builder(THROTTLED).description("calls the vendor throttled (HTTP 429 or its own code)")
                    .tags("gen_ai.provider.name", start.providerId(), "gen_ai.operation.name",
                            Values.operation(start.operation()))
                    .register(registry).increment();
        }
    }

    @Override
    public void budgetWaitStarted(BudgetWaitStart start) {
        gauge(BUDGET_WAITING, "calls waiting for the account's budget now", budgetTags(start)).incrementAndGet();
    }

    @Override
    public void budgetWaitEnded(BudgetWaitStart start, Duration waited, boolean granted) {
        gauge(BUDGET_WAITING, null, budgetTags(start)).decrementAndGet();
        Timer.builder(BUDGET_WAIT).description("time calls waited for the account's budget").tags(budgetTags(start))
                .tag("granted", String.valueOf(granted)).register(registry).record(waited);
    }

    private static Tags budgetTags(BudgetWaitStart start) {
        return Tags.of("gen_ai.provider.name", start.providerId(), "wanr2v.budget",
                Values.lower(start.budgetWait().kind().name()));
    }

    private AtomicInteger gauge(String name, String description, Tags tags) {
        return gauges.computeIfAbsent(new GaugeKey(name, tags), k -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder(name, value, AtomicInteger::get).description(description).tags(tags).strongReference(true)
                    .register(registry);
            return value;
        });
    }

    private record GaugeKey(String name, Tags tags) {
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
