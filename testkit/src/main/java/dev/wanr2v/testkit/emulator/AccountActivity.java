package dev.wanr2v.testkit.emulator;

import dev.wanr2v.spi.Operation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an emulator's account has seen since it started or was last reset: a snapshot, counted whether
 * or not limits are enforced.
 *
 * <pre>{@code
 * AccountActivity account = emulator.account();
 * assertThat(account.throttled()).isZero();                                    // no call was throttled
 * assertThat(account.of(Operation.STATUS).busiestSecond()).isLessThanOrEqualTo(20);  // never above 20/s
 * assertThat(account.mostRunning()).isLessThanOrEqualTo(5);
 * }</pre>
 *
 * @param limits      the limits in force ({@link AccountLimits#none()} when off)
 * @param calls       per operation, the calls received (a vendor path; DashScope's task list counts as
 *                    {@code STATUS}); operations never called are absent
 * @param running     tasks holding a slot now (their script started and has not ended)
 * @param queued      tasks waiting for a slot now (queued at the vendor, their script not started)
 * @param mostRunning the most tasks that held a slot at once
 * @param mostQueued  the most tasks that waited for a slot at once
 */
public record AccountActivity(AccountLimits limits, Map<Operation, Calls> calls, int running, int queued,
        int mostRunning, int mostQueued) {

    /** Copies the map. */
    public AccountActivity {
        Objects.requireNonNull(limits, "limits");
        calls = Collections.unmodifiableMap(calls.isEmpty() ? new EnumMap<>(Operation.class) : new EnumMap<>(calls));
    }

    /**
     * The calls of one operation.
     *
     * @param received      how many arrived (throttled ones included)
     * @param throttled     how many were answered with the vendor's 429 because of an account limit
     *                      (injected faults are not counted)
     * @param busiestSecond the most that arrived within any one second (sliding, on the emulator's clock),
     *                      throttled ones included: what the clients asked for, not what was let through
     */
    public record Calls(int received, int throttled, int busiestSecond) {
        /** No calls. */
        public static final Calls NONE = new Calls(0, 0, 0);
    }

    /** The calls of this operation ({@link Calls#NONE} if it was never called). */
    public Calls of(Operation operation) {
        return calls.getOrDefault(operation, Calls.NONE);
    }

    /** How many calls of every operation were throttled by an account limit. */
    public int throttled() {
        return calls.values().stream().mapToInt(Calls::throttled).sum();
    }

    /** How many calls of every operation arrived. */
    public int received() {
        return calls.values().stream().mapToInt(Calls::received).sum();
    }
}
