package dev.wanr2v.reliability.support;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * One vendor's emulator with a {@link Gate} in front of it, and clients configured for speed: short
 * timeouts, few quick retries, fast polling. Clients talk through the gate; a setup client talks to the
 * emulator directly, so that preparing a task never spends a fault planned for the gate.
 */
public final class Rig implements AutoCloseable {
    /** Attempts per call, the first included. */
    public static final int MAX_ATTEMPTS = 3;
    /** The largest backoff; a {@code Retry-After} beyond it is not waited for. */
    public static final Duration MAX_BACKOFF = Duration.ofMillis(200);
    /** How long one HTTP call may take. */
    public static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(500);
    /** The answer cap of API calls. */
    public static final long MAX_RESPONSE_BYTES = 64 * 1024;
    /** How many times faster than real time emulated tasks live (the default life, 2.5 s, takes 50 ms). */
    public static final double SPEED = 50;

    private final Vendor vendor;
    private final Emulator emulator;
    private final Gate gate;
    private R2vClient setup;

    private Rig(Vendor vendor, Emulator emulator) {
        this.vendor = vendor;
        this.emulator = emulator;
        this.gate = Gate.to(emulator.port());
    }

    /**
     * Starts the vendor's emulator (accepting only {@link Secrets#API_KEY}) and its gate, and warms both
     * ends up with one task, so that no call of a test pays for class loading within its short timeout.
     */
    public static Rig start(Vendor vendor) {
        Rig rig = new Rig(vendor, Emulators.start(vendor.id(),
                EmulatorOptions.defaults().withApiKey(Secrets.API_KEY).withSpeed(SPEED)));
        try (R2vClient warmUp = rig.client(b -> b.responseTimeout(Duration.ofSeconds(10)))) {
            warmUp.generate(vendor.request("warm-up"), AwaitOptions.defaults().withTimeout(Duration.ofSeconds(20)));
        }
        rig.reset();
        return rig;
    }

    public Vendor vendor() {
        return vendor;
    }

    public Emulator emulator() {
        return emulator;
    }

    public Gate gate() {
        return gate;
    }

    /** Forgets tasks, faults and the journal; the gate passes everything again. */
    public void reset() {
        emulator.reset();
        gate.passAll();
    }

    /** A builder for a client of this vendor through the gate, with the suite's fast settings. */
    public R2v.Builder builder() {
        return builder(gate.baseUrl());
    }

    /**
     * A builder for a client of this vendor at {@code baseUrl}. Budgets are off: the matrix proves the retry
     * and billing rules call by call, with exact attempt counts; the budget cells turn them on.
     */
    public R2v.Builder builder(String baseUrl) {
        return R2v.builder().provider(vendor.id()).baseUrl(baseUrl).apiKey(Secrets.API_KEY)
                .systemProperties(new Properties()).environment(Map.of())
                .connectTimeout(Duration.ofSeconds(2)).responseTimeout(RESPONSE_TIMEOUT)
                .maxResponseBytes(MAX_RESPONSE_BYTES).awaitTimeout(Duration.ofSeconds(20))
                .retryPolicy(new RetryPolicy(MAX_ATTEMPTS, Duration.ofMillis(5), MAX_BACKOFF, 2.0))
                .pollPolicy(PollPolicy.fixed(Duration.ofMillis(10))).budgets(false);
    }

    /** A client through the gate. */
    public R2vClient client() {
        return client(b -> b);
    }

    /** A client through the gate, customized. */
    public R2vClient client(UnaryOperator<R2v.Builder> customize) {
        return customize.apply(builder()).build();
    }

    /** The client that prepares tasks, straight to the emulator (kept for the rig's life). */
    public synchronized R2vClient setupClient() {
        if (setup == null) {
            setup = builder(emulator.baseUrl()).responseTimeout(Duration.ofSeconds(5)).build();
        }
        return setup;
    }

    /** A handle of the setup client as clients through the gate know it. */
    public TaskHandle throughGate(TaskHandle handle) {
        return new TaskHandle(handle.providerId(), handle.taskId(), gate.baseUrl(), handle.submittedAt());
    }

    @Override
    public void close() {
        if (setup != null) {
            setup.close();
        }
        gate.close();
        emulator.close();
    }
}
