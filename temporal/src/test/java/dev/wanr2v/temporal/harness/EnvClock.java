package dev.wanr2v.temporal.harness;

import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory Temporal service's clock, for the emulator: when the service skips time to the next workflow
 * timer, the emulator's task lives move on by as much, so a 15 s poll interval takes no real time. Read as never
 * going back (the emulator takes its clock to move forward).
 */
final class EnvClock extends Clock {
    private final TestWorkflowEnvironment env;
    private final AtomicLong latest = new AtomicLong();

    EnvClock(TestWorkflowEnvironment env) {
        this.env = env;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(latest.accumulateAndGet(env.currentTimeMillis(), Math::max));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
