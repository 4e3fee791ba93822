package dev.wanr2v.temporal;

import java.util.Locale;
import java.util.function.Function;

/**
 * The account's call budget, as the workers of one deployment keep it through Temporal's own limits.
 *
 * <table>
 * <caption>What holds what</caption>
 * <tr><th>setting</th><th>Temporal option, on the queue's workers</th><th>held by</th></tr>
 * <tr><td>{@code createsPerSecond}</td><td>{@code WorkerOptions.setMaxTaskQueueActivitiesPerSecond} on the
 * create queue, and {@code setMaxWorkerActivitiesPerSecond} with the same value</td><td>the server, across every
 * worker of the queue (it dispatches no more create activities); the per-worker copy makes a single worker keep
 * the budget even where the server does not (the in-memory test service ignores the queue limit)</td></tr>
 * <tr><td>{@code queriesPerSecond}</td><td>the same two options on the query queue (status calls, and the one
 * status call of each download)</td><td>as above</td></tr>
 * <tr><td>{@code concurrentCreates}, {@code concurrentQueries}</td><td>{@code setMaxConcurrentActivityExecutionSize}
 * </td><td>each worker: activities it runs at once (a create may wait for its media to upload)</td></tr>
 * </table>
 *
 * <p>Defaults are DashScope's published limits for an account: 5 creates and 20 task queries per second. Every
 * worker of a queue must use the same figures (the server applies the last one it heard). Tasks running at once
 * at the vendor are not limited here: Temporal has no cross-worker concurrency limit for them, and DashScope
 * queues the tasks beyond its 5 as PENDING.
 *
 * @param createsPerSecond  creates dispatched per second across all workers
 * @param queriesPerSecond  status calls and downloads dispatched per second across all workers
 * @param concurrentCreates create activities one worker runs at once
 * @param concurrentQueries query activities one worker runs at once
 */
public record WorkerLimits(double createsPerSecond, double queriesPerSecond, int concurrentCreates,
        int concurrentQueries) {

    /** DashScope's published account limits: 5 creates/s, 20 queries/s. */
    private static final WorkerLimits DEFAULTS = new WorkerLimits(5, 20, 10, 50);

    /** Checks the values are positive. */
    public WorkerLimits {
        if (!(createsPerSecond > 0) || !(queriesPerSecond > 0)) {
            throw new IllegalArgumentException("createsPerSecond and queriesPerSecond must be positive, not "
                    + createsPerSecond + " and " + queriesPerSecond);
        }
        if (concurrentCreates < 1 || concurrentQueries < 1) {
            throw new IllegalArgumentException("concurrentCreates and concurrentQueries must be at least 1, not "
                    + concurrentCreates + " and " + concurrentQueries);
        }
    }

    /** 5 creates/s and 20 queries/s (DashScope's published account limits), 10 and 50 at once per worker. */
    public static WorkerLimits defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults, each overridden by a system property, else an environment variable:
     * {@code wanr2v.temporal.createsPerSecond} / {@code WAN_R2V_TEMPORAL_CREATES_PER_SECOND},
     * {@code …queriesPerSecond} / {@code …_QUERIES_PER_SECOND}, {@code …concurrentCreates} /
     * {@code …_CONCURRENT_CREATES}, {@code …concurrentQueries} / {@code …_CONCURRENT_QUERIES}.
     *
     * @throws IllegalArgumentException naming the setting whose value is not a number
     */
    public static WorkerLimits fromEnvironment() {
        return from(System::getProperty, System::getenv);
    }

    static WorkerLimits from(Function<String, String> properties, Function<String, String> environment) {
        return new WorkerLimits(
                number("createsPerSecond", DEFAULTS.createsPerSecond, properties, environment),
                number("queriesPerSecond", DEFAULTS.queriesPerSecond, properties, environment),
                (int) number("concurrentCreates", DEFAULTS.concurrentCreates, properties, environment),
                (int) number("concurrentQueries", DEFAULTS.concurrentQueries, properties, environment));
    }

    /** These limits with another create rate. */
    public WorkerLimits withCreatesPerSecond(double perSecond) {
        return new WorkerLimits(perSecond, queriesPerSecond, concurrentCreates, concurrentQueries);
    }

    /** These limits with another query rate. */
    public WorkerLimits withQueriesPerSecond(double perSecond) {
        return new WorkerLimits(createsPerSecond, perSecond, concurrentCreates, concurrentQueries);
    }

    /** These limits with other per-worker concurrency limits. */
    public WorkerLimits withConcurrency(int creates, int queries) {
        return new WorkerLimits(createsPerSecond, queriesPerSecond, creates, queries);
    }

    private static double number(String name, double fallback, Function<String, String> properties,
            Function<String, String> environment) {
        String property = "wanr2v.temporal." + name;
        String variable = "WAN_R2V_TEMPORAL_" + name.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
        String value = properties.apply(property);
        String source = property;
        if (value == null || value.isBlank()) {
            value = environment.apply(variable);
            source = variable;
        }
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " is '" + value + "', not a number; give e.g. " + fallback);
        }
    }
}
