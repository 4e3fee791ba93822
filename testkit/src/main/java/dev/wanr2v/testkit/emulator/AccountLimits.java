package dev.wanr2v.testkit.emulator;

/**
 * The limits an emulated vendor puts on one account: every key and every client of the emulator share
 * them. Off unless asked for ({@link EmulatorOptions#withAccountLimits}); a vendor's documented figures
 * are its protocol's {@link VendorProtocol#documentedLimits()} (DashScope: 5 creates/s, 20 queries/s,
 * 5 running tasks and an unbounded queue).
 *
 * <pre>{@code
 * EmulatorOptions.defaults().withAccountLimits(AccountLimits.of(5, 20, 5));                // DashScope's figures
 * EmulatorOptions.defaults().withAccountLimits(Emulators.documentedLimits("dashscope"));  // the same, declared
 * EmulatorOptions.defaults().withAccountLimits(AccountLimits.none().withQueriesPerSecond(2));
 * }</pre>
 *
 * <p><b>Rates</b> are a sliding window of one second on the emulator's clock: a call is accepted when
 * fewer than N calls of its kind were accepted in the second before it (the window
 * {@code (t - 1 s, t]}), and answered with the vendor's HTTP 429 otherwise. Throttled calls use up
 * nothing. The window is real time (the emulator's clock), not sped up by the emulator's speed factor,
 * which compresses only task lives; the clock is taken to move forward (calls that arrive out of order
 * count at the latest time seen). Creates are the create calls; queries are the status calls,
 * DashScope's task list included. Calls without a valid key belong to no account and are not limited.
 * A throttled call is answered before any injected fault and does not count for {@link FaultPlan} rules.
 *
 * <p><b>Running tasks</b>: at most N tasks hold a slot at once, from the moment their scripted life
 * starts until they end (a script's own queued steps hold the slot). Further tasks wait for a slot in
 * first-come-first-served order, reported queued ({@code PENDING} at DashScope, cancelable there), and
 * their script starts when they get one: a script's timeline is shifted, never cut. At most
 * {@link #queuedTasks()} tasks wait; a create beyond that is answered with the vendor's 429
 * ({@link Throttle#QUEUE_FULL}) and creates nothing.
 *
 * @param createsPerSecond at most this many create calls in any second, or {@link #UNLIMITED}
 * @param queriesPerSecond at most this many status (and list) calls in any second, or {@link #UNLIMITED}
 * @param runningTasks     at most this many tasks running at once, or {@link #UNLIMITED}
 * @param queuedTasks      at most this many tasks waiting for a slot (0: none may wait), or {@link #UNLIMITED}
 */
public record AccountLimits(int createsPerSecond, int queriesPerSecond, int runningTasks, int queuedTasks) {

    /** No limit on this figure. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private static final AccountLimits NONE = new AccountLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);

    /** Which limit a throttled call met; the vendor answers each in its own words. */
    public enum Throttle {
        /** Too many create calls in one second. */
        CREATE_RATE,
        /** Too many status or list calls in one second. */
        QUERY_RATE,
        /** Every slot busy and the queue full: the create was not accepted. */
        QUEUE_FULL
    }

    /** Checks the figures: rates and running tasks at least 1, queued tasks at least 0. */
    public AccountLimits {
        if (createsPerSecond < 1 || queriesPerSecond < 1 || runningTasks < 1 || queuedTasks < 0) {
            throw new IllegalArgumentException("account limits must be at least 1 (queued tasks at least 0), or "
                    + "AccountLimits.UNLIMITED: creates/s " + createsPerSecond + ", queries/s " + queriesPerSecond
                    + ", running " + runningTasks + ", queued " + queuedTasks);
        }
    }

    /** No limits at all (the emulators' default). */
    public static AccountLimits none() {
        return NONE;
    }

    /** These rates and this many running tasks; any number of further tasks wait in the queue. */
    public static AccountLimits of(int createsPerSecond, int queriesPerSecond, int runningTasks) {
        return new AccountLimits(createsPerSecond, queriesPerSecond, runningTasks, UNLIMITED);
    }

    /** With this create rate. */
    public AccountLimits withCreatesPerSecond(int perSecond) {
        return new AccountLimits(perSecond, queriesPerSecond, runningTasks, queuedTasks);
    }

    /** With this query rate. */
    public AccountLimits withQueriesPerSecond(int perSecond) {
        return new AccountLimits(createsPerSecond, perSecond, runningTasks, queuedTasks);
    }

    /** With this many tasks running at once. */
    public AccountLimits withRunningTasks(int running) {
        return new AccountLimits(createsPerSecond, queriesPerSecond, running, queuedTasks);
    }

    /** With at most this many tasks waiting for a slot. */
    public AccountLimits withQueuedTasks(int queued) {
        return new AccountLimits(createsPerSecond, queriesPerSecond, runningTasks, queued);
    }

    /** Whether nothing is limited. */
    public boolean isNone() {
        return equals(NONE);
    }

    /** E.g. {@code 5 creates/s, 20 queries/s, 5 running (the rest queue)}, or {@code none}. */
    @Override
    public String toString() {
        if (isNone()) {
            return "none";
        }
        String queue = queuedTasks == UNLIMITED ? "the rest queue" : queuedTasks == 0 ? "no queue"
                : "at most " + queuedTasks + " queue";
        return figure(createsPerSecond) + " creates/s, " + figure(queriesPerSecond) + " queries/s, "
                + figure(runningTasks) + " running" + (runningTasks == UNLIMITED ? "" : " (" + queue + ")");
    }

    private static String figure(int value) {
        return value == UNLIMITED ? "unlimited" : String.valueOf(value);
    }
}
