package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wanr2v.AuthenticationException;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.R2v;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.observation.CallObservation;
import dev.wanr2v.observation.CallStart;
import dev.wanr2v.observation.R2vObserver;
import dev.wanr2v.observation.TaskObservation;
import dev.wanr2v.observation.TaskStart;
import dev.wanr2v.testing.ScriptedProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an observer hears: every task from submit to its end, every exchange as its child, in order. */
class ObserverTest extends EngineTestSupport {
    private static final String DONE = "{\"status\":\"SUCCEEDED\",\"url\":\"https://cdn.example.com/v.mp4?sig=s3cret\"}";

    private final RecordingObserver rec = new RecordingObserver();

    private DefaultR2vClient observed() {
        return client(b -> b.observer(rec));
    }

    private DefaultR2vClient observed(UnaryOperator<R2v.Builder> more) {
        return client(b -> more.apply(b.observer(rec)));
    }

    private void statuses(String id, String... bodies) {
        String state = Scenario.STARTED;
        for (int i = 0; i < bodies.length; i++) {
            String next = i == bodies.length - 1 ? state : "s" + (i + 1);
            wm.stubFor(get(urlEqualTo("/v1/tasks/" + id)).inScenario(id).whenScenarioStateIs(state)
                    .willReturn(okJson(bodies[i])).willSetStateTo(next));
            state = next;
        }
    }

    private TaskHandle handle(String id) {
        return new TaskHandle("scripted", id, wm.baseUrl(), T0);
    }

