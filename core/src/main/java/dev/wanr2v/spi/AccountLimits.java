package dev.wanr2v.spi;

import java.util.OptionalInt;

/**
 * What a vendor allows one account, as data: how many creates and how many other API calls (status
 * queries, cancels, upload grants) per second, and how many tasks run at once. The limits count every
 * process and every key of the account. A provider declares them in its {@link Capabilities}
 * ({@link Capabilities.Builder#accountLimits}); the engine keeps every client within them instead of
 * discovering them through HTTP 429, and users raise or lower each figure by configuration (accounts get
 * raised quotas).
 *
 * <pre>{@code
 * // DashScope: 5 creates/s, 20 queries/s, 5 tasks at once with the rest waiting in the vendor's queue
 * AccountLimits.documented(5, 20).withRunningTasks(5, true)
 * }</pre>
 *
 * @param createsPerSecond create calls per second, positive
 * @param queriesPerSecond every other call to the vendor's API per second, positive
 * @param runningTasks     tasks that run at once, or 0 when the vendor publishes no such limit
 * @param vendorQueue      whether tasks beyond {@code runningTasks} wait in the vendor's queue (so creates may
 *                         go on); when false, the engine holds creates back until a task ends
 * @param documented       whether the figures are the vendor's documented limits; false when the vendor
 *                         publishes none and these are a cautious default
 */
public record AccountLimits(double createsPerSecond, double queriesPerSecond, int runningTasks, boolean vendorQueue,
        boolean documented) {

    /**
     * The cautious default for a vendor that publishes no limits: 2 creates and 10 queries per second, no
     * limit on running tasks. That is under half of the only published figures for this model (DashScope's 5
     * and 20), and the engine slows down further on the first 429.
     */
    public static final AccountLimits UNDOCUMENTED = new AccountLimits(2, 10, 0, true, false);

    /** Checks the figures. */
    public AccountLimits {
        if (!(createsPerSecond > 0) || Double.isInfinite(createsPerSecond)) {
            throw new IllegalArgumentException("createsPerSecond must be positive and finite: " + createsPerSecond);
        }
        if (!(queriesPerSecond > 0) || Double.isInfinite(queriesPerSecond)) {
            throw new IllegalArgumentException("queriesPerSecond must be positive and finite: " + queriesPerSecond);
        }
        if (runningTasks < 0) {
            throw new IllegalArgumentException("runningTasks must be 0 (no limit) or positive: " + runningTasks);
        }
    }

    /** The vendor's documented rates, with no limit on running tasks (add one with {@link #withRunningTasks}). */
    public static AccountLimits documented(double createsPerSecond, double queriesPerSecond) {
        return new AccountLimits(createsPerSecond, queriesPerSecond, 0, true, true);
    }

    /** These limits with a limit on running tasks ({@code 0}: none) and whether extra tasks wait at the vendor. */
    public AccountLimits withRunningTasks(int runningTasks, boolean vendorQueue) {
        return new AccountLimits(createsPerSecond, queriesPerSecond, runningTasks, vendorQueue, documented);
    }

    /** These limits with other rates (a raised quota, say). */
    public AccountLimits withRates(double createsPerSecond, double queriesPerSecond) {
        return new AccountLimits(createsPerSecond, queriesPerSecond, runningTasks, vendorQueue, documented);
    }

    /** The number of tasks that run at once, when the vendor limits it. */
    public OptionalInt runningLimit() {
        return runningTasks == 0 ? OptionalInt.empty() : OptionalInt.of(runningTasks);
    }

    /** Whether creates must wait for a running task to end (a running limit and no vendor queue). */
    public boolean createsWaitForSlots() {
        return runningTasks > 0 && !vendorQueue;
    }

    /** {@code "5 creates/s, 20 queries/s, 5 running (more wait in the vendor's queue)"}. */
    public String describe() {
        String running = runningTasks == 0 ? "running tasks not limited"
                : runningTasks + " running" + (vendorQueue ? " (more wait in the vendor's queue)"
                        : " (more are held back until one ends)");
        return rate(createsPerSecond) + " creates/s, " + rate(queriesPerSecond) + " queries/s, " + running
                + (documented ? "" : "; not published by the vendor: a cautious default");
    }

    private static String rate(double r) {
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }
}
