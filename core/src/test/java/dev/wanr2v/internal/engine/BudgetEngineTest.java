package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wanr2v.AccountBudget;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.AwaitTimeoutException;
import dev.wanr2v.BudgetKind;
import dev.wanr2v.BudgetWait;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskHandle;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Calls through the account's budget: creates queued instead of failed, billing rules kept, waits, sharing. */
class BudgetEngineTest extends EngineTestSupport {

    private void createAnswers(int throttled, ResponseDefinitionBuilder then) {
        String state = Scenario.STARTED;
        for (int i = 0; i < throttled; i++) {
            String next = "after" + (i + 1);
            wm.stubFor(post(urlEqualTo("/v1/tasks")).inScenario("c").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(429)).willSetStateTo(next));
            state = next;
        }
        wm.stubFor(post(urlEqualTo("/v1/tasks")).inScenario("c").whenScenarioStateIs(state).willReturn(then));
    }

    private static Throwable failure(CompletableFuture<?> f) throws InterruptedException {
        try {
            f.get();
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    void aThrottledCreateWaitsForBudgetInsteadOfFailingAfterAFewAttempts() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b);
        createAnswers(9, okJson("{\"id\":\"t-9\"}"));

        TaskHandle handle = drive(c, time, c.submitAsync(request())).get();

        assertThat(handle.taskId()).isEqualTo("t-9");
        wm.verify(10, postRequestedFor(urlEqualTo("/v1/tasks")));
        assertThat(c.budgetStats().throttled()).isEqualTo(9);
        assertThat(c.budgetStats().createRate()).isLessThan(2);
    }

    @Test
    void aCreateThrottledUntilItsDeadlineFailsTypedAndNamesWhatToRaise() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.submitTimeout(Duration.ofSeconds(20)));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withStatus(429)));

        Throwable e = failure(drive(c, time, c.submitAsync(request())));

        assertThat(e).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("[scripted] the vendor throttled the create until its submit deadline")
                .hasMessageContaining("it was not created").hasMessageContaining("submitTimeout");
        assertThat(time.now()).isAfterOrEqualTo(T0.plusSeconds(20));
        assertThat(wm.countRequestsMatching(postRequestedFor(urlEqualTo("/v1/tasks")).build()).getCount())
                .isGreaterThan(4);
    }

    @Test
    void aRetryAfterPastTheSubmitDeadlineFailsAtOnce() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.submitTimeout(Duration.ofMinutes(1)));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));

        Throwable e = failure(drive(c, time, c.submitAsync(request())));

        assertThat(e).isInstanceOf(RateLimitedException.class).hasMessageContaining("asked to wait 10 min (Retry-After),"
                + " past the create's submit deadline (60 s left)");
        assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofMinutes(10));
        assertThat(time.now()).isEqualTo(T0);
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void anAmbiguousCreateAfterAThrottleIsStillNeverSentAgain() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b);
        createAnswers(2, aResponse().withStatus(500));

        Throwable e = failure(drive(c, time, c.submitAsync(request())));

        assertThat(e).isInstanceOf(SubmitOutcomeUnknownException.class);
        wm.verify(3, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void createsWaitingForBudgetAreHeardAndSentAtThePace() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.createRate(1));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t\",\"status\":\"QUEUED\"}")));
        wm.stubFor(get(urlPathMatching("/v1/tasks/.*")).willReturn(
                okJson("{\"status\":\"SUCCEEDED\",\"url\":\"https://cdn.example.com/v.mp4\"}")));
        List<BudgetWait> heard = new CopyOnWriteArrayList<>();
        AwaitOptions options = AwaitOptions.defaults().withListener(new ProgressListener() {
            @Override
            public void onBudgetWait(BudgetWait wait) {
                heard.add(wait);
            }
        });

        CompletableFuture<?> all = CompletableFuture.allOf(c.generateAsync(request(), options),
                c.generateAsync(request(), options), c.generateAsync(request(), options));
        drive(c, time, all).get();

        assertThat(heard).filteredOn(w -> w.kind() == BudgetKind.CREATE).hasSize(2)
                .extracting(BudgetWait::ahead).containsExactlyInAnyOrder(0, 1);
        assertThat(c.budgetStats().creates()).isEqualTo(3);
        assertThat(c.budgetStats().waits()).isGreaterThanOrEqualTo(2);
        // one create every 1.1 s: the second waited 1.1 s, the third 2.2 s
        assertThat(c.budgetStats().waited()).isGreaterThanOrEqualTo(Duration.ofMillis(1100 + 2200));
    }

    @Test
    void aWaitKeepsItsDeadlineWhileItsPollWaitsForTheQueryBudget() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.queryRate(0.01));
        wm.stubFor(get(urlPathMatching("/v1/tasks/.*")).willReturn(okJson("{\"status\":\"RUNNING\"}")));
        TaskHandle handle = new TaskHandle("scripted", "t1", wm.baseUrl(), T0);

        Throwable e = failure(drive(c, time, c.awaitAsync(handle, AwaitOptions.defaults()
                .withTimeout(Duration.ofSeconds(30)))));

        assertThat(e).isInstanceOf(AwaitTimeoutException.class);
        assertThat(time.now()).isEqualTo(T0.plusSeconds(30));
        wm.verify(1, getRequestedFor(urlEqualTo("/v1/tasks/t1")));
        assertThat(c.budgetStats().waitingQueries()).isZero();
    }

    @Test
    void closingEndsCreatesWaitingForBudgetAtOnceAndSendsNothingMore() throws Exception {
        DefaultR2vClient c = client(b -> b.createRate(0.01));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t-1\"}")));
        assertThat(c.submit(request()).taskId()).isEqualTo("t-1");
        CompletableFuture<TaskHandle> second = c.submitAsync(request());
        CompletableFuture<TaskHandle> third = c.submitAsync(request());
        eventually(() -> c.budgetStats().waitingCreates() == 2);

        c.close();

        assertThat(failure(second)).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("the client was closed while the create waited")
                .hasMessageContaining("nothing was created and it is safe to submit it again");
        assertThat(failure(third)).isInstanceOf(RateLimitedException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void switchedOffCallsGoOutAtOnceAndAreStillCounted() throws Exception {
        ManualScheduler time = new ManualScheduler(T0);
        DefaultR2vClient c = manualClient(time, b -> b.budgets(false).createRate(0.001));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t-1\"}")));

        CompletableFuture<?> all = CompletableFuture.allOf(c.submitAsync(request()), c.submitAsync(request()),
                c.submitAsync(request()));
        drive(c, time, all).get();

        assertThat(time.now()).isEqualTo(T0);
        assertThat(c.budgetStats().enabled()).isFalse();
        assertThat(c.budgetStats().creates()).isEqualTo(3);
        assertThat(c.budgetStats().waits()).isZero();
    }

    @Test
    void clientsOfOneAccountShareOneBudget() {
        wm.stubFor(get(urlPathMatching("/v1/tasks/.*")).willReturn(okJson("{\"status\":\"RUNNING\"}")));
        TaskHandle handle = new TaskHandle("scripted", "t1", wm.baseUrl(), T0);
        DefaultR2vClient a = client();
        DefaultR2vClient sameKey = client();
        DefaultR2vClient otherKey = client(b -> b.apiKey("sk-other-0000000000"));
        AccountBudget account = AccountBudget.create();
        DefaultR2vClient keyOne = client(b -> b.apiKey("sk-one-1111111111").budget(account));
        DefaultR2vClient keyTwo = client(b -> b.apiKey("sk-two-2222222222").budget(account));

        a.status(handle);
        keyOne.status(handle);
        keyTwo.status(handle);

        assertThat(sameKey.budgetStats().queries()).isEqualTo(1);
        assertThat(otherKey.budgetStats().queries()).isZero();
        assertThat(account.stats().queries()).isEqualTo(2);
        assertThat(keyOne.budgetStats()).isEqualTo(account.stats());
        keyOne.close();
        keyTwo.close();
        assertThat(account.stats().queries()).as("the counters outlive the budget").isEqualTo(2);
    }
}
