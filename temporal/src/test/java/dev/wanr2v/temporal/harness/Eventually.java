package dev.wanr2v.temporal.harness;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something a test set in motion; the bound only turns a hang into a failure, it times nothing. */
public final class Eventually {
    private Eventually() {
    }

    /**
     * Returns once {@code condition} holds.
     *
     * @throws AssertionError naming {@code what} if it does not hold within {@code bound}
     */
    public static void until(String what, Duration bound, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("still waiting, after " + bound + ", for: " + what);
            }
            Thread.sleep(10);
        }
    }
}
