package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.uniall.UniAllProtocol;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UniAllEmulatorTest {
    private static final ManualClock CLOCK = new ManualClock();

    @RegisterExtension
    final EmulatorExtension uniall = EmulatorExtension.of("uniall", EmulatorOptions.defaults().withClock(CLOCK));

    private Http client() {
        return Http.to(uniall.emulator()).bearer("sk-any");
    }

    private JsonNode create(String body) {
        HttpResponse<byte[]> created = client().post("/v1/video/generations", body);
        assertThat(created.statusCode()).as(Http.text(created)).isEqualTo(200);
        return Http.json(created);
    }

    private JsonNode status(String id) {
        HttpResponse<byte[]> response = client().get("/v1/videos/" + id);
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    void theSeedExamplesAreAcceptedAndDecoded() {
        create(Http.resource("uniall-000-example1-videoreference.json"));
        create(Http.resource("uniall-000-example2-reference.json"));
        create(Http.resource("uniall-002-create.json"));

        R2vRequest videoReference = R2vRequest.builder().tier(ModelTier.FLASH).audio(true)
                .prompt(" subject and style, generate a newcamera. ")
                .video("https://example.com/reference-shot-1.mp4").size(VideoSize.P720_LANDSCAPE).duration(5)
                .negativePrompt("watermark, blur, flicker")
                .audioGuide(MediaSource.url("https://example.com/guide-audio.mp3")).shotType(ShotType.SINGLE)
                .promptExtend(false).build();
        R2vRequest imageReference = R2vRequest.builder().tier(ModelTier.FLASH).audio(false)
                .prompt(" andstyle, generate a video. ").image("https://example.com/ref-1.png")
                .image("https://example.com/ref-2.png").size(VideoSize.P1080_LANDSCAPE).duration(10)
                .negativePrompt("watermark, blur").shotType(ShotType.MULTI).promptExtend(true).seed(42L).build();
        R2vRequest generic = R2vRequest.builder().tier(ModelTier.STANDARD).prompt(" ").duration(5)
                .size(VideoSize.P1080_PORTRAIT).negativePrompt("do not blur, do not ").shotType(ShotType.MULTI).build();
        assertThat(uniall.emulator().journal().decodedRequests()).containsExactly(videoReference, imageReference, generic);
    }

    @Test
    void theCreateAnswerHasTheDocumentedShape() {
        JsonNode documented = Http.parse(Http.resource("uniall-002-create-response.json"));
        JsonNode job = create(Http.resource("uniall-002-create.json"));

        Iterator<String> names = documented.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            assertThat(job.has(name)).as(name).isTrue();
            assertThat(job.get(name).getNodeType()).as(name).isEqualTo(documented.get(name).getNodeType());
        }
        assertThat(job.path("id").asText()).startsWith("task_").isEqualTo(job.path("task_id").asText());
        assertThat(job.path("object").asText()).isEqualTo("video.generation.job");
        assertThat(job.path("model").asText()).isEqualTo("wan2.6-video-1080p");
        assertThat(job.path("created_at").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());
    }

    @Test
    void aTaskGoesFromQueuedToCompletedWithProgressInPercent() {
        String id = create(Http.resource("uniall-000-example2-reference.json")).path("id").asText();
        assertThat(status(id).path("status").asText()).isEqualTo("queued");
        assertThat(status(id).path("raw_status").asText()).isEqualTo("PENDING");

        CLOCK.advance(Duration.ofMillis(1100));
        JsonNode running = status(id);
        assertThat(running.path("status").asText()).isEqualTo("in_progress");
        assertThat(running.path("progress").asInt()).isEqualTo(35);
        assertThat(running.path("raw_status").asText()).isEqualTo("RUNNING");

        CLOCK.advance(Duration.ofSeconds(2));
        JsonNode done = status(id);
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("progress").asInt()).isEqualTo(100);
        assertThat(done.path("video_url").asText()).contains("/files/" + id + ".mp4?Expires=");
        assertThat(done.path("result").path("video_url").asText()).isEqualTo(done.path("video_url").asText());
        assertThat(done.path("result").path("outputs").get(0).asText()).isEqualTo(done.path("video_url").asText());
        assertThat(done.path("error").isNull()).isTrue();
    }

    @Test
    void aTaskThatEndsAtOnceIsStillInProgressInTheCreateAnswer() {
        for (Outcome outcome : List.of(Outcome.succeeded(), Outcome.failed("generation_failed", "no"), Outcome.expired())) {
            uniall.emulator().scriptNextTask(StatusScript.immediately(outcome));
            JsonNode created = create(Http.resource("uniall-000-example2-reference.json"));

            assertThat(created.path("status").asText()).as("%s", outcome).isEqualTo("in_progress");
            assertThat(created.path("progress").asInt()).as("%s", outcome).isZero();
        }
    }

    @Test
    void theVideoUrlCanBeInOnePlaceOnly() {
        UniAllProtocol protocol = (UniAllProtocol) uniall.emulator().protocol();
        protocol.videoUrlAt(UniAllProtocol.VideoUrlPlacement.RESULT_OUTPUTS);
        uniall.emulator().scriptNextTask(StatusScript.immediately(Outcome.succeeded()));
        JsonNode done = status(create(Http.resource("uniall-000-example2-reference.json")).path("id").asText());

        assertThat(done.has("video_url")).isFalse();
        assertThat(done.path("result").has("video_url")).isFalse();
        assertThat(done.path("result").path("outputs").get(0).asText()).contains("/files/");
    }

    @Test
    void failuresComeAsObjectStringOrNull() {
        UniAllProtocol protocol = (UniAllProtocol) uniall.emulator().protocol();
        StatusScript failing = StatusScript.immediately(Outcome.failed("generation_failed", "the model gave up"));

        uniall.emulator().scriptNextTask(failing);
        JsonNode object = status(create(Http.resource("uniall-000-example2-reference.json")).path("id").asText());
        assertThat(object.path("status").asText()).isEqualTo("failed");
        assertThat(object.path("raw_status").asText()).isEqualTo("FAILED");
        assertThat(object.path("error").path("code").asText()).isEqualTo("generation_failed");
        assertThat(object.path("error").path("message").asText()).isEqualTo("the model gave up");

        protocol.errorShape(UniAllProtocol.ErrorShape.STRING);
        uniall.emulator().scriptNextTask(failing);
        JsonNode string = status(create(Http.resource("uniall-000-example2-reference.json")).path("id").asText());
        assertThat(string.path("error").asText()).isEqualTo("the model gave up");

        protocol.errorShape(UniAllProtocol.ErrorShape.NULL);
        uniall.emulator().scriptNextTask(failing);
        JsonNode none = status(create(Http.resource("uniall-000-example2-reference.json")).path("id").asText());
        assertThat(none.path("status").asText()).isEqualTo("failed");
        assertThat(none.path("error").isNull()).isTrue();
    }

    @Test
    void unknownAndExpiredTasksAre404() {
        HttpResponse<byte[]> unknown = client().get("/v1/videos/task_nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknown).path("error").path("code").asText()).isEqualTo("task_not_found");

        uniall.emulator().scriptNextTask(StatusScript.builder().running(0.5, Duration.ofSeconds(1))
                .endsWith(Outcome.expired()));
        String id = create(Http.resource("uniall-000-example2-reference.json")).path("id").asText();
        assertThat(status(id).path("status").asText()).isEqualTo("in_progress");
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(client().get("/v1/videos/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aModelWhoseResolutionContradictsTheSizeIsRejected() {
        String body = Http.resource("uniall-000-example1-videoreference.json").replace("1280*720", "1920*1080");
        HttpResponse<byte[]> rejected = client().post("/v1/video/generations", body);

        assertThat(rejected.statusCode()).isEqualTo(400);
        JsonNode error = Http.json(rejected).path("error");
        assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.path("message").asText()).contains("1920*1080").contains("wan2.6-r2v-flash-720p-audio");
        assertThat(uniall.emulator().tasksCreated()).isZero();
        assertThat(uniall.emulator().journal().decodedRequests()).singleElement()
                .satisfies(r -> assertThat(r.size()).isEqualTo(VideoSize.P1080_LANDSCAPE));
    }

    @Test
    void malformedRequestsAndMissingKeysAreRefusedOpenAiStyle() {
        assertThat(Http.to(uniall.emulator()).post("/v1/video/generations",
                Http.resource("uniall-002-create.json")).statusCode()).isEqualTo(401);
        for (String body : new String[] {"", "nope", "{\"prompt\":\"x\"}", "{\"model\":\"sora-2\",\"prompt\":\"x\"}",
                "{\"model\":\"wan2.6-r2v-720p\",\"prompt\":\"x\",\"images\":\"https://e.example/a.png\"}",
                "{\"model\":\"wan2.6-r2v-720p\",\"prompt\":\"x\"}"}) {
            HttpResponse<byte[]> response = client().post("/v1/video/generations", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(Http.json(response).path("error").path("message").asText()).as(body).isNotBlank();
        }
        assertThat(uniall.emulator().createsReceived()).isEqualTo(7);
        assertThat(uniall.emulator().tasksCreated()).isZero();
    }

    @Test
    void aStringDurationAndASingleImageFieldAreAccepted() {
        create("{\"model\":\"wan2.6-r2v-720p\",\"prompt\":\"p\",\"image\":\"https://e.example/one.jpg\","
                + "\"images\":[\"https://e.example/two.jpg\"],\"videos\":[\"https://e.example/v.mov\"],"
                + "\"duration\":\"7\",\"size\":\"960*960\",\"extra_body\":{\"watermark\":true,\"unknown\":1}}");

        R2vRequest expected = R2vRequest.builder().tier(ModelTier.STANDARD).prompt("p")
                .image("https://e.example/one.jpg").image("https://e.example/two.jpg").video("https://e.example/v.mov")
                .duration(7).size(VideoSize.P720_SQUARE).build();
        assertThat(uniall.emulator().journal().decodedRequests()).containsExactly(expected);
    }

    @Test
    void aCanceledOutcomeCannotBeScripted() {
        assertThatThrownBy(() -> uniall.emulator().scriptNextTask(StatusScript.immediately(Outcome.canceled())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CANCELED");
        assertThat(client().post("/v1/videos/x/cancel", "").statusCode()).isEqualTo(404);
    }
}
