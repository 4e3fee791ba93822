package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.RequestTimeoutException;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.TaskHandle;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The response timeout holds to well under a second, not to the I/O reactor's default one-second tick. */
class ResponseTimeoutTest extends EngineTestSupport {

    @Test
    void aSubSecondResponseTimeoutEndsTheCallOnTime() {
        wm.stubFor(get(urlEqualTo("/v1/tasks/warm")).willReturn(okJson("{\"status\":\"RUNNING\"}")));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\"}").withFixedDelay(2500)));
        client().status(new TaskHandle("scripted", "warm", wm.baseUrl(), T0)); // HTTP classes loaded
        DefaultR2vClient c = client(b -> b.responseTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.NONE));

        long started = System.nanoTime();
        assertThatThrownBy(() -> c.status(new TaskHandle("scripted", "t1", wm.baseUrl(), T0)))
                .isInstanceOf(RequestTimeoutException.class);
        // with the reactor's default one-second tick this took about a second
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(800));
    }
}
