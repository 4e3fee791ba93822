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
import java.util.function.Function;

/**
 * The meters beside the observations (which a registry's meter handler turns into timers of their own): tasks by
 * outcome, time from the vendor's acceptance to the end, billed seconds and cost, status calls per task, throttled
 * calls, time waiting for budget, and two gauges (tasks observed now, calls waiting for budget now). Each meter is
 * registered once per tag values and kept, so recording costs a map look-up.
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

    private static final String PROVIDER = "gen_ai.provider.name";
    private static final String MODEL = "gen_ai.request.model";
    private static final String OUTCOME = "wanr2v.task.outcome";
    private static final String BUDGET = "wanr2v.budget";

    private final MeterRegistry registry;
    private final Map<Key, Object> meters = new ConcurrentHashMap<>();

    R2vMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void taskStarted(R2vTaskContext task) {
        active(task.start().providerId()).incrementAndGet();
    }

    @Override
    public void taskEnded(R2vTaskContext task) {
        TaskEnd end = task.end().orElseThrow();
        String provider = task.start().providerId();
        active(provider).decrementAndGet();
        String model = task.model().orElse(Values.UNKNOWN);
        String outcome = end.outcome().value();
        this.<Counter>meter(new Key(TASKS, provider, model, outcome, DefaultR2vTaskConvention.errorType(end)),
                k -> Counter.builder(TASKS).description("tasks ended, by outcome").tags(k.tags())
                        .tag("error.type", k.extra()).register(registry)).increment();
        end.handle().map(TaskHandle::submittedAt).ifPresent(at -> this.<Timer>meter(
                new Key(TASK_DURATION, provider, model, outcome, null), k -> Timer.builder(TASK_DURATION)
                        .description("from the vendor's acceptance of a task to its end").tags(k.tags())
                        .register(registry))
                .record(nonNegative(Duration.between(at, Instant.ofEpochMilli(registry.config().clock().wallTime())))));
        this.<DistributionSummary>meter(new Key(STATUS_CALLS, provider, model, outcome, null),
                k -> DistributionSummary.builder(STATUS_CALLS).description("status calls made for a task")
                        .tags(k.tags()).register(registry)).record(task.statusCalls());
        Usage usage = end.snapshot().map(s -> s.usage()).orElse(Usage.empty());
        usage.outputSeconds().ifPresent(s -> this.<DistributionSummary>meter(
                new Key(VIDEO_SECONDS, provider, model, null, null), k -> DistributionSummary.builder(VIDEO_SECONDS)
                        .description("seconds of video billed, as the vendor reports them").baseUnit("seconds")
                        .tags(k.tags()).register(registry)).record(s.doubleValue()));
        usage.cost().ifPresent(c -> this.<DistributionSummary>meter(
                new Key(COST, provider, model, null, usage.currency().orElse(Values.UNKNOWN)),
                k -> DistributionSummary.builder(COST).description("what a task cost, as reported").tags(k.tags())
                        .tag("currency", k.extra()).register(registry)).record(c.doubleValue()));
    }

    @Override
    public void callEnded(CallStart start, CallEnd end) {
        if (end.throttled()) {
            this.<Counter>meter(new Key(THROTTLED, start.providerId(), null, null, Values.operation(start.operation())),
                    k -> Counter.builder(THROTTLED).description("calls the vendor throttled (HTTP 429 or its own code)")
                            .tags(k.tags()).tag("gen_ai.operation.name", k.extra()).register(registry)).increment();
        }
    }

    @Override
    public void budgetWaitStarted(BudgetWaitStart start) {
        waiting(start).incrementAndGet();
    }

    @Override
    public void budgetWaitEnded(BudgetWaitStart start, Duration waited, boolean granted) {
        waiting(start).decrementAndGet();
        String budget = Values.lower(start.budgetWait().kind().name());
        this.<Timer>meter(new Key(BUDGET_WAIT, start.providerId(), null, null, budget + " " + granted),
                k -> Timer.builder(BUDGET_WAIT).description("time calls waited for the account's budget")
                        .tags(PROVIDER, k.provider(), BUDGET, budget, "granted", String.valueOf(granted))
                        .register(registry)).record(waited);
    }

    private AtomicInteger active(String provider) {
        return gauge(new Key(ACTIVE, provider, null, null, null),
                "tasks observed now: submitted or awaited, not ended", Tags.of(PROVIDER, provider));
    }

    private AtomicInteger waiting(BudgetWaitStart start) {
        String budget = Values.lower(start.budgetWait().kind().name());
        return gauge(new Key(BUDGET_WAITING, start.providerId(), null, null, budget),
                "calls waiting for the account's budget now", Tags.of(PROVIDER, start.providerId(), BUDGET, budget));
    }

    private AtomicInteger gauge(Key key, String description, Tags tags) {
        return meter(key, k -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder(k.name(), value, AtomicInteger::get).description(description).tags(tags)
                    .strongReference(true).register(registry);
            return value;
        });
    }

    /** The meter for this key, registered the first time. */
    @SuppressWarnings("unchecked")
    private <M> M meter(Key key, Function<Key, M> register) {
        return (M) meters.computeIfAbsent(key, register::apply);
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** A meter's name and tag values: provider, then model and outcome where it has them, and one more. */
    private record Key(String name, String provider, String model, String outcome, String extra) {
        /** Provider, and model and outcome where the meter has them. */
        Tags tags() {
            Tags tags = Tags.of(PROVIDER, provider);
            tags = model == null ? tags : tags.and(MODEL, model);
            return outcome == null ? tags : tags.and(OUTCOME, outcome);
        }
    }
}
