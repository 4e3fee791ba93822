package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.internal.http.NamedThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Threads, connections and routing. */
class HygieneTest extends EngineTestSupport {

    private static long libraryThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(NamedThreads.PREFIX)).count();
    }

    @Test
    void manyConcurrentWaitsShareAFewThreadsAndLeaveNothingBehind() throws Exception {
        wm.stubFor(get(urlPathMatching("/v1/tasks/.*")).willReturn(
                okJson("{\"status\":\"SUCCEEDED\",\"url\":\"https://cdn.example.com/v.mp4\"}").withFixedDelay(5)));
        long before = libraryThreads();
        DefaultR2vClient c = client();
        List<CompletableFuture<GeneratedVideo>> waits = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            waits.add(c.awaitAsync(new TaskHandle("scripted", "t" + i, wm.baseUrl(), T0), AwaitOptions.defaults()));
        }
        long during = libraryThreads() - before;
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get();

        assertThat(during).isLessThanOrEqualTo(32);
        assertThat(c.leasedConnections()).isZero();
        assertThat(c.activeWaits()).isZero();
        c.close();
        eventually(() -> libraryThreads() == before);
    }

    @Test
    void anExplicitProxyCarriesTheCalls() {
        WireMockServer proxy = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        proxy.start();
        try {
            proxy.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\"}")));
            // the upstream host does not resolve: an answer proves the call went through the proxy
            DefaultR2vClient c = client(b -> b.baseUrl("http://upstream.invalid").allowInsecureHttp(true)
                    .proxy("http://127.0.0.1:" + proxy.port()));
            var s = c.status(new TaskHandle("scripted", "t1", "http://upstream.invalid", T0));
            assertThat(s.rawStatus()).isEqualTo("RUNNING");
            assertThat(proxy.getAllServeEvents()).hasSize(1);
            assertThat(proxy.getAllServeEvents().get(0).getRequest().getHeader("Host")).isEqualTo("upstream.invalid");
        } finally {
            proxy.stop();
        }
    }
}
