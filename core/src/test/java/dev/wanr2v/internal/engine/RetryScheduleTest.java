package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The exact retry schedule of repeatable calls, on manual time. */
class RetryScheduleTest extends EngineTestSupport {

    private TaskHandle handle(DefaultR2vClient c) {
        return new TaskHandle("scripted", "t1", wm.baseUrl(), T0);
    }

    private void failThenSucceed(int failures, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder fault) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures; i++) {
            String next = "attempt" + (i + 2);
            wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("s").whenScenarioStateIs(state)
                    .willReturn(fault).willSetStateTo(next));
            state = next;
        }
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("s").whenScenarioStateIs(state)
                .willReturn(okJson("{\"status\":\"RUNNING\",\"progress\":40}")));
    }

    @Test
    void backoffIsCappedExponentialWithFullJitter() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.retryPolicy(
                new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(3), 2.0)));
        failThenSucceed(4, aResponse().withStatus(503));

        TaskSnapshot s = drive(c, time, c.statusAsync(handle(c))).get();

        assertThat(s.status()).isEqualTo(TaskStatus.RUNNING);
        // random 0.5 x ceiling: 1 s, 2 s, 3 s (capped), 3 s
        assertThat(time.delays()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000),
                Duration.ofMillis(1500), Duration.ofMillis(1500));
        wm.verify(5, getRequestedFor(urlEqualTo("/v1/tasks/t1")));
    }

    @Test
    void attemptsAreBounded() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.retryPolicy(
                new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0)));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(aResponse().withStatus(502)));

        var f = drive(c, time, c.statusAsync(handle(c)));

        assertThat(f).isCompletedExceptionally();
        assertThat(time.delays()).hasSize(2);
        wm.verify(3, getRequestedFor(urlEqualTo("/v1/tasks/t1")));
    }

    @Test
    void retryAfterInSecondsIsHonouredExactly() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b);
        failThenSucceed(1, aResponse().withStatus(429).withHeader("Retry-After", "7"));

        drive(c, time, c.statusAsync(handle(c))).get();

        assertThat(time.delays()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plusSeconds(12).atOffset(ZoneOffset.UTC));
        failThenSucceed(1, aResponse().withStatus(503).withHeader("Retry-After", date));

        drive(c, time, c.statusAsync(handle(c))).get();

        assertThat(time.delays()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumDelayEndsTheCallWithIt() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b);
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600").withBody("{\"code\":\"Busy\",\"message\":\"slow down\"}")));

        var f = drive(c, time, c.statusAsync(handle(c)));

        assertThat(time.delays()).isEmpty();
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, f::get);
        assertThat(e.getCause()).isInstanceOf(RateLimitedException.class);
        RateLimitedException r = (RateLimitedException) e.getCause();
        assertThat(r.retryAfter()).contains(Duration.ofHours(1));
        assertThat(r.httpStatus()).hasValue(429);
        assertThat(r.providerCode()).contains("Busy");
        assertThat(r.getMessage()).contains("[scripted]").contains("slow down").contains("3600 s");
    }

    @Test
    void retryEventsReportAttemptDelayAndCause() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b);
        failThenSucceed(2, aResponse().withStatus(500).withBody("{\"code\":\"InternalError\"}"));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("s").whenScenarioStateIs("attempt3")
                .willReturn(okJson("{\"status\":\"SUCCEEDED\",\"url\":\"https://cdn.example.com/v.mp4\"}")));
        var events = new java.util.concurrent.CopyOnWriteArrayList<dev.wanr2v.RetryEvent>();
        var options = dev.wanr2v.AwaitOptions.defaults().withListener(new dev.wanr2v.ProgressListener() {
            @Override
            public void onRetry(dev.wanr2v.RetryEvent event) {
                events.add(event);
            }
        });

        var video = drive(c, time, c.awaitAsync(handle(c), options)).get();

        assertThat(video.url()).isEqualTo("https://cdn.example.com/v.mp4");
        assertThat(events).extracting(dev.wanr2v.RetryEvent::attempt).containsExactly(1, 2);
        assertThat(events).extracting(dev.wanr2v.RetryEvent::delay)
                .containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo(dev.wanr2v.spi.Operation.STATUS);
            assertThat(e.cause().httpStatus()).hasValue(500);
            assertThat(e.handle()).isPresent();
        });
        // the 30 min deadline, the first poll after 2 s, then the two retries
        assertThat(time.delays()).containsExactly(Duration.ofMinutes(30), Duration.ofSeconds(2), Duration.ofMillis(500),
                Duration.ofMillis(1000));
    }
}
