package dev.wanr2v.temporal;

import dev.wanr2v.ErrorDetails;
import dev.wanr2v.spi.AccountLimits;
import java.util.Locale;
import java.util.Objects;
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
 * <p>The rates default to the account limits the client's provider declares ({@link AccountLimits}, listed by
 * {@code wan-r2v providers}: DashScope's published 5 creates and 20 task queries per second; a cautious default for
 * a vendor that publishes none), a third party's provider included; {@link WorkerSetup} takes them from its client.
 * Every worker of a queue must use the same figures (the server applies the last one it heard). Tasks running at
 * once at the vendor are not limited here: Temporal has no cross-worker concurrency limit for them, and DashScope
 * queues the tasks beyond its 5 as PENDING.
 *
 * @param createsPerSecond  creates dispatched per second across all workers
 * @param queriesPerSecond  status calls and downloads dispatched per second across all workers
 * @param concurrentCreates create activities one worker runs at once
 * @param concurrentQueries query activities one worker runs at once
 */
public record WorkerLimits(double createsPerSecond, double queriesPerSecond, int concurrentCreates,
        int concurrentQueries) {

    /** Create activities one worker runs at once unless configured. */
    public static final int DEFAULT_CONCURRENT_CREATES = 10;

    /** Query activities (status calls, downloads) one worker runs at once unless configured. */
    public static final int DEFAULT_CONCURRENT_QUERIES = 50;

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

    /**
     * The account's create and query rates ({@code client.capabilities().accountLimits()} for the provider's
     * declared ones), {@value #DEFAULT_CONCURRENT_CREATES} creates and {@value #DEFAULT_CONCURRENT_QUERIES} queries
     * at once per worker.
     */
    public static WorkerLimits of(AccountLimits account) {
        Objects.requireNonNull(account, "account");
        return new WorkerLimits(account.createsPerSecond(), account.queriesPerSecond(), DEFAULT_CONCURRENT_CREATES,
                DEFAULT_CONCURRENT_QUERIES);
    }

    /**
     * {@link #of(AccountLimits) of(account)}, each figure overridden by a system property, else an environment
     * variable: {@code wanr2v.temporal.createsPerSecond} / {@code WAN_R2V_TEMPORAL_CREATES_PER_SECOND},
     * {@code …queriesPerSecond} / {@code …_QUERIES_PER_SECOND}, {@code …concurrentCreates} /
     * {@code …_CONCURRENT_CREATES}, {@code …concurrentQueries} / {@code …_CONCURRENT_QUERIES}. What
     * {@link WorkerSetup} uses unless given limits.
     *
     * @throws dev.wanr2v.ConfigurationException naming the setting whose value is not a positive number (a
     *         whole one for the concurrency limits)
     */
    public static WorkerLimits fromEnvironment(AccountLimits account) {
        return from(account, System::getProperty, System::getenv);
    }

    static WorkerLimits from(AccountLimits account, Function<String, String> properties,
            Function<String, String> environment) {
        WorkerLimits d = of(account);
        return new WorkerLimits(
                number("createsPerSecond", d.createsPerSecond, false, properties, environment),
                number("queriesPerSecond", d.queriesPerSecond, false, properties, environment),
                (int) number("concurrentCreates", d.concurrentCreates, true, properties, environment),
                (int) number("concurrentQueries", d.concurrentQueries, true, properties, environment));
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

    private static double number(String name, double fallback, boolean whole, Function<String, String> properties,
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
        String example = whole ? String.valueOf((int) fallback) : String.valueOf(fallback);
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(source, value, "not a number", example);
        }
        if (!(number > 0) || Double.isInfinite(number)) {
            throw invalid(source, value, "not a positive number", example);
        }
        if (whole && (number != Math.rint(number) || number > Integer.MAX_VALUE)) {
            throw invalid(source, value, "not a whole number of activities", example);
        }
        return number;
    }

    private static dev.wanr2v.ConfigurationException invalid(String source, String value, String problem,
            String example) {
        return new dev.wanr2v.ConfigurationException("wan-r2v temporal: " + source + " is '" + value + "', "
                + problem + "; set it to e.g. " + example + ", or unset it for the default", ErrorDetails.none());
    }
}
