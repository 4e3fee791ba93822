package dev.wanr2v.reliability.support;

import dev.wanr2v.R2vClient;
import dev.wanr2v.internal.engine.Diagnostics;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks that a client hands everything back: connections to its pool, exchanges answered, waits
 * ended, and, once closed, every thread it started ({@code wan-r2v-*}) gone. Connections return and
 * threads end asynchronously, so each check waits, bounded, before it fails; a thread still there is
 * reported with its stack.
 *
 * <p>Only threads of clients made since the snapshot count ({@code wan-r2v-<client>-<role>-<n>}): a client
 * built just before it (a rig's setup client) starts its HTTP I/O threads a moment later, from the HTTP
 * client's own start-up thread, and such a late thread of a client that outlives the check is not a leak.
 * Counting it was the "I/O thread left behind" failure seen once in a few full runs at load 10 and more.
 */
public final class LeakCheck {
    private static final String LIBRARY_THREADS = "wan-r2v-";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LeakCheck() {
    }

    /** The names of the library's live threads. */
    public static Set<String> libraryThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(LIBRARY_THREADS)).collect(Collectors.toSet());
    }

    /** Waits until the client holds no connection, exchange or wait, else fails naming what it holds. */
    public static void assertIdle(R2vClient client) {
        eventually(() -> Diagnostics.of(client).idle(), () -> "the client still holds " + Diagnostics.of(client));
    }

    /** Closes the client after checking it is idle, then waits until its threads are gone. */
    public static void closeAndAssertClean(R2vClient client, Set<String> threadsBefore) {
        try {
            assertIdle(client);
        } finally {
            client.close();
        }
        assertThreadsGone(threadsBefore);
    }

    /**
     * Waits until every library thread alive now was alive before ({@code threadsBefore}, from
     * {@link #libraryThreads()}), else fails naming each thread left behind with its stack.
     */
    public static void assertThreadsGone(Set<String> threadsBefore) {
        assertThreadsGone(threadsBefore, PATIENCE);
    }

    /** {@link #assertThreadsGone(Set)}, waiting at most {@code patience}. */
    static void assertThreadsGone(Set<String> threadsBefore, Duration patience) {
        Set<String> clientsBefore = threadsBefore.stream().map(LeakCheck::client).collect(Collectors.toSet());
        eventually(() -> libraryThreads().stream().allMatch(n -> clientsBefore.contains(client(n))),
                () -> "library threads left behind: " + leftBehind(clientsBefore), patience);
    }

    /** The client part of a library thread's name: {@code wan-r2v-393-} of {@code wan-r2v-393-io-2}. */
    static String client(String threadName) {
        int end = threadName.indexOf('-', LIBRARY_THREADS.length());
        return end < 0 ? threadName : threadName.substring(0, end + 1);
    }

    /** The threads of clients made since, each with where it stands. */
    private static String leftBehind(Set<String> clientsBefore) {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.isAlive() && thread.getName().startsWith(LIBRARY_THREADS)
                    && !clientsBefore.contains(client(thread.getName()))) {
                out.append("\n  ").append(thread.getName()).append(" (").append(thread.getState()).append(")");
                for (StackTraceElement frame : stack) {
                    out.append("\n      at ").append(frame);
                }
            }
        });
        return out.toString();
    }

    /** Waits, bounded, for a condition; fails with the description if it never holds. */
    public static void eventually(BooleanSupplier condition, Supplier<String> failure) {
        eventually(condition, failure, PATIENCE);
    }

    private static void eventually(BooleanSupplier condition, Supplier<String> failure, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get() + " after " + patience.toMillis() + " ms");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + failure.get(), e);
            }
        }
    }
}
