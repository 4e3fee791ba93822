package dev.wanr2v.testkit.emulator;

import dev.wanr2v.testkit.StatusScript;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How an emulator runs. Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock();
 * EmulatorOptions options = EmulatorOptions.defaults().withClock(clock).withApiKey("sk-test");
 * }</pre>
 *
 * @param port           the loopback port; 0 for an ephemeral one
 * @param clock          the emulator's clock (tasks age on it; {@link ManualClock} makes tests deterministic)
 * @param speed          how many times faster than real time scripts play (2.0 halves every step)
 * @param apiKey         the only bearer key accepted; {@code null} to accept any non-blank key
 * @param resultLifetime how long result URLs and task ids live after a task ends (DashScope: 24 h)
 * @param defaultScript  the life of a task nobody scripted
 * @param accountLimits  the account's limits on calls and running tasks, enforced in real time on the clock
 *                       (not sped up); {@link AccountLimits#none()} by default
 */
public record EmulatorOptions(int port, Clock clock, double speed, String apiKey, Duration resultLifetime,
        StatusScript defaultScript, AccountLimits accountLimits) {

    /** Checks the values. */
    public EmulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        Objects.requireNonNull(clock, "clock");
        if (!(speed > 0.0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be positive and finite: " + speed);
        }
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank; pass null to accept any key");
        }
        Objects.requireNonNull(resultLifetime, "resultLifetime");
        Objects.requireNonNull(defaultScript, "defaultScript");
        Objects.requireNonNull(accountLimits, "accountLimits");
    }

    /**
     * An ephemeral port, the system clock, speed 1, any key, results living 24 h, and
     * {@link StatusScript#defaults()} (a task succeeds after about 2.5 s), no account limits.
     */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, Clock.systemUTC(), 1.0, null, Duration.ofHours(24), StatusScript.defaults(),
                AccountLimits.none());
    }

    /** With this port (0 for an ephemeral one). */
    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(newPort, clock, speed, apiKey, resultLifetime, defaultScript, accountLimits);
    }

    /** With this clock. */
    public EmulatorOptions withClock(Clock newClock) {
        return new EmulatorOptions(port, newClock, speed, apiKey, resultLifetime, defaultScript, accountLimits);
    }

    /** With scripts played this many times faster than real time. */
    public EmulatorOptions withSpeed(double newSpeed) {
        return new EmulatorOptions(port, clock, newSpeed, apiKey, resultLifetime, defaultScript, accountLimits);
    }

    /** Accepting only this bearer key ({@code null}: any non-blank key). */
    public EmulatorOptions withApiKey(String newApiKey) {
        return new EmulatorOptions(port, clock, speed, newApiKey, resultLifetime, defaultScript, accountLimits);
    }

    /** With results and task ids living this long after a task ends. */
    public EmulatorOptions withResultLifetime(Duration lifetime) {
        return new EmulatorOptions(port, clock, speed, apiKey, lifetime, defaultScript, accountLimits);
    }

    /** With this life for tasks nobody scripted. */
    public EmulatorOptions withDefaultScript(StatusScript script) {
        return new EmulatorOptions(port, clock, speed, apiKey, resultLifetime, script, accountLimits);
    }

    /**
     * Enforcing these account limits, e.g. {@code AccountLimits.of(5, 20, 5)} or a vendor's documented
     * ones, {@link Emulators#documentedLimits(String)}; {@link AccountLimits#none()} turns them off.
     */
    public EmulatorOptions withAccountLimits(AccountLimits limits) {
        return new EmulatorOptions(port, clock, speed, apiKey, resultLifetime, defaultScript, limits);
    }

    /** The options, the API key masked. */
    @Override
    public String toString() {
        return "EmulatorOptions[port " + port + ", speed " + speed + ", apiKey " + (apiKey == null ? "any" : "****")
                + ", results live " + resultLifetime + ", account limits " + accountLimits + "]";
    }
}
