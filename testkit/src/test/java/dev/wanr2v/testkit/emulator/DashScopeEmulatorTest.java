package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashScopeEmulatorTest {
    private static final ManualClock CLOCK = new ManualClock();
    private static final String CREATE = "/api/v1/services/aigc/video-generation/video-synthesis";

    @RegisterExtension
    static final EmulatorExtension DASHSCOPE = EmulatorExtension.of("dashscope",
            EmulatorOptions.defaults().withClock(CLOCK).withApiKey("sk-emulator-test"));

    private static Http client() {
        return Http.to(DASHSCOPE.emulator()).bearer("sk-emulator-test").header("X-DashScope-Async", "enable");
    }

    private static String create(String body) {
        HttpResponse<byte[]> created = client().post(CREATE, body);
        assertThat(created.statusCode()).as(Http.text(created)).isEqualTo(200);
        return Http.json(created).path("output").path("task_id").asText();
    }

    private static JsonNode status(String id) {
        HttpResponse<byte[]> response = client().get("/api/v1/tasks/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    void aTaskThatEndsAtOnceIsStillPendingInTheCreateAnswer() {
        DASHSCOPE.emulator().scriptNextTask(StatusScript.immediately(Outcome.succeeded()));
        HttpResponse<byte[]> created = client().post(CREATE, Http.resource("dashscope-003-create.json"));

        JsonNode output = Http.json(created).path("output");
        assertThat(output.path("task_status").asText()).isEqualTo("PENDING");
        assertThat(output.has("video_url")).isFalse();
        assertThat(status(output.path("task_id").asText()).path("output").path("task_status").asText())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void theSeedBodyIsAcceptedAndDecodedToTheNeutralRequest() {
        HttpResponse<byte[]> created = client().post(CREATE, Http.resource("dashscope-003-create.json"));

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(created);
        assertThat(body.path("request_id").asText()).isNotBlank();
        assertThat(body.path("output").path("task_status").asText()).isEqualTo("PENDING");
        String doc = "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/";
        R2vRequest expected = R2vRequest.builder().tier(ModelTier.FLASH)
                .prompt("Character2 sits on a chair by the window, holding character3, and plays a soothing American"
                        + " country folk song next to character4. Character1 says to Character2: \"that sounds great\"")
                .reference(Reference.video(doc + "en-US/20260205/aacgyk/wan-r2v-role1.mp4"))
                .reference(Reference.video(doc + "en-US/20260205/mmizqq/wan-r2v-role2.mp4"))
                .reference(Reference.image(doc + "zh-CN/20260129/qpzxps/wan-r2v-object4.png"))
                .reference(Reference.image(doc + "zh-CN/20260129/wfjikw/wan-r2v-backgroud5.png"))
                .size(VideoSize.P720_LANDSCAPE).duration(10).audio(true).shotType(ShotType.MULTI).watermark(true)
                .build();
        assertThat(DASHSCOPE.emulator().journal().decodedRequests()).containsExactly(expected);
        assertThat(DASHSCOPE.emulator().journal().last(Operation.CREATE).orElseThrow().taskId())
                .contains(body.path("output").path("task_id").asText());
    }

    @Test
    void aTaskLivesThroughTheDefaultScriptOnTheClock() {
        String id = create(Http.resource("dashscope-003-create.json"));

        assertThat(status(id).path("output").path("task_status").asText()).isEqualTo("PENDING");
        CLOCK.advance(Duration.ofMillis(600));
        JsonNode running = status(id).path("output");
        assertThat(running.path("task_status").asText()).isEqualTo("RUNNING");
        assertThat(running.path("scheduled_time").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        CLOCK.advance(Duration.ofSeconds(2));
        JsonNode done = status(id);
        assertThat(done.path("output").path("task_status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.path("output").path("video_url").asText())
                .startsWith(DASHSCOPE.emulator().baseUrl() + "/files/" + id + ".mp4?Expires=")
                .contains("&Signature=");
        assertThat(done.path("output").path("end_time").asText()).isNotBlank();
        assertThat(done.path("usage").path("output_video_duration").asInt()).isEqualTo(10);
        assertThat(done.path("usage").path("input_video_duration").asInt()).isEqualTo(8);
        assertThat(done.path("usage").path("SR").asInt()).isEqualTo(720);
        assertThat(done.path("usage").path("ratio").asText()).isEqualTo("16:9");
    }

    @Test
    void aFailedTaskCarriesItsCodeAndMessage() {
        DASHSCOPE.emulator().scriptNextTask(StatusScript.builder().running(0.5, Duration.ofSeconds(1))
                .endsWith(Outcome.failed("InternalError.Algo", "Algorithm failed")));
        String id = create(Http.resource("dashscope-003-create.json"));
        CLOCK.advance(Duration.ofSeconds(2));

        JsonNode output = status(id).path("output");
        assertThat(output.path("task_status").asText()).isEqualTo("FAILED");
        assertThat(output.path("code").asText()).isEqualTo("InternalError.Algo");
        assertThat(output.path("message").asText()).isEqualTo("Algorithm failed");
        assertThat(output.has("video_url")).isFalse();
    }

    @Test
    void anUnrecognizedStatusIsSentAsIs() {
        DASHSCOPE.emulator().scriptNextTask(StatusScript.builder().unrecognized("WARMING_UP", Duration.ofSeconds(5))
                .endsWith(Outcome.succeeded()));
        String id = create(Http.resource("dashscope-003-create.json"));

        assertThat(status(id).path("output").path("task_status").asText()).isEqualTo("WARMING_UP");
    }

    @Test
    void unknownAndExpiredTasksAreUnknown() {
        assertThat(status("no-such-task").path("output").path("task_status").asText()).isEqualTo("UNKNOWN");

        DASHSCOPE.emulator().scriptNextTask(StatusScript.immediately(Outcome.succeeded()));
        String id = create(Http.resource("dashscope-003-create.json"));
        String url = status(id).path("output").path("video_url").asText();
        CLOCK.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(status(id).path("output").path("task_status").asText()).isEqualTo("UNKNOWN");
        assertThat(Http.to(DASHSCOPE.emulator()).get(url).statusCode()).isEqualTo(403);

        DASHSCOPE.emulator().scriptNextTask(StatusScript.immediately(Outcome.expired()));
        assertThat(status(create(Http.resource("dashscope-003-create.json"))).path("output").path("task_status")
                .asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void onlyPendingTasksCanBeCanceled() {
        DASHSCOPE.emulator().scriptNextTask(StatusScript.queuedForever());
        String pending = create(Http.resource("dashscope-003-create.json"));
        HttpResponse<byte[]> canceled = client().post("/api/v1/tasks/" + pending + "/cancel", "");
        assertThat(canceled.statusCode()).isEqualTo(200);
        assertThat(Http.json(canceled).path("request_id").asText()).isNotBlank();
        assertThat(status(pending).path("output").path("task_status").asText()).isEqualTo("CANCELED");

        DASHSCOPE.emulator().scriptNextTask(StatusScript.runningForever(0.3));
        String running = create(Http.resource("dashscope-003-create.json"));
        HttpResponse<byte[]> refused = client().post("/api/v1/tasks/" + running + "/cancel", "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Http.json(refused).path("code").asText()).isEqualTo("UnsupportedOperation");
        assertThat(status(running).path("output").path("task_status").asText()).isEqualTo("RUNNING");
    }

    @Test
    void createNeedsTheAsyncHeaderAndTheKey() {
        Http noAsync = Http.to(DASHSCOPE.emulator()).bearer("sk-emulator-test");
        HttpResponse<byte[]> sync = noAsync.post(CREATE, Http.resource("dashscope-003-create.json"));
        assertThat(sync.statusCode()).isEqualTo(403);
        assertThat(Http.json(sync).path("code").asText()).isEqualTo("AccessDenied");

        Http wrongKey = Http.to(DASHSCOPE.emulator()).bearer("sk-wrong").header("X-DashScope-Async", "enable");
        HttpResponse<byte[]> denied = wrongKey.post(CREATE, Http.resource("dashscope-003-create.json"));
        assertThat(denied.statusCode()).isEqualTo(401);
        assertThat(Http.json(denied).path("code").asText()).isEqualTo("InvalidApiKey");
        assertThat(Http.json(denied).path("request_id").asText()).isNotBlank();
        assertThat(Http.to(DASHSCOPE.emulator()).get("/api/v1/tasks/x").statusCode()).isEqualTo(401);

        assertThat(DASHSCOPE.emulator().createsReceived()).isEqualTo(2);
        assertThat(DASHSCOPE.emulator().tasksCreated()).isZero();
    }

    @Test
    void malformedBodiesAndBrokenRulesAreInvalidParameters() {
        for (String body : new String[] {"", "{", "[]", "{\"model\":\"wan2.6-r2v\",\"input\":{\"prompt\":7}}",
                "{\"model\":\"wan2.6-r2v-turbo\",\"input\":{\"prompt\":\"x\"}}"}) {
            HttpResponse<byte[]> response = client().post(CREATE, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(Http.json(response).path("code").asText()).as(body).isEqualTo("InvalidParameter");
        }
        assertThat(Http.json(client().post(CREATE, "{\"input\":{\"prompt\":\"x\"}}")).path("code").asText())
                .isEqualTo("BadRequest.EmptyModel");
        assertThat(Http.json(client().post(CREATE, "{\"model\":\"wan2.6-r2v\"}")).path("code").asText())
                .isEqualTo("BadRequest.EmptyInput");

        String six = "{\"model\":\"wan2.6-r2v\",\"input\":{\"prompt\":\"six\",\"reference_urls\":["
                + "\"https://e.example/1.png\",\"https://e.example/2.png\",\"https://e.example/3.png\","
                + "\"https://e.example/4.png\",\"https://e.example/5.png\",\"https://e.example/6.png\"]}}";
        HttpResponse<byte[]> tooMany = client().post(CREATE, six);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Http.json(tooMany).path("code").asText()).isEqualTo("InvalidParameter");
        assertThat(DASHSCOPE.emulator().journal().decodedRequests()).singleElement()
                .satisfies(r -> assertThat(r.references()).hasSize(6));
        assertThat(DASHSCOPE.emulator().tasksCreated()).isZero();
    }

    @Test
    void theOlderVideoFieldUnknownFieldsAndMissingParametersAreAccepted() {
        String body = "{\"model\":\"wan2.6-r2v\",\"future_field\":{\"x\":1},\"input\":{\"prompt\":\"hi\","
                + "\"reference_urls\":[\"https://e.example/a.webp\"],"
                + "\"reference_video_urls\":[\"https://e.example/clip\"]}}";
        create(body);

        R2vRequest expected = R2vRequest.builder().tier(ModelTier.STANDARD).prompt("hi")
                .image("https://e.example/a.webp").video("https://e.example/clip").build();
        assertThat(DASHSCOPE.emulator().journal().decodedRequests()).containsExactly(expected);
    }
}
