package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.wan26api.Wan26ApiProtocol;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class Wan26ApiEmulatorTest {
    private static final ManualClock CLOCK = new ManualClock();
    private static final String CREATE = "/model/v1/generation";
    private static final String SEED = Http.resource("wan26api-004-create.json");
    private static final R2vRequest SEED_REQUEST = R2vRequest.builder().tier(ModelTier.FLASH)
            .prompt("character1 walking in the park with a happy expression")
            .image("https://example.com/char1.jpg").image("https://example.com/char2.jpg")
            .audioGuide(MediaSource.url("https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/xxx.mp3"))
            .size(VideoSize.P1080_LANDSCAPE).duration(5).promptExtend(true).watermark(false).audio(true)
            .shotType(ShotType.SINGLE).seed(12345L).build();

    @RegisterExtension
    static final EmulatorExtension WAN26API = EmulatorExtension.of("wan26api",
            EmulatorOptions.defaults().withClock(CLOCK));

    private static Http client() {
        return Http.to(WAN26API.emulator()).bearer("key-1");
    }

    private static JsonNode create(String body) {
        HttpResponse<byte[]> created = client().post(CREATE, body);
        assertThat(created.statusCode()).as(Http.text(created)).isEqualTo(200);
        return Http.json(created);
    }

    private static JsonNode status(String id) {
        HttpResponse<byte[]> response = client().get("/model/v1/generation/task/" + id);
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    void theObjectFormAndTheArrayEnvelopeDecodeToTheSameRequest() {
        create(SEED);
        JsonNode seed = Http.parse(SEED);
        String envelope = "{\"model\":\"wan26_r2v\",\"input\":[{\"params\":{\"input\":" + seed.get("input")
                + ",\"parameters\":" + seed.get("parameters") + "}}]}";
        create(envelope);

        assertThat(WAN26API.emulator().journal().decodedRequests()).containsExactly(SEED_REQUEST, SEED_REQUEST);
    }

    @Test
    void aTestCanDemandOneEnvelope() {
        Wan26ApiProtocol protocol = (Wan26ApiProtocol) WAN26API.emulator().protocol();
        JsonNode seed = Http.parse(SEED);
        String array = "{\"model\":\"wan26_r2v\",\"input\":[{\"params\":{\"input\":" + seed.get("input")
                + ",\"parameters\":" + seed.get("parameters") + "}}]}";
        try {
            protocol.envelope("array");
            create(array);
            HttpResponse<byte[]> object = client().post(CREATE, SEED);
            assertThat(object.statusCode()).isEqualTo(400);
            assertThat(Http.json(object).path("error").path("code").asText()).isEqualTo("001028099");
            assertThat(client().post("/model/v1/generation/precharge", SEED).statusCode()).isEqualTo(400);
            protocol.envelope("object");
            create(SEED);
            assertThat(client().post(CREATE, array).statusCode()).isEqualTo(400);
        } finally {
            protocol.envelope(null);
        }
    }

    @Test
    void aRunningTaskCanBeProcessingAndAVideoItemBare() {
        Wan26ApiProtocol protocol = (Wan26ApiProtocol) WAN26API.emulator().protocol();
        assertThat(protocol.answerVariants()).hasSize(5).doesNotHaveDuplicates();
        try {
            protocol.answerVariant("running tasks are 'processing'");
            String id = create(SEED).path("id").asText();
            CLOCK.advance(Duration.ofMillis(1600));
            assertThat(status(id).path("status").asText()).isEqualTo("processing");
            protocol.answerVariant("video items without duration and jobId");
            CLOCK.advance(Duration.ofSeconds(1));
            JsonNode done = status(id);
            JsonNode item = done.path("output").get(0);
            assertThat(item.has("jobId")).isFalse();
            assertThat(item.path("content").get(0).has("duration")).isFalse();
            assertThat(item.path("content").get(0).has("jobId")).isFalse();
            assertThat(item.path("content").get(0).path("url").asText()).contains("/files/" + id);
        } finally {
            protocol.answerVariant(null);
        }
    }

    @Test
    void aTaskRunsWithFractionalProgressAndCompletesWithOutputAndUsage() {
        JsonNode created = create(SEED);
        String id = created.path("id").asText();
        assertThat(created.path("status").asText()).isEqualTo("pending");
        assertThat(created.path("created_at").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());

        CLOCK.advance(Duration.ofMillis(1600));
        JsonNode running = status(id);
        assertThat(running.path("status").asText()).isEqualTo("in_progress");
        assertThat(running.path("progress").asDouble()).isEqualTo(0.6);
        assertThat(running.has("output")).isFalse();

        CLOCK.advance(Duration.ofSeconds(1));
        JsonNode done = status(id);
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
        JsonNode content = done.path("output").get(0).path("content").get(0);
        assertThat(content.path("type").asText()).isEqualTo("video");
        assertThat(content.path("url").asText()).contains("/files/" + id + ".mp4?Expires=");
        assertThat(content.path("jobId").asText()).isNotBlank();
        assertThat(done.path("usage").path("cost").isTextual()).isTrue();
        assertThat(done.path("usage").path("cost").asText()).isEqualTo("0.4");
        assertThat(done.path("metadata").isObject()).isTrue();
    }

    @Test
    void aFastTaskIsAlreadyCompletedInTheCreateAnswer() {
        WAN26API.emulator().scriptNextTask(StatusScript.immediately(Outcome.succeeded()));
        JsonNode created = create(SEED);

        assertThat(created.path("status").asText()).isEqualTo("completed");
        assertThat(created.path("output").get(0).path("content").get(0).path("url").asText()).contains("/files/");
    }

    @Test
    void aTaskThatExpiresAtOnceIsQueuedInTheCreateAnswerAndGoneAfter() {
        WAN26API.emulator().scriptNextTask(StatusScript.immediately(Outcome.expired()));
        JsonNode created = create(SEED);

        assertThat(created.path("status").asText()).isEqualTo("pending");
        assertThat(client().get("/model/v1/generation/task/" + created.path("id").asText()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFailedTaskCarriesItsErrorCodeAsAStringOrANumber() {
        WAN26API.emulator().scriptNextTask(StatusScript.immediately(Outcome.failed("001028095", "Internal generation error")));
        JsonNode failed = status(create(SEED).path("id").asText());
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("error").path("code").isTextual()).isTrue();
        assertThat(failed.path("error").path("code").asText()).isEqualTo("001028095");
        assertThat(failed.path("error").path("message").asText()).isEqualTo("Internal generation error");

        ((Wan26ApiProtocol) WAN26API.emulator().protocol()).numericErrorCodes(true);
        WAN26API.emulator().scriptNextTask(StatusScript.immediately(Outcome.failed("001028095", "again")));
        JsonNode numeric = status(create(SEED).path("id").asText());
        assertThat(numeric.path("error").path("code").isNumber()).isTrue();
        assertThat(numeric.path("error").path("code").asLong()).isEqualTo(1028095L);
        ((Wan26ApiProtocol) WAN26API.emulator().protocol()).numericErrorCodes(false);
    }

    @Test
    void referenceProblemsCarryTheModelsCodes() {
        String base = "{\"model\":\"wan26_r2v\",\"input\":{\"prompt\":\"p\",\"reference_urls\":%s}}";
        String[][] cases = {
            {"[]", "001028001"},
            {"\"https://e.example/a.png\"", "001028001"},
            {"[\"https://e.example/1.png\",\"https://e.example/2.png\",\"https://e.example/3.png\","
                    + "\"https://e.example/4.png\",\"https://e.example/5.png\",\"https://e.example/6.png\"]", "001028001"},
            {"[\"https://e.example/1.mp4\",\"https://e.example/2.mp4\",\"https://e.example/3.mp4\","
                    + "\"https://e.example/4.mp4\"]", "001028003"},
            {"[\"ftp://e.example/1.png\"]", "001028004"},
            {"[42]", "001028004"}};
        for (String[] c : cases) {
            HttpResponse<byte[]> response = client().post(CREATE, String.format(base, c[0]));
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(Http.json(response).path("error").path("code").asText()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(WAN26API.emulator().tasksCreated()).isZero();
    }

    @Test
    void referenceProblemsCanFailTheTaskInstead() {
        Wan26ApiProtocol protocol = (Wan26ApiProtocol) WAN26API.emulator().protocol();
        protocol.referenceErrorsInTask(true);
        try {
            JsonNode created = create("{\"model\":\"wan26_r2v\",\"input\":{\"prompt\":\"p\",\"reference_urls\":[]}}");
            assertThat(created.path("status").asText()).isEqualTo("failed");
            assertThat(created.path("error").path("code").asText()).isEqualTo("001028001");
        } finally {
            protocol.referenceErrorsInTask(false);
        }
    }

    @Test
    void preChargeEstimatesTheCostOfACreateBody() {
        HttpResponse<byte[]> response = client().post("/model/v1/generation/precharge",
                SEED.replace("\"duration\": 5", "\"duration\": 10").replace("1920*1080", "1280*720"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.path("status").asText()).isEqualTo("success");
        assertThat(body.path("data").path("cost").asText()).isEqualTo("0.5");
        assertThat(body.path("data").path("currency").asText()).isEqualTo("USD");
        assertThat(WAN26API.emulator().journal().of(Operation.COST_ESTIMATE)).singleElement()
                .satisfies(e -> assertThat(e.decodedRequest().orElseThrow().durationSeconds()).isEqualTo(10));
        assertThat(WAN26API.emulator().tasksCreated()).isZero();

        WAN26API.emulator().faults().next(Operation.COST_ESTIMATE, Fault.throttled(Duration.ofSeconds(7)));
        HttpResponse<byte[]> throttled = client().post("/model/v1/generation/precharge", SEED);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("7");
        assertThat(Http.json(throttled).path("error").path("code").asText()).isEqualTo("429");
        assertThat(Http.json(throttled).path("error").path("message").asText()).isEqualTo("Rate limit exceeded");
    }

    @Test
    void unknownIdsBadKeysAndOtherProblemsAreErrors() {
        HttpResponse<byte[]> unknown = client().get("/model/v1/generation/task/nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknown).path("error").path("message").asText()).contains("not found");
        assertThat(Http.to(WAN26API.emulator()).post(CREATE, SEED).statusCode()).isEqualTo(401);
        for (String body : new String[] {"{", SEED.replace("wan26_r2v", "wan25_r2v"), SEED.replace("1920*1080", "720P"),
                SEED.replace("\"duration\": 5", "\"duration\": 16"), SEED.replace("12345", "-5")}) {
            HttpResponse<byte[]> response = client().post(CREATE, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(Http.json(response).path("error").path("code").asText()).as(body).isEqualTo("001028099");
        }
    }

    @Test
    void aTaskExpiresAfterTheResultLifetime() {
        WAN26API.emulator().scriptNextTask(StatusScript.immediately(Outcome.succeeded()));
        String id = create(SEED).path("id").asText();
        CLOCK.advance(Duration.ofHours(25));
        assertThat(client().get("/model/v1/generation/task/" + id).statusCode()).isEqualTo(404);
    }
}
