package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.example.AcmeProtocol;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Account limits on call rates, on a manual clock: the vendor's 429, nothing created, shared by every key. */
class AccountLimitsTest {
    private static final String CREATE = "/api/v1/services/aigc/video-generation/video-synthesis";
    private static final String BODY = Http.resource("dashscope-003-create.json");

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualClock clock = new ManualClock(START);

    private Emulator dashscope(AccountLimits limits) {
        return Emulators.start("dashscope", EmulatorOptions.defaults().withClock(clock).withAccountLimits(limits));
    }

    private static Http client(Emulator emulator, String key) {
        return Http.to(emulator).bearer(key).header("X-DashScope-Async", "enable");
    }

    private static HttpResponse<byte[]> create(Emulator emulator) {
        return client(emulator, "sk-a").post(CREATE, BODY);
    }

    private static void assertRateQuota(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(429);
        JsonNode body = Http.json(response);
        assertThat(body.path("code").asText()).isEqualTo("Throttling.RateQuota");
        assertThat(body.path("message").asText()).isEqualTo("Requests rate limit exceeded, please try again later.");
        assertThat(body.path("request_id").asText()).isNotBlank();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
    }

    @Test
    void dashScopeDocumentsFiveCreatesTwentyQueriesAndFiveRunningTasks() {
        assertThat(Emulators.documentedLimits("dashscope")).isEqualTo(new AccountLimits(5, 20, 5,
                AccountLimits.UNLIMITED));
        assertThat(Emulators.documentedLimits("uniall").isNone()).isTrue();
        assertThat(Emulators.documentedLimits("wan26api").isNone()).isTrue();
        assertThat(Emulators.documentedLimits("acme")).as("the example vendor documents its own")
                .isEqualTo(AccountLimits.of(10, 40, 4));
        assertThat(Emulators.documentedLimits("dashscope"))
                .hasToString("5 creates/s, 20 queries/s, 5 running (the rest queue)");
    }

    @Test
    void theSixthCreateInOneSecondIsThrottledInDashScopesWordsAndCreatesNothing() {
        try (Emulator emulator = dashscope(Emulators.documentedLimits("dashscope"))) {
            StatusScript marked = StatusScript.immediately(Outcome.failed("Marked", "the next accepted create"));
            for (int i = 0; i < 5; i++) {
                assertThat(create(emulator).statusCode()).isEqualTo(200);
            }
            emulator.scriptNextTask(marked);
            clock.advance(Duration.ofMillis(999));

            assertRateQuota(create(emulator));
            assertThat(emulator.tasksCreated()).isEqualTo(5);
            assertThat(emulator.journal().last(Operation.CREATE).orElseThrow().taskId()).isEmpty();

            clock.advance(Duration.ofMillis(1)); // the first five are a full second old: out of the window
            HttpResponse<byte[]> accepted = create(emulator);
            assertThat(accepted.statusCode()).isEqualTo(200);
            String id = Http.json(accepted).path("output").path("task_id").asText();
            clock.advance(Duration.ofSeconds(2)); // the first five end (2.5 s each): it gets a slot and plays
            assertThat(emulator.task(id).orElseThrow().failure()).hasValueSatisfying(f -> assertThat(f.code())
                    .as("the throttled create did not use up the scripted life").isEqualTo("Marked"));
            assertThat(emulator.account().of(Operation.CREATE)).isEqualTo(new AccountActivity.Calls(7, 1, 6));
        }
    }

    @Test
    void statusAndListCallsShareTheQueryRate() {
        try (Emulator emulator = dashscope(Emulators.documentedLimits("dashscope"))) {
            String id = Http.json(create(emulator)).path("output").path("task_id").asText();
            Http http = client(emulator, "sk-a");
            for (int i = 0; i < 19; i++) {
                assertThat(http.get("/api/v1/tasks/" + id).statusCode()).isEqualTo(200);
            }
            assertThat(http.get("/api/v1/tasks?page_size=100").statusCode()).isEqualTo(200);

            assertRateQuota(http.get("/api/v1/tasks?page_size=100"));
            assertRateQuota(http.get("/api/v1/tasks/" + id));
            clock.advance(Duration.ofSeconds(1));
            assertThat(http.get("/api/v1/tasks/" + id).statusCode()).isEqualTo(200);
            AccountActivity.Calls queries = emulator.account().of(Operation.STATUS);
            assertThat(queries.received()).isEqualTo(23);
            assertThat(queries.throttled()).isEqualTo(2);
            assertThat(emulator.account().throttled()).isEqualTo(2);
        }
    }

    @Test
    void everyKeyAndClientOfTheAccountSharesItsLimits() {
        try (Emulator emulator = dashscope(AccountLimits.none().withCreatesPerSecond(3))) {
            assertThat(client(emulator, "sk-a").post(CREATE, BODY).statusCode()).isEqualTo(200);
            assertThat(client(emulator, "sk-b").post(CREATE, BODY).statusCode()).isEqualTo(200);
            assertThat(new Http(emulator.baseUrl()).bearer("sk-c").header("X-DashScope-Async", "enable")
                    .post(CREATE, BODY).statusCode()).isEqualTo(200);

            assertRateQuota(client(emulator, "sk-d").post(CREATE, BODY));
            assertThat(emulator.tasksCreated()).isEqualTo(3);
        }
    }

