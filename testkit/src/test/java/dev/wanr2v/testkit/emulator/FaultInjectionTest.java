package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.HostileBody;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {
    private static final String CREATE = "/api/v1/services/aigc/video-generation/video-synthesis";
    private static final String BODY = Http.resource("dashscope-003-create.json");

    @RegisterExtension
    static final EmulatorExtension DASHSCOPE = EmulatorExtension.of("dashscope");

    private static Emulator emulator() {
        return DASHSCOPE.emulator();
    }

    private static Http client() {
        return Http.to(emulator()).bearer("sk-x").header("X-DashScope-Async", "enable");
    }

    private static HttpResponse<byte[]> create() {
        return client().post(CREATE, BODY);
    }

    private static int statusCall(String id) {
        return client().get("/api/v1/tasks/" + id).statusCode();
    }

    @Test
    void throttlingAnswersInTheVendorsWordsWithRetryAfterInSeconds() {
        emulator().faults().next(Operation.CREATE, Fault.throttled(Duration.ofSeconds(3)));

        HttpResponse<byte[]> throttled = create();
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("3");
        assertThat(Http.json(throttled).path("code").asText()).isEqualTo("Throttling");
        assertThat(emulator().tasksCreated()).isZero();
        assertThat(create().statusCode()).isEqualTo(200);
        assertThat(emulator().createsReceived()).isEqualTo(2);
        assertThat(emulator().tasksCreated()).isEqualTo(1);
        assertThat(emulator().journal().of(Operation.CREATE).get(0).fault()).containsInstanceOf(Fault.VendorError.class);
    }

    @Test
    void retryAfterCanBeAnHttpDate() {
        Instant when = Instant.parse("2030-05-06T07:08:09Z");
        emulator().faults().next(Operation.STATUS, Fault.status(503).retryAfter(when));

        HttpResponse<byte[]> unavailable = client().get("/api/v1/tasks/any");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        String header = unavailable.headers().firstValue("Retry-After").orElseThrow();
        assertThat(ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).isEqualTo(when);
        assertThat(header).isEqualTo("Mon, 6 May 2030 07:08:09 GMT");
    }

    @Test
    void vendorCodesCanBeChosen() {
        emulator().faults().next(Operation.CREATE, Fault.vendorError(400, "DataInspectionFailed", "Input data may contain inappropriate content."));

        HttpResponse<byte[]> rejected = create();
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(Http.json(rejected).path("code").asText()).isEqualTo("DataInspectionFailed");
        assertThat(Http.json(rejected).path("message").asText()).isEqualTo("Input data may contain inappropriate content.");
    }

    @Test
    void theNthCallFailsOnceAndTimesFailsSeveral() {
        String id = Http.json(create()).path("output").path("task_id").asText();
        emulator().faults().nth(Operation.STATUS, 3, Fault.status(500));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(statusCall(id));
        }
        assertThat(statuses).containsExactly(200, 200, 500, 200);

        emulator().faults().times(Operation.STATUS, 2, Fault.status(502));
        assertThat(List.of(statusCall(id), statusCall(id), statusCall(id))).containsExactly(502, 502, 200);
        assertThat(emulator().faults().pending()).isZero();
    }

    @Test
    void randomFaultsFollowTheirSeed() {
        String id = Http.json(create()).path("output").path("task_id").asText();
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            emulator().faults().clear();
            emulator().faults().randomly(Operation.STATUS, 0.5, 1234L, Fault.status(500));
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                statuses.add(statusCall(id));
            }
            runs.add(statuses);
        }
        assertThat(runs.get(0)).isEqualTo(runs.get(1)).contains(200, 500);
        assertThat(runs.get(0).stream().filter(s -> s == 500).count()).isBetween(5L, 25L);
        assertThat(emulator().faults().pending()).isEqualTo(1);
    }

    @Test
    void aSlowAnswerOutlastsTheClientsTimeoutWhileTheTaskIsCreated() {
        emulator().faults().next(Operation.CREATE, Fault.delay(Duration.ofMillis(1500)));

        Http impatient = client().timeout(Duration.ofMillis(300));
        assertThatThrownBy(() -> impatient.post(CREATE, BODY)).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(emulator().tasksCreated()).isEqualTo(1);
    }

    @Test
    void brokenConnectionsFailTheClientAndCreateNothingUnlessAfterHandling() {
        List<Fault.Network> faults = List.of(Fault.connectionReset(), Fault.emptyResponse(), Fault.malformedChunk(),
                Fault.randomDataThenClose());
        for (Fault.Network fault : faults) {
            emulator().faults().next(Operation.CREATE, fault);
            assertThatThrownBy(FaultInjectionTest::create).as(fault.kind().name())
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        }
        assertThat(emulator().tasksCreated()).isZero();
        assertThat(emulator().journal().of(Operation.CREATE)).extracting(RecordedRequest::status)
                .containsExactly(0, 0, 0, 0);

        emulator().faults().next(Operation.CREATE, Fault.connectionReset().afterHandling());
        assertThatThrownBy(FaultInjectionTest::create).isInstanceOf(UncheckedIOException.class);
        assertThat(emulator().tasksCreated()).isEqualTo(1);
        assertThat(emulator().createsReceived()).isEqualTo(5);
    }

    @Test
    void anErrorAfterHandlingStillCreatesTheTask() {
        emulator().faults().next(Operation.CREATE, Fault.status(500).afterHandling());

        assertThat(create().statusCode()).isEqualTo(500);
        assertThat(emulator().tasksCreated()).isEqualTo(1);
    }

    @Test
    void theRealAnswerCanComeWithTheWrongContentTypeOrCutShort() {
        String id = Http.json(create()).path("output").path("task_id").asText();

        emulator().faults().next(Operation.STATUS, Fault.wrongContentType());
        HttpResponse<byte[]> html = client().get("/api/v1/tasks/" + id);
        assertThat(html.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(Http.json(html).path("output").path("task_id").asText()).isEqualTo(id);

        emulator().faults().next(Operation.STATUS, Fault.truncatedBody());
        HttpResponse<byte[]> cut = client().get("/api/v1/tasks/" + id);
        assertThat(cut.statusCode()).isEqualTo(200);
        String whole = Http.text(client().get("/api/v1/tasks/" + id));
        assertThat(cut.body().length).isLessThan(whole.getBytes(StandardCharsets.UTF_8).length);
        assertThatThrownBy(() -> Http.JSON.readTree(cut.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void anyBodyCanBeServedInPlaceOfTheAnswer() {
        HostileBody html = new HostileBody(HostileBody.Kind.HTML_ERROR_PAGE, "text/html",
                "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8));
        emulator().faults().next(Operation.STATUS, Fault.body(html));

        HttpResponse<byte[]> served = client().get("/api/v1/tasks/x");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("text/html");
        assertThat(Http.text(served)).isEqualTo("<html><body>502 Bad Gateway</body></html>");

        emulator().faults().next(Operation.STATUS, Fault.reply(200, "", new byte[0]));
        HttpResponse<byte[]> empty = client().get("/api/v1/tasks/x");
        assertThat(empty.body()).isEmpty();
        assertThat(empty.headers().firstValue("Content-Type")).isEmpty();
    }

    @Test
    void downloadsCanFailToo() {
        emulator().scriptNextTask(StatusScript.immediately(Outcome.succeeded()));
        String id = Http.json(create()).path("output").path("task_id").asText();
        String url = Http.json(client().get("/api/v1/tasks/" + id)).path("output").path("video_url").asText();

        emulator().faults().next(Operation.DOWNLOAD, Fault.status(500));
        assertThat(Http.to(emulator()).get(url).statusCode()).isEqualTo(500);
        assertThat(Http.to(emulator()).get(url).statusCode()).isEqualTo(200);
    }

    @Test
    void faultsOnOtherOperationsLeaveACallAlone() {
        emulator().faults().always(Operation.CANCEL, Fault.status(500));

        HttpResponse<byte[]> created = create();
        assertThat(created.statusCode()).isEqualTo(200);
        String id = Http.json(created).path("output").path("task_id").asText();
        assertThat(statusCall(id)).isEqualTo(200);
        assertThat(client().post("/api/v1/tasks/" + id + "/cancel", "").statusCode()).isEqualTo(500);
        assertThat(client().post("/api/v1/tasks/" + id + "/cancel", "").statusCode()).isEqualTo(500);
        assertThat(emulator().faults().pending()).isEqualTo(1);
        emulator().faults().clear();
        assertThat(client().post("/api/v1/tasks/" + id + "/cancel", "").statusCode()).isEqualTo(200);
        assertThat(emulator().faults().pending()).isZero();
    }
}
