package dev.wanr2v.bench;

import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.bench.stub.LoopbackStub;
import dev.wanr2v.bench.stub.StubRequest;
import dev.wanr2v.testing.ScriptedProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the per-call benchmarks share: one loopback stub, wan-r2v clients of the scripted vendor (its
 * own codec, and {@link LeanScriptedCodec}), and the raw HttpClient baseline, all in one JVM. The
 * setup checks that every way puts the same request on the wire.
 */
@State(Scope.Benchmark)
public class PerCallFixture {
    LoopbackStub server;
    R2vClient scripted;
    R2vClient lean;
    RawHttpBaseline raw;
    R2vRequest request;
    /** Experiment: the pool the raw baseline hands answers to, as the engine does. */
    ExecutorService handOff;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = LoopbackStub.start();
        scripted = BenchClients.client(new ScriptedProvider(), server.baseUrl(), PollPolicy.DEFAULT);
        lean = BenchClients.client(new LeanScriptedProvider(), server.baseUrl(), PollPolicy.DEFAULT);
        request = BenchClients.typical();
        raw = new RawHttpBaseline(server.baseUrl(), BenchClients.API_KEY, BenchClients.scriptedCreateBody(request));
        handOff = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-hand-off");
            t.setDaemon(true);
            return t;
        });
        requireSameRequests();
    }

    private void requireSameRequests() throws Exception {
        raw.submitAndStatus(false);
        StubRequest rawCreate = server.lastCreate().orElseThrow();
        StubRequest rawStatus = server.lastStatus().orElseThrow();
        for (R2vClient client : new R2vClient[] {scripted, lean}) {
            client.status(client.submit(request));
            SameRequests.require("create calls of raw HttpClient and " + client.provider().displayName(), rawCreate,
                    server.lastCreate().orElseThrow());
            SameRequests.require("status calls of raw HttpClient and " + client.provider().displayName(), rawStatus,
                    server.lastStatus().orElseThrow());
        }
        raw.submitAndStatus(true);
        SameRequests.require("create calls of raw HttpClient, fixed-length and chunked", rawCreate,
                server.lastCreate().orElseThrow());
    }

    @TearDown(Level.Trial)
    public void stop() {
        scripted.close();
        lean.close();
        handOff.shutdownNow();
        raw.close();
        server.close();
    }
}