    @Test
    void callsWithoutTheAccountsKeyAreRefusedAndUseUpNothing() {
        try (Emulator emulator = Emulators.start("dashscope", EmulatorOptions.defaults().withClock(clock)
                .withApiKey("sk-account").withAccountLimits(AccountLimits.none().withCreatesPerSecond(1)))) {
            assertThat(client(emulator, "sk-stranger").post(CREATE, BODY).statusCode()).isEqualTo(401);
            assertThat(client(emulator, "sk-stranger").post(CREATE, BODY).statusCode()).isEqualTo(401);
            assertThat(client(emulator, "sk-account").post(CREATE, BODY).statusCode()).isEqualTo(200);
            assertRateQuota(client(emulator, "sk-account").post(CREATE, BODY));
        }
    }

    @Test
    void uniAllAndWan26ApiAnswerWithTheirOwn429Bodies() {
        EmulatorOptions options = EmulatorOptions.defaults().withClock(clock)
                .withAccountLimits(AccountLimits.none().withQueriesPerSecond(1));
        try (Emulator uniall = Emulators.start("uniall", options);
                Emulator wan26api = Emulators.start("wan26api", options)) {
            Http toUniAll = Http.to(uniall).bearer("k");
            assertThat(toUniAll.get("/v1/videos/task_x").statusCode()).isEqualTo(404);
            HttpResponse<byte[]> uniAllThrottled = toUniAll.get("/v1/videos/task_x");
            assertThat(uniAllThrottled.statusCode()).isEqualTo(429);
            assertThat(Http.json(uniAllThrottled)).isEqualTo(Http.parse("{\"error\":{\"message\":\"Rate limit reached"
                    + " for requests\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}"));

            Http toWan26Api = Http.to(wan26api).bearer("k");
            assertThat(toWan26Api.get("/model/v1/generation/task/x").statusCode()).isEqualTo(404);
            HttpResponse<byte[]> wan26ApiThrottled = toWan26Api.get("/model/v1/generation/task/x");
            assertThat(wan26ApiThrottled.statusCode()).isEqualTo(429);
            assertThat(Http.json(wan26ApiThrottled))
                    .isEqualTo(Http.parse("{\"error\":{\"code\":\"429\",\"message\":\"Rate limit exceeded\"}}"));
        }
    }

    @Test
    void aThirdPartysProtocolIsLimitedTheSameWay() {
        try (Emulator acme = Emulators.start(new AcmeProtocol(), EmulatorOptions.defaults().withClock(clock)
                .withAccountLimits(AccountLimits.none().withQueriesPerSecond(2)))) {
            Http http = Http.to(acme).bearer("k");
            assertThat(http.get("/v2/clips/c1").statusCode()).isEqualTo(404);
            assertThat(http.get("/v2/clips/c1").statusCode()).isEqualTo(404);
            HttpResponse<byte[]> throttled = http.get("/v2/clips/c1");

            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(Http.json(throttled).path("error").path("code").asText()).isEqualTo("slow_down");
        }
    }

    @Test
    void limitsAreOffByDefaultButCallsAreStillCounted() {
        assertThat(EmulatorOptions.defaults().accountLimits().isNone()).isTrue();
        try (Emulator emulator = Emulators.start("dashscope", EmulatorOptions.defaults().withClock(clock))) {
            for (int i = 0; i < 12; i++) {
                assertThat(create(emulator).statusCode()).isEqualTo(200);
            }
            clock.advance(Duration.ofMillis(500));
            for (int i = 0; i < 30; i++) {
                assertThat(client(emulator, "sk-a").get("/api/v1/tasks/t" + i).statusCode()).isEqualTo(200);
            }

            AccountActivity account = emulator.account();
            assertThat(account.limits().isNone()).isTrue();
            assertThat(account.throttled()).isZero();
            assertThat(account.of(Operation.CREATE)).isEqualTo(new AccountActivity.Calls(12, 0, 12));
            assertThat(account.of(Operation.STATUS)).isEqualTo(new AccountActivity.Calls(30, 0, 30));
            assertThat(account.running()).as("no slot limit: every task runs its script at once").isEqualTo(12);
            assertThat(account.queued()).isZero();
            assertThat(emulator.tasksCreated()).isEqualTo(12);
        }
    }

    @Test
    void theBusiestSecondSlidesOverTheCallsReceived() {
        try (Emulator emulator = dashscope(AccountLimits.none().withQueriesPerSecond(4))) {
            Http http = client(emulator, "sk-a");
            for (int at : new int[] {0, 0, 0, 600, 600, 600, 1300, 1300}) { // clock offsets in ms
                clock.set(START.plusMillis(at));
                http.get("/api/v1/tasks/t");
            }

            AccountActivity.Calls queries = emulator.account().of(Operation.STATUS);
            assertThat(queries.busiestSecond()).as("(0.3 s, 1.3 s] holds 3 + 2, [0, 0.6] holds 6").isEqualTo(6);
            assertThat(queries.throttled()).as("4/s: two of the three calls at 0.6 s; at 1.3 s only one call of"
                    + " the last second was accepted").isEqualTo(2);
        }
    }

    @Test
    void resetForgetsTheCounters() {
        try (Emulator emulator = dashscope(AccountLimits.none().withCreatesPerSecond(1))) {
            create(emulator);
            assertRateQuota(create(emulator));
            emulator.reset();

            assertThat(emulator.account().received()).isZero();
            assertThat(create(emulator).statusCode()).as("the window is forgotten too").isEqualTo(200);
        }
    }

    @Test
    void limitsAreAtLeastOne() {
        assertThatThrownBy(() -> AccountLimits.of(0, 20, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("creates/s 0").hasMessageContaining("UNLIMITED");
        assertThatThrownBy(() -> AccountLimits.none().withQueuedTasks(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AccountLimits.none().withQueuedTasks(0).queuedTasks()).isZero();
    }
}
