package dev.wanr2v.bench.account;

import dev.wanr2v.bench.stub.TimeScale;
import dev.wanr2v.internal.engine.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The engine's clock and timer in virtual time: one timer thread, as the engine's own scheduler has, whose
 * delays are divided by the time scale and whose clock is the scale's. Every engine constant (poll intervals,
 * budget spacing, the rate's recovery, deadlines) is thereby scaled alike.
 */
final class ScaledScheduler implements Scheduler {
    private final TimeScale time;
    private final ScheduledThreadPoolExecutor executor;

    ScaledScheduler(TimeScale time) {
        this.time = time;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "wan-r2v-scheduler");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public Instant now() {
        return time.now();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> f = executor.schedule(task, Math.max(0, time.wallNanos(delay)), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