    @Test
    void aTaskIsOneObservationFromSubmitToItsEndAndItsCallsAreItsChildren() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t1\"}")));
        statuses("t1", "{\"status\":\"RUNNING\"}", DONE);

        observed().generate(request());

        assertThat(rec.events).containsExactly("task1 started submit model scripted-flash",
                "CREATE#1 of task1 model scripted-flash", "CREATE#1 ended 200 none model scripted-flash",
                "task1 submitted t1",
                "STATUS#1 of task1 model scripted-flash", "STATUS#1 ended 200 none model scripted-flash",
                "task1 status RUNNING",
                "STATUS#1 of task1 model scripted-flash", "STATUS#1 ended 200 none model scripted-flash",
                "task1 status SUCCEEDED", "task1 ended succeeded model scripted-flash");
        assertThat(rec.ends.get(0).snapshot()).get().extracting(s -> s.videoUrl().orElseThrow()).asString()
                .endsWith("sig=s3cret");
    }

    @Test
    void everyAttemptIsAnExchangeOfItsOwnAndTheTaskHearsTheRetry() {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("x-request-id", "req-503")).willSetStateTo("up"));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("r").whenScenarioStateIs("up").willReturn(okJson(DONE)));

        observed().await(handle("t1"));

        assertThat(rec.events).containsExactly("task1 started resumed t1 model ?", "STATUS#1 of task1 model ?",
                "STATUS#1 ended 503 provider_error request req-503", "task1 retrying STATUS#1",
                "STATUS#2 of task1 model ?", "STATUS#2 ended 200 none", "task1 status SUCCEEDED",
                "task1 ended succeeded model ?");
    }

    @Test
    void aThrottledCreateIsSeenAsThrottledExchangesAndItsWaitsForBudget() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.observer(rec));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).inScenario("c").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("again"));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).inScenario("c").whenScenarioStateIs("again")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).inScenario("c").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"t1\"}")));

        drive(c, time, c.submitAsync(request())).get();

        assertThat(rec.events).containsExactly("task1 started submit model scripted-flash",
                "CREATE#1 of task1 model scripted-flash", "CREATE#1 ended 429 rate_limited model scripted-flash",
                "task1 retrying CREATE#1", "wait CREATE for CREATE of task1",
                "wait CREATE for CREATE ended granted after 1100 ms",
                "CREATE#2 of task1 model scripted-flash", "CREATE#2 ended 429 rate_limited model scripted-flash",
                "task1 retrying CREATE#1", "wait CREATE for CREATE of task1",
                "wait CREATE for CREATE ended granted after 3000 ms",
                "CREATE#3 of task1 model scripted-flash", "CREATE#3 ended 200 none model scripted-flash",
                "task1 submitted t1");
    }

    @Test
    void aCreateThrottledPastItsDeadlineGivesUpItsWaitAndFailsItsTask() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.observer(rec).submitTimeout(Duration.ofSeconds(20)));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withStatus(429)));

        drive(c, time, c.submitAsync(request()).exceptionally(e -> null));

        assertThat(rec.of("wait")).last().asString().startsWith("wait CREATE for CREATE ended given up after ");
        assertThat(rec.events).last().isEqualTo("task1 ended failed rate_limited model scripted-flash");
        assertThat(rec.of("wait")).filteredOn(e -> e.contains("ended")).hasSize(rec.of("wait").size() / 2);
    }

    @Test
    void aResumedTaskLearnsItsModelFromAStatusAnswerThatNamesIt() {
        statuses("t1", "{\"status\":\"RUNNING\",\"model\":\"wan-x\"}", DONE);

        observed().await(handle("t1"));

        assertThat(rec.events).containsExactly("task1 started resumed t1 model ?", "STATUS#1 of task1 model ?",
                "STATUS#1 ended 200 none model wan-x", "task1 status RUNNING", "STATUS#1 of task1 model wan-x",
                "STATUS#1 ended 200 none model wan-x", "task1 status SUCCEEDED", "task1 ended succeeded model wan-x");
    }

    @Test
    void aTaskEndsFailedCanceledOrExpiredAsTheVendorSays() {
        statuses("tf", "{\"status\":\"FAILED\",\"failure\":\"Boom\",\"message\":\"no\"}");
        statuses("tc", "{\"status\":\"CANCELED\"}");
        wm.stubFor(get(urlEqualTo("/v1/tasks/te")).willReturn(aResponse().withStatus(404)));
        DefaultR2vClient c = observed();

        for (String id : new String[] {"tf", "tc", "te"}) {
            assertThatThrownBy(() -> c.await(handle(id))).isInstanceOf(dev.wanr2v.TaskException.class);
        }

        assertThat(rec.of("task")).filteredOn(e -> e.contains("ended")).containsExactly(
                "task1 ended failed task_failed model ?", "task2 ended canceled task_canceled model ?",
                "task3 ended expired task_expired model ?");
    }

    @Test
    void aWaitPastItsDeadlineEndsTimedOutAndAnotherWaitIsAResumedTask() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.observer(rec));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\"}")));
        AwaitOptions minute = AwaitOptions.defaults().withTimeout(Duration.ofMinutes(1));

        drive(c, time, c.awaitAsync(handle("t1"), minute).exceptionally(e -> null));
        drive(c, time, c.awaitAsync(handle("t1"), minute).exceptionally(e -> null));

        assertThat(rec.of("task")).containsExactly("task1 started resumed t1 model ?", "task1 status RUNNING",
                "task1 ended timed_out await_timeout model ?", "task2 started resumed t1 model ?",
                "task2 status RUNNING", "task2 ended timed_out await_timeout model ?");
        assertThat(rec.of("STATUS")).hasSizeGreaterThan(8);
    }

    @Test
    void aCanceledWaitAndATaskNobodyWaitedForAreAbandoned() throws Exception {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t1\"}")));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t2")).willReturn(okJson("{\"status\":\"QUEUED\"}")));
        DefaultR2vClient c = observed();
        c.submit(request());
        var wait = c.awaitAsync(handle("t2"), AwaitOptions.defaults());
        eventually(() -> rec.events.contains("task2 status QUEUED"));

        wait.cancel(true);
        c.close();

        assertThat(rec.of("task")).filteredOn(e -> e.contains("ended")).containsExactly(
                "task2 ended abandoned interrupted model ?", "task1 ended abandoned model scripted-flash");
    }

    @Test
    void aCreateAnsweredWhileTheClientClosesIsSubmittedThenAbandoned() throws Exception {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t1\"}").withFixedDelay(400)));
        DefaultR2vClient c = observed();
        var submit = c.submitAsync(request());
        eventually(() -> !wm.getAllServeEvents().isEmpty());

        c.close();

        assertThat(submit).isCompleted();
        assertThat(rec.of("task")).containsExactly("task1 started submit model scripted-flash",
                "task1 submitted t1", "task1 ended abandoned model scripted-flash");
    }

    @Test
    void aFailedSubmitEndsItsTaskWithTheCategoryAndNothingIsSubmitted() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> observed().submit(request())).isInstanceOf(AuthenticationException.class);

        assertThat(rec.events).containsExactly("task1 started submit model scripted-flash",
                "CREATE#1 of task1 model scripted-flash", "CREATE#1 ended 401 authentication model scripted-flash",
                "task1 ended failed authentication model scripted-flash");
    }

    @Test
    void statusAndCancelCallsOfASubmittedTaskAreItsChildrenAndAStatusCallMaySeeItsEnd() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t1\"}")));
        wm.stubFor(post(urlEqualTo("/v1/tasks/t1/cancel")).willReturn(okJson("{}")));
        statuses("t1", "{\"status\":\"QUEUED\"}", "{\"status\":\"CANCELED\"}");
        DefaultR2vClient c = observed();
        TaskHandle t1 = c.submit(request());

        c.status(t1);
        c.cancel(t1);
        c.status(t1);
        c.status(t1);

        assertThat(rec.events).containsSubsequence("STATUS#1 of task1 model scripted-flash",
                "CANCEL#1 of task1 model scripted-flash", "CANCEL#1 ended 200 none model scripted-flash",
                "STATUS#1 of task1 model scripted-flash", "task1 ended canceled task_canceled model scripted-flash",
                "STATUS#1 of - model ?");
        assertThat(rec.of("task1 ended")).hasSize(1);
    }

    @Test
    void costEstimatesAndDownloadsAreExchangesOfNoTask(@TempDir Path dir) {
        wm.stubFor(post(urlEqualTo("/v1/estimate")).willReturn(okJson("{\"cost\":\"0.25\"}")));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"SUCCEEDED\",\"url\":\""
                + wm.baseUrl() + "/files/v.mp4?sig=s3cret\"}")));
        wm.stubFor(get(urlEqualTo("/files/v.mp4?sig=s3cret")).willReturn(aResponse().withBody(new byte[1000])));
        DefaultR2vClient c = observed();

        c.estimateCost(request());
        c.await(handle("t1")).download(dir.resolve("v.mp4"));

        assertThat(rec.events).containsSubsequence("COST_ESTIMATE#1 of - model scripted-flash",
                "COST_ESTIMATE#1 ended 200 none model scripted-flash", "task1 ended succeeded model ?",
                "DOWNLOAD#1 of - model ?", "DOWNLOAD#1 ended 200 none");
        assertThat(rec.calls).filteredOn(s -> s.operation() == dev.wanr2v.spi.Operation.DOWNLOAD)
                .singleElement().extracting(s -> s.handle().orElseThrow().taskId()).isEqualTo("t1");
    }

    @Test
    void anObserverThatThrowsBreaksNothing() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t1\"}")));
        statuses("t1", DONE);
        R2vObserver throwing = new R2vObserver() {
            @Override
            public TaskObservation taskStarted(TaskStart start) {
                return end -> {
                    throw new IllegalStateException("observer bug");
                };
            }

            @Override
            public CallObservation callStarted(CallStart start) {
                throw new IllegalStateException("observer bug");
            }
        };

        assertThat(client(b -> b.observer(throwing)).generate(request()).url()).endsWith("sig=s3cret");
    }

    @Test
    void withoutAnObserverTheProviderIsNeverAskedForAModel() {
        ScriptedProvider provider = new ScriptedProvider();
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t1\"}")));
        statuses("t1", DONE);

        client(b -> b.provider(provider)).generate(request());
        assertThat(provider.lastCodec().modelAsks()).isZero();

        client(b -> b.provider(provider).observer(rec)).generate(request());
        assertThat(provider.lastCodec().modelAsks()).isEqualTo(1);
    }
}
