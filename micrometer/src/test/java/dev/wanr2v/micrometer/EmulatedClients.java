package dev.wanr2v.micrometer;

import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.observation.R2vObserver;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import io.micrometer.observation.Observation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Clients of DashScope's emulator on loopback (tasks ten times faster than real), one emulator per test class;
 * closing closes the clients and resets the emulator for the next test.
 */
final class EmulatedClients implements AutoCloseable {
    static final String KEY = "sk-live-0bs3rv4b1l1ty";
    static final String PROMPT = "character1 waves at character2 in a secret garden";
    static final String IMAGE = "https://cdn.example.com/private/alice.png?token=ref-s3cret";
    static final String VIDEO = "https://cdn.example.com/private/bob.mp4";

    final Emulator emulator;
    private final List<R2vClient> clients = new ArrayList<>();

    EmulatedClients(Emulator emulator) {
        this.emulator = emulator;
    }

    /** The emulator a test class shares. */
    static Emulator start() {
        return Emulators.start("dashscope", EmulatorOptions.defaults().withSpeed(10).withApiKey(KEY));
    }

    R2vClient client(R2vObserver observer) {
        R2vClient client = R2v.builder().provider("dashscope").apiKey(KEY).baseUrl(emulator.baseUrl())
                .systemProperties(new Properties()).environment(Map.of())
                .pollPolicy(PollPolicy.fixed(Duration.ofMillis(40))).observer(observer).build();
        clients.add(client);
        return client;
    }

    static R2vRequest request() {
        return R2vRequest.builder().prompt(PROMPT).image(IMAGE).video(VIDEO).duration(5).build();
    }

    /** What must never show in a key, a name, an event or a tag. */
    static List<String> secrets() {
        return List.of(KEY, PROMPT, "secret garden", IMAGE, "ref-s3cret", VIDEO, "cdn.example.com", "Signature",
                "Expires=");
    }

    /** Every text an observation context shows a handler: names, key values. */
    static Stream<String> texts(Observation.Context context) {
        return Stream.concat(Stream.of(context.getName(), context.getContextualName()),
                context.getAllKeyValues().stream().flatMap(kv -> Stream.of(kv.getKey(), kv.getValue())));
    }

    @Override
    public void close() {
        clients.forEach(R2vClient::close);
        clients.clear();
        emulator.reset();
    }
}
