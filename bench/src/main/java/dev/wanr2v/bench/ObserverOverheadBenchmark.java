package dev.wanr2v.bench;

import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.bench.stub.LoopbackStub;
import dev.wanr2v.micrometer.R2vObservations;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an observer adds to a call: create plus status through wan-r2v (the lean codec, so the engine's own cost
 * is the base) against the loopback stub, with no observer, with {@code R2vObservations} on Micrometer's no-op
 * {@code ObservationRegistry}, and on a registry whose meter handler times every observation in a
 * {@link SimpleMeterRegistry} that also takes the module's meters. Each way alone ({@link #off}, {@link #noopRegistry},
 * {@link #meterRegistry}), and all three in turn in a random order every round ({@link #round}), whose per-way wall
 * times give the ratios (target: at most 1.05 times the observer-off way).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
public class ObserverOverheadBenchmark {

    /** One stub and three clients of the lean codec: no observer, a no-op registry, a meter registry. */
    @State(Scope.Benchmark)
    public static class Clients {
        LoopbackStub server;
        R2vClient off;
        R2vClient noop;
        R2vClient meters;
        SimpleMeterRegistry registry;
        R2vRequest request;

        @Setup(Level.Trial)
        public void start() throws Exception {
            server = LoopbackStub.start();
            request = BenchClients.typical();
            registry = new SimpleMeterRegistry();
            ObservationRegistry timed = ObservationRegistry.create();
            timed.observationConfig().observationHandler(new DefaultMeterObservationHandler(registry));
            off = BenchClients.client(new LeanScriptedProvider(), server.baseUrl(), PollPolicy.DEFAULT);
            noop = BenchClients.client(new LeanScriptedProvider(), server.baseUrl(), PollPolicy.DEFAULT,
                    R2vObservations.of(ObservationRegistry.NOOP));
            meters = BenchClients.client(new LeanScriptedProvider(), server.baseUrl(), PollPolicy.DEFAULT,
                    R2vObservations.of(timed, registry));
            for (R2vClient c : new R2vClient[] {off, noop, meters}) {
                c.status(c.submit(request));
            }
            if (registry.find("gen_ai.client.operation").timers().isEmpty()) {
                throw new IllegalStateException("the meter registry way records no observation");
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            off.close();
            noop.close();
            meters.close();
            server.close();
        }
    }

    /** Wall nanoseconds spent in each way during one iteration of {@link #round}, and the rounds run. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Shares {
        public long rounds;
        public long offNanos;
        public long noopNanos;
        public long metersNanos;
        final int[] order = {0, 1, 2};
    }

    private static TaskSnapshot call(R2vClient client, R2vRequest request) {
        return client.status(client.submit(request));
    }

    /** No observer: the base. */
    @Benchmark
    public TaskSnapshot off(Clients c) {
        return call(c.off, c.request);
    }

    /** {@code R2vObservations.of(ObservationRegistry.NOOP)}. */
    @Benchmark
    public TaskSnapshot noopRegistry(Clients c) {
        return call(c.noop, c.request);
    }

    /** {@code R2vObservations.of(registry, simpleMeterRegistry)}, the registry timing observations into it. */
    @Benchmark
    public TaskSnapshot meterRegistry(Clients c) {
        return call(c.meters, c.request);
    }

    /** One round: every way once, in a fresh random order. */
    @Benchmark
    public int round(Clients c, Shares s) {
        RoundOrder.shuffle(s.order);
        int length = 0;
        for (int way : s.order) {
            long t = System.nanoTime();
            length += call(way == 0 ? c.off : way == 1 ? c.noop : c.meters, c.request).rawStatus().length();
            long elapsed = System.nanoTime() - t;
            switch (way) {
                case 0 -> s.offNanos += elapsed;
                case 1 -> s.noopNanos += elapsed;
                default -> s.metersNanos += elapsed;
            }
        }
        s.rounds++;
        return length;
    }
}
