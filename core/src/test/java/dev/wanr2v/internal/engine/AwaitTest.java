package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wanr2v.AwaitInterruptedException;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.AwaitTimeoutException;
import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskCanceledException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AwaitTest extends EngineTestSupport {

    private TaskHandle handle() {
        return new TaskHandle("scripted", "t1", wm.baseUrl(), T0);
    }

    private void statuses(String... bodies) {
        String state = Scenario.STARTED;
        for (int i = 0; i < bodies.length; i++) {
            String next = i == bodies.length - 1 ? state : "s" + (i + 1);
            wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("t").whenScenarioStateIs(state)
                    .willReturn(okJson(bodies[i])).willSetStateTo(next));
            state = next;
        }
    }

    /** Records every event as a line, in order. */
    static final class Recorder implements ProgressListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onSubmitted(TaskHandle handle) {
            events.add("submitted " + handle.taskId());
        }

        @Override
        public void onStatus(TaskHandle handle, TaskSnapshot s) {
            events.add("status " + s.rawStatus() + (s.progress().isPresent()
                    ? " " + Math.round(s.progress().getAsDouble() * 100) : ""));
        }

        @Override
        public void onRetry(dev.wanr2v.RetryEvent e) {
            events.add("retry " + e.operation());
        }

        @Override
        public void onCompleted(GeneratedVideo video) {
            events.add("completed " + video.url());
        }

        @Override
        public void onFailed(R2vException error) {
            events.add("failed " + error.category());
        }
    }

    @Test
    void aWaitFollowsTheTaskToItsVideoWithEventsInOrder() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t1\"}")));
        statuses("{\"status\":\"QUEUED\"}", "{\"status\":\"RUNNING\",\"progress\":10}",
                "{\"status\":\"RUNNING\",\"progress\":10}", "{\"status\":\"RUNNING\",\"progress\":70}",
                "{\"status\":\"RUNNING\",\"progress\":60}",
                "{\"status\":\"SUCCEEDED\",\"progress\":100,\"url\":\"https://cdn.example.com/v.mp4?sig=1\"}");
        Recorder rec = new Recorder();

        GeneratedVideo video = client().generate(request(), AwaitOptions.defaults().withListener(rec));

        assertThat(video.url()).isEqualTo("https://cdn.example.com/v.mp4?sig=1");
        assertThat(video.handle().taskId()).isEqualTo("t1");
        assertThat(rec.events).containsExactly("submitted t1", "status QUEUED", "status RUNNING 10",
                "status RUNNING 70", "status SUCCEEDED 100", "completed https://cdn.example.com/v.mp4?sig=1");
    }

    @Test
    void unknownStatusesCountAsRunningAndKeepTheirRawValue() {
        statuses("{\"status\":\"WARMING_UP\"}", "{\"status\":\"WARMING_UP\"}",
                "{\"status\":\"SUCCEEDED\",\"url\":\"https://cdn.example.com/v.mp4\"}");
        Recorder rec = new Recorder();
        assertThat(client().await(handle(), AwaitOptions.defaults().withListener(rec)).url()).endsWith("v.mp4");
        assertThat(rec.events).startsWith("status WARMING_UP");
        assertThat(client().status(handle()).status()).isEqualTo(TaskStatus.SUCCEEDED);
    }

    @Test
    void theDeadlineEndsAWaitWithTheLastSnapshotAndTheToken() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b);
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\",\"progress\":40}")));

        var f = drive(c, time, c.awaitAsync(handle(), AwaitOptions.defaults().withTimeout(Duration.ofMinutes(2))));

        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, f::get);
        assertThat(e.getCause()).isInstanceOf(AwaitTimeoutException.class);
        AwaitTimeoutException t = (AwaitTimeoutException) e.getCause();
        assertThat(t.handle()).isEqualTo(handle());
        assertThat(t.lastSnapshot()).get().extracting(TaskSnapshot::status).isEqualTo(TaskStatus.RUNNING);
        assertThat(t.lastSnapshot().get().progress()).hasValue(0.4);
        assertThat(t.getMessage()).contains("2 min").contains(handle().toToken()).contains("RUNNING 40%");
        assertThat(time.now()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
        // polls grow 2 s, 3 s, 4.5 s … to the provider's advised 10 s (jitter fixed at 0)
        assertThat(time.delays().subList(0, 6)).containsExactly(Duration.ofMinutes(2), Duration.ofSeconds(2),
                Duration.ofSeconds(3), Duration.ofMillis(4500), Duration.ofMillis(6750), Duration.ofMillis(10000));
        int polls = wm.findAll(getRequestedFor(urlEqualTo("/v1/tasks/t1"))).size();
        assertThat(polls).isBetween(12, 16);
    }

    @Test
    void aWaitNeverAnsweredTimesOutInSecondsWithTheLastFailureAsItsCause() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b);
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        var f = drive(c, time, c.awaitAsync(handle(), AwaitOptions.defaults().withTimeout(Duration.ofSeconds(3))));

        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, f::get);
        assertThat(e.getCause()).isInstanceOf(AwaitTimeoutException.class)
                .hasMessageContaining("within 3 s (never answered)")
                .cause().isInstanceOf(dev.wanr2v.TransportException.class).hasMessageContaining("the connection broke");
    }

    @Test
    void cancelingTheFutureStopsEveryFurtherRequest() throws Exception {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\"}")));
        DefaultR2vClient c = client();
        var f = c.awaitAsync(handle(), AwaitOptions.defaults());
        eventually(() -> wm.findAll(getRequestedFor(urlEqualTo("/v1/tasks/t1"))).size() >= 3);

        int seen = wm.findAll(getRequestedFor(urlEqualTo("/v1/tasks/t1"))).size();
        assertThat(f.cancel(true)).isTrue();
        eventually(() -> c.activeWaits() == 0 && !c.busy());
        Thread.sleep(300); // 15 poll intervals

        // a poll already on the wire at the cancel may reach the server's journal after it; none is sent after
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/tasks/t1"))).size()).isBetween(seen, seen + 1);
        assertThatThrownBy(f::get).isInstanceOf(CancellationException.class);
        wm.verify(0, postRequestedFor(urlEqualTo("/v1/tasks/t1/cancel")));
    }

    @Test
    void cancelingWithRemoteCancelAlsoCancelsTheTaskAtTheVendor() throws Exception {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"QUEUED\"}")));
        wm.stubFor(post(urlEqualTo("/v1/tasks/t1/cancel")).willReturn(okJson("{}")));
        DefaultR2vClient c = client();
        var f = c.awaitAsync(handle(), AwaitOptions.defaults().withCancelRemotelyOnAbort(true));
        eventually(() -> !wm.findAll(getRequestedFor(urlEqualTo("/v1/tasks/t1"))).isEmpty());
        f.cancel(true);
        eventually(() -> wm.findAll(postRequestedFor(urlEqualTo("/v1/tasks/t1/cancel"))).size() == 1);
    }

    @Test
    void interruptingABlockingWaitStopsPollingAndKeepsTheFlag() throws Exception {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\"}")));
        DefaultR2vClient c = client();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                c.await(handle(), AwaitOptions.defaults());
            } catch (RuntimeException e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        eventually(() -> wm.findAll(getRequestedFor(urlEqualTo("/v1/tasks/t1"))).size() >= 2);
        waiter.interrupt();
        waiter.join(5000);

        assertThat(thrown.get()).isInstanceOf(AwaitInterruptedException.class)
                .hasMessageContaining(handle().toToken());
        assertThat(flag.get()).isTrue();
        eventually(() -> c.activeWaits() == 0 && !c.busy());
        int seen = wm.findAll(getRequestedFor(urlEqualTo("/v1/tasks/t1"))).size();
        Thread.sleep(200);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/tasks/t1")))).hasSize(seen);
    }

    @Test
    void terminalFailuresBecomeTheirExceptions() {
        statuses("{\"status\":\"FAILED\",\"failure\":\"Moderation\",\"message\":\"unsafe content\"}");
        assertThatThrownBy(() -> client().await(handle())).isInstanceOf(TaskFailedException.class)
                .hasMessageContaining("content rejected").hasMessageContaining("unsafe content")
                .satisfies(e -> {
                    TaskFailedException f = (TaskFailedException) e;
                    assertThat(f.providerCode()).contains("Moderation");
                    assertThat(f.lastSnapshot().flatMap(TaskSnapshot::failure).get().category())
                            .isEqualTo(ErrorCategory.CONTENT_REJECTED);
                });
        wm.resetAll();
        statuses("{\"status\":\"CANCELED\"}");
        assertThatThrownBy(() -> client().await(handle())).isInstanceOf(TaskCanceledException.class);
        wm.resetAll();
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":\"Gone\"}")));
        assertThatThrownBy(() -> client().await(handle())).isInstanceOf(TaskExpiredException.class);
        assertThat(client().status(handle()).status()).isEqualTo(TaskStatus.EXPIRED);
        wm.resetAll();
        statuses("{\"status\":\"SUCCEEDED\"}");
        assertThatThrownBy(() -> client().await(handle())).hasMessageContaining("no video URL");
    }

    @Test
    void aTaskTheVendorNoLongerKnowsEndsTheWaitWithTheStatusCallsAnswerAsCause() {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("gone").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"status\":\"RUNNING\",\"progress\":40}")).willSetStateTo("gone"));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("gone").whenScenarioStateIs("gone")
                .willReturn(aResponse().withStatus(404).withHeader("x-request-id", "req-9")
                        .withBody("{\"code\":\"Gone\",\"message\":\"no such task\"}")));
        Recorder rec = new Recorder();

        assertThatThrownBy(() -> client().await(handle(), AwaitOptions.defaults().withListener(rec)))
                .isInstanceOfSatisfying(TaskExpiredException.class, e -> {
                    assertThat(e).hasMessage("[scripted] task t1 is unknown to the vendor (the vendor said: no such"
                            + " task): it expired (vendors keep task ids for a limited time) or never existed.");
                    assertThat(e.providerCode()).contains("Gone");
                    assertThat(e.requestId()).contains("req-9");
                    assertThat(e.lastSnapshot()).get().extracting(TaskSnapshot::status).isEqualTo(TaskStatus.RUNNING);
                    assertThat(e.getCause()).isInstanceOf(TaskExpiredException.class)
                            .hasMessageContaining("reading task t1 failed");
                });
        // the listener hears what the vendor said: no EXPIRED status was made up from the error answer
        assertThat(rec.events).containsExactly("status RUNNING 40", "failed TASK_EXPIRED");
    }

    @Test
    void aHandleParsedFromATokenIsAwaitedByAFreshClient() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t1\"}")));
        statuses("{\"status\":\"SUCCEEDED\",\"url\":\"https://cdn.example.com/v.mp4\"}");
        String token = client().submit(request()).toToken();

        DefaultR2vClient fresh = client();
        assertThat(fresh.await(TaskHandle.parse(token)).url()).endsWith("v.mp4");
    }

    @Test
    void aHandleOfAnotherEndpointOrProviderIsRefusedBeforeAnyRequest() {
        TaskHandle elsewhere = new TaskHandle("scripted", "t1", "https://evil.example", T0);
        assertThatThrownBy(() -> client().await(elsewhere)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("https://evil.example").hasMessageContaining(wm.baseUrl());
        TaskHandle other = new TaskHandle("dashscope", "t1", wm.baseUrl(), T0);
        assertThatThrownBy(() -> client().status(other)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("provider 'dashscope'");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void closingTheClientEndsPendingWaits() throws Exception {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\"}")));
        DefaultR2vClient c = client();
        var f = c.awaitAsync(handle(), AwaitOptions.defaults());
        eventually(() -> !wm.findAll(getRequestedFor(urlEqualTo("/v1/tasks/t1"))).isEmpty());
        c.close();
        assertThatThrownBy(() -> f.get(5, java.util.concurrent.TimeUnit.SECONDS))
                .hasCauseInstanceOf(AwaitInterruptedException.class);
        assertThatThrownBy(() -> c.submit(request())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void cancelAndCostEstimateGoThroughTheCodec() {
        wm.stubFor(post(urlEqualTo("/v1/tasks/t1/cancel")).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":\"NotPending\",\"message\":\"task is running\"}")));
        assertThatThrownBy(() -> client().cancel(handle())).isInstanceOf(dev.wanr2v.TaskConflictException.class)
                .hasMessageContaining("task is running");
        wm.stubFor(post(urlEqualTo("/v1/estimate")).willReturn(okJson("{\"cost\":\"0.0065\"}")));
        assertThat(client().estimateCost(request()).amount()).isEqualByComparingTo("0.0065");
        wm.stubFor(post(urlEqualTo("/v1/estimate")).willReturn(okJson("{\"code\":\"Busy\",\"message\":\"x\"}")));
        assertThatThrownBy(() -> client().estimateCost(request()))
                .isInstanceOf(dev.wanr2v.RateLimitedException.class);
    }

    @Test
    void closingLetsACreateInFlightFinishSoItsTaskIsNotLost() throws Exception {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t-late\"}").withFixedDelay(600)));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\"}").withFixedDelay(600)));
        DefaultR2vClient c = client();
        var submit = c.submitAsync(request());
        var status = c.statusAsync(handle());
        eventually(() -> wm.getAllServeEvents().size() == 2 || c.busy());
        c.close();
        assertThat(submit.get(5, java.util.concurrent.TimeUnit.SECONDS).taskId()).isEqualTo("t-late");
        assertThat(status).isDone();
        if (status.isCompletedExceptionally()) {
            assertThatThrownBy(status::get).hasCauseInstanceOf(dev.wanr2v.TransportException.class)
                    .hasMessageContaining("closed");
        }
        assertThat(dev.wanr2v.internal.engine.Diagnostics.of(c).inFlight()).isZero();
    }
}
