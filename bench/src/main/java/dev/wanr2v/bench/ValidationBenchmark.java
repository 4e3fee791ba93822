package dev.wanr2v.bench;

import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.validation.RequestValidator;
import dev.wanr2v.testing.ScriptedProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Requests validated per second (context, no baseline): a typical request (short prompt, an image and
 * a video by URL) and one at the limits (1500-character prompt, five references), by the core
 * {@code RequestValidator} alone and by {@code R2vClient.validate} (core rules plus the provider's).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ValidationBenchmark {
    private R2vClient client;
    private RequestValidator validator;
    private R2vRequest typical;
    private R2vRequest full;

    @Setup(Level.Trial)
    public void start() {
        client = BenchClients.client(new ScriptedProvider(), "https://scripted.example", PollPolicy.DEFAULT);
        validator = new RequestValidator(client.capabilities(), "scripted", false);
        typical = BenchClients.typical();
        full = BenchClients.full();
        for (R2vRequest r : List.of(typical, full)) {
            if (!client.validate(r).isEmpty()) {
                throw new IllegalStateException("the benchmark request is not valid: " + client.validate(r));
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
    }

    /** {@code RequestValidator.validate} of a typical request. */
    @Benchmark
    public List<Violation> validatorTypical() {
        return validator.validate(typical);
    }

    /** {@code RequestValidator.validate} of a request with a 1500-character prompt and five references. */
    @Benchmark
    public List<Violation> validatorFull() {
        return validator.validate(full);
    }

    /** {@code R2vClient.validate} of a typical request. */
    @Benchmark
    public List<Violation> clientTypical() {
        return client.validate(typical);
    }

    /** {@code R2vClient.validate} of a request with a 1500-character prompt and five references. */
    @Benchmark
    public List<Violation> clientFull() {
        return client.validate(full);
    }
}
