package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.TestClients;
import dev.wanr2v.testing.ScriptedProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** WireMock on loopback plus clients of the scripted provider, with real or manual time. */
abstract class EngineTestSupport {
    static final String KEY = "sk-live-7f3a9c2e5b8d4f1a";
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    WireMockServer wm;
    final List<DefaultR2vClient> clients = new ArrayList<>();

    @BeforeEach
    void startWireMock() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(64));
        wm.start();
    }

    @AfterEach
    void stopAll() {
        clients.forEach(DefaultR2vClient::close);
        wm.stop();
    }

    R2v.Builder builder() {
        return R2v.builder().provider(new ScriptedProvider()).apiKey(KEY).baseUrl(wm.baseUrl())
                .systemProperties(new Properties()).environment(Map.of());
    }

    /**
     * A client on real time with fast polling; its account allows 1,000 calls a second, so the budget (tested
     * in BudgetEngineTest) paces nothing here.
     */
    DefaultR2vClient client() {
        return client(b -> b);
    }

    DefaultR2vClient client(UnaryOperator<R2v.Builder> customize) {
        return track(new DefaultR2vClient(TestClients.settings(customize.apply(builder()
                .createRate(1000).queryRate(1000).pollPolicy(PollPolicy.fixed(Duration.ofMillis(20)))
                .retryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(200), 2.0))))));
    }

    /** A client on manual time, jitter fixed at the middle (random 0.5). */
    DefaultR2vClient manualClient(ManualScheduler scheduler, UnaryOperator<R2v.Builder> customize) {
        return track(new DefaultR2vClient(TestClients.settings(customize.apply(builder())), scheduler, () -> 0.5));
    }

    private DefaultR2vClient track(DefaultR2vClient c) {
        clients.add(c);
        return c;
    }

    static R2vRequest request() {
        return R2vRequest.builder().prompt("character1 waves at character2")
                .reference(Reference.image("https://cdn.example.com/alice.png"))
                .reference(Reference.video("https://cdn.example.com/bob.mp4")).duration(5).build();
    }

    /**
     * Steps manual time until the future is done. HTTP is real, so the clock moves only while the engine
     * is idle (nothing in flight, no worker busy), exactly as if time passed with nothing else happening.
     */
    static <T> CompletableFuture<T> drive(DefaultR2vClient client, ManualScheduler scheduler, CompletableFuture<T> f)
            throws InterruptedException {
        long give = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!f.isDone()) {
            if (System.nanoTime() > give) {
                throw new AssertionError("the operation did not finish; scheduled delays " + scheduler.delays());
            }
            if (client.busy() || !quiet(client) || !scheduler.runNext()) {
                Thread.sleep(1);
            }
        }
        return f;
    }

    /** Idle twice in a row, a millisecond apart (an answer may be between the reactor and a worker). */
    private static boolean quiet(DefaultR2vClient client) throws InterruptedException {
        Thread.sleep(1);
        return !client.busy();
    }

    /** Waits (real time, bounded) for a condition. */
    static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long give = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > give) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(5);
        }
    }
}
