package dev.wanr2v.temporal.internal;

import dev.wanr2v.R2vException;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCompletionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a call of the library inside an activity, heartbeating meanwhile, so that Temporal sees the worker is
 * alive (and takes it for dead within the heartbeat timeout when it is not).
 */
final class Waits {
    private Waits() {
    }

    /**
     * The call's value. An interrupt (worker shutting down) does not abandon the call: its answer is still awaited
     * and the interrupt flag kept. A heartbeat refused because the activity ended at Temporal's side (timed out,
     * canceled) is ignored too: the caller still learns the call's answer, and decides what to do with it.
     *
     * @throws R2vException the call's typed failure
     */
    static <T> T await(CompletableFuture<T> call, ActivityExecutionContext context, Object heartbeat) {
        long every = heartbeatEvery(context);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return call.get(every, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    heartbeat(context, heartbeat);
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof R2vException r) {
                        throw r;
                    }
                    throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Heartbeats, ignoring Temporal's refusal (the activity already ended at Temporal's side). */
    static boolean heartbeat(ActivityExecutionContext context, Object details) {
        try {
            context.heartbeat(details);
            return true;
        } catch (ActivityCompletionException ended) {
            return false;
        }
    }

    private static long heartbeatEvery(ActivityExecutionContext context) {
        Duration timeout = context.getInfo().getHeartbeatTimeout();
        long third = timeout == null || timeout.isZero() ? 10_000 : timeout.toMillis() / 3;
        return Math.max(50, Math.min(third, 10_000));
    }
}
