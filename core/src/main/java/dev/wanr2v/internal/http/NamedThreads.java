package dev.wanr2v.internal.http;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the library's threads {@code wan-r2v-<client>-<role>-<n>} and makes them daemons, so a
 * forgotten client never keeps a JVM alive and leak checks can find every thread by name.
 */
public final class NamedThreads {
    /** The prefix of every thread this library starts. */
    public static final String PREFIX = "wan-r2v-";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final String clientPrefix;

    public NamedThreads() {
        this.clientPrefix = PREFIX + CLIENTS.incrementAndGet() + "-";
    }

    /** A factory for one role, e.g. {@code io}, {@code scheduler}. */
    public ThreadFactory factory(String role) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, clientPrefix + role + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
