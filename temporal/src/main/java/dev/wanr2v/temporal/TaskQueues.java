package dev.wanr2v.temporal;

import java.util.Objects;

/**
 * The three task queues of one deployment, named after the workflows' queue: workflows run on {@code base},
 * creates on {@code base + ".create"}, status calls and downloads on {@code base + ".query"}. Creates and queries
 * have queues of their own so that each gets its own rate limit, kept by the Temporal server across every worker
 * ({@link WorkerLimits}).
 *
 * @param workflows the workflows' queue (the one to start generations on)
 * @param creates   the create activity's queue
 * @param queries   the status and download activities' queue
 */
public record TaskQueues(String workflows, String creates, String queries) {

    /** The default base name, {@code wan-r2v}. */
    public static final String DEFAULT_BASE = "wan-r2v";

    /** Checks the names are present. */
    public TaskQueues {
        Objects.requireNonNull(workflows, "workflows");
        Objects.requireNonNull(creates, "creates");
        Objects.requireNonNull(queries, "queries");
    }

    /** The queues named after {@code base}. */
    public static TaskQueues of(String base) {
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("a task queue name must not be blank");
        }
        return new TaskQueues(base, base + ".create", base + ".query");
    }
}
