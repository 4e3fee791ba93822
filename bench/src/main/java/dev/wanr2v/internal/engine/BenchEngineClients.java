package dev.wanr2v.internal.engine;

import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.TestClients;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds a client on a scheduler the benchmark gives, as core's own engine tests do, so that a round of hours of
 * vendor time runs in minutes with every engine constant scaled alike. In the engine's package (the benchmark runs
 * on the class path) because the constructor that takes a scheduler is package-private: tests only.
 */
public final class BenchEngineClients {
    private BenchEngineClients() {
    }

    /** A client of the builder's settings whose clock and timers are {@code scheduler}'s (closed with it). */
    public static R2vClient onScheduler(R2v.Builder builder, Scheduler scheduler) {
        return new DefaultR2vClient(TestClients.settings(builder), scheduler,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The endpoint a handle of this client must name. */
    public static String endpoint(R2vClient client) {
        return ((DefaultR2vClient) client).endpoint();
    }
}
