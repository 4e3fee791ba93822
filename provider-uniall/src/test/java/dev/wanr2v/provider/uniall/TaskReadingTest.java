package dev.wanr2v.provider.uniall;

import static dev.wanr2v.provider.uniall.Fixtures.reply;
import static dev.wanr2v.provider.uniall.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.VendorErrorException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskReadingTest {
    private final ProviderCodec codec = Fixtures.codec();

    private TaskSnapshot status(String json) {
        return codec.readStatus("task_1", reply(200, json));
    }

    @Test
    void theSeedCreateAnswerGivesTheTaskIdAndAFirstSnapshot() {
        Submission submission = codec.readCreate(reply(200, resource("seed-002-create-response.json")));

        assertThat(submission.taskId()).isEqualTo("task_xxxxxxxxxxxxx");
        TaskSnapshot first = submission.snapshot().orElseThrow();
        assertThat(first.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(first.rawStatus()).isEqualTo("in_progress");
        assertThat(first.progress()).hasValue(0.05);
        assertThat(first.submittedAt()).contains(Instant.parse("2026-03-20T05:21:44Z"));
    }

    @Test
    void aCreateAnswerWithOnlyAnIdUsesIt() {
        Submission submission = codec.readCreate(reply(200, "{\"id\":\"task_only_id\"}"));

        assertThat(submission.taskId()).isEqualTo("task_only_id");
        assertThat(submission.snapshot()).isEmpty();
    }

    @Test
    void aNumericIdIsReadAsWrittenAndAFractionIsNoId() {
        assertThat(codec.readCreate(reply(200, "{\"id\":123456789012345678901}")).taskId())
                .isEqualTo("123456789012345678901");
        // read as text, 1e308 would name a task the answer never named (1.0E308)
        assertThatThrownBy(() -> codec.readCreate(reply(200, "{\"task_id\":1e308}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("names no task");
    }

    /** No UniAll document shows a request id, in a header or the body: none is read. */
    @Test
    void noRequestIdIsReadFromAnUndocumentedHeader() {
        HttpReply reply = Fixtures.reply(200, "application/json", "{\"task_id\":\"t\",\"status\":\"queued\"}",
                Map.of("X-Request-Id", "req-42"));

        assertThat(codec.readCreate(reply).requestId()).isEmpty();
        assertThat(codec.readStatus("t", reply).requestId()).isEmpty();
    }

    @Test
    void aCreateAnswerWithAnErrorAndNoTaskIsAVendorError() {
        HttpReply reply = reply(200, "{\"error\":{\"message\":\"quota\",\"type\":\"insufficient_quota\"}}");

        assertThatThrownBy(() -> codec.readCreate(reply)).isInstanceOfSatisfying(VendorErrorException.class,
                e -> {
                    assertThat(e.error().category()).isEqualTo(ErrorCategory.PERMISSION);
                    assertThat(e.error().message()).contains("quota");
                    assertThat(e.error().createNotAccepted()).contains(true);
                });
    }

    @Test
    void aCreateAnswerWithoutTaskOrErrorFailsWithAClearMessage() {
        assertThatThrownBy(() -> codec.readCreate(reply(200, "{\"object\":\"video.generation.job\"}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither task_id nor id");
    }

    @Test
    void aNonJsonAnswerFailsWithAClearMessage() {
        HttpReply html = Fixtures.reply(200, "text/html", "<html><title>Welcome</title></html>", Map.of());

        assertThatThrownBy(() -> codec.readCreate(html)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("create call is not a JSON object");
        assertThatThrownBy(() -> codec.readStatus("t", html)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("status call");
    }

    @Test
    void aCompletedStatusGivesTheVideoAndKeepsTheUpstreamStatus() {
        TaskSnapshot s = status(resource("status-completed.json"));

        assertThat(s.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(s.videoUrl())
                .contains("https://cdn.example.com/out/task_abc123.mp4?Expires=1773999999&Signature=abc");
        assertThat(s.progress()).hasValue(1.0);
        assertThat(s.failure()).isEmpty();
        assertThat(s.attributes()).containsEntry("raw_status", "SUCCEEDED")
                .containsEntry("model", "wan2.6-r2v-flash-1080p-silent");
        assertThat(Fixtures.codec().modelId(s)).as("a resumed task's model, for observers")
                .contains("wan2.6-r2v-flash-1080p-silent");
        assertThat(s.toString()).doesNotContain("Signature=abc");
    }

    @ParameterizedTest
    @CsvSource({
        "queued,      QUEUED",
        "in_progress, RUNNING",
        "completed,   SUCCEEDED",
        "failed,      FAILED",
        "IN_PROGRESS, RUNNING",
    })
    void everyDocumentedStatusMaps(String raw, TaskStatus expected) {
        TaskSnapshot s = status("{\"status\":\"" + raw + "\"}");

        assertThat(s.status()).isEqualTo(expected);
        assertThat(s.rawStatus()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "cancelled", "SUCCEEDED", "processing", "weird status"})
    void anUnknownStatusIsUnrecognizedAndKeptRaw(String raw) {
        TaskSnapshot s = status("{\"status\":\"" + raw + "\",\"raw_status\":\"RUNNING\"}");

        assertThat(s.status()).isEqualTo(TaskStatus.UNRECOGNIZED);
        assertThat(s.rawStatus()).isEqualTo(raw);
        assertThat(s.attributes()).containsEntry("raw_status", "RUNNING");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0.0",
        "5|0.05",
        "50|0.5",
        "99.5|0.995",
        "100|1.0",
        "\"37\"|0.37",
        "\"37%\"|0.37",
        "250|1.0",
        "-3|0.0",
    })
    void progressInPercentIsNormalisedToAFraction(String progress, double expected) {
        assertThat(status("{\"status\":\"in_progress\",\"progress\":" + progress + "}").progress().getAsDouble())
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"soon\"", "{}", "[50]", "true"})
    void unreadableProgressIsAbsent(String progress) {
        assertThat(status("{\"status\":\"in_progress\",\"progress\":" + progress + "}").progress()).isEmpty();
    }

    @Test
    void theVideoUrlIsReadFromTopLevelFirst() {
        TaskSnapshot s = status("{\"status\":\"completed\",\"video_url\":\"https://a.example/top.mp4\","
                + "\"result\":{\"video_url\":\"https://a.example/result.mp4\",\"outputs\":[\"https://a.example/o.mp4\"]}}");

        assertThat(s.videoUrl()).contains("https://a.example/top.mp4");
    }

    @Test
    void theVideoUrlIsReadFromResultWhenNotAtTopLevel() {
        TaskSnapshot s = status("{\"status\":\"completed\",\"video_url\":\"\","
                + "\"result\":{\"video_url\":\"https://a.example/result.mp4\",\"outputs\":[\"https://a.example/o.mp4\"]}}");

        assertThat(s.videoUrl()).contains("https://a.example/result.mp4");
    }

    @Test
    void theVideoUrlIsReadFromTheFirstOutputLast() {
        TaskSnapshot s = status("{\"status\":\"completed\",\"video_url\":null,"
                + "\"result\":{\"outputs\":[\"https://a.example/o1.mp4\",\"https://a.example/o2.mp4\"]}}");

        assertThat(s.videoUrl()).contains("https://a.example/o1.mp4");
    }

    @Test
    void anOutputObjectIsNoVideoUrl() {
        // result.outputs[0] is a URL (PROTOCOLS.md); an object with a url is in no document
        TaskSnapshot s = status("{\"status\":\"completed\",\"result\":{\"outputs\":[{\"url\":\"https://a.example/o.mp4\"}]}}");

        assertThat(s.videoUrl()).isEmpty();
    }

    @Test
    void anErrorObjectWithoutMessageOrCodeIsNoFailureMessage() {
        TaskSnapshot s = status("{\"status\":\"failed\",\"error\":{\"msg\":\"m\",\"detail\":\"d\"}}");

        assertThat(s.failure().flatMap(TaskFailure::message)).isEmpty();
        assertThat(s.failure().flatMap(TaskFailure::code)).isEmpty();
    }

    @Test
    void aNullErrorIsNoFailure() {
        assertThat(status("{\"status\":\"in_progress\",\"error\":null}").failure()).isEmpty();
    }

    /** Core masks the key in a snapshot's failure words and shortens them where it shows them: read as written. */
    @Test
    void aFailuresWordsAreReadAsTheVendorWroteThem() {
        String message = "key " + Fixtures.KEY + " rejected\\n" + "x".repeat(600);
        TaskSnapshot s = status("{\"status\":\"failed\",\"error\":{\"code\":\"c\",\"message\":\"" + message + "\"}}");

        assertThat(s.failure().flatMap(TaskFailure::message)).contains("key " + Fixtures.KEY + " rejected\n"
                + "x".repeat(600));
    }

    @Test
    void aStringErrorIsTheFailureMessage() {
        TaskSnapshot s = status("{\"status\":\"failed\",\"error\":\"upstream generation failed\"}");

        assertThat(s.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(s.failure()).contains(TaskFailure.of(null, "upstream generation failed"));
    }

    @Test
    void anErrorObjectGivesCodeAndMessage() {
        TaskSnapshot s = status("{\"status\":\"failed\",\"error\":{\"code\":\"InternalError.Algo\","
                + "\"message\":\"algorithm error\"}}");

        assertThat(s.failure()).contains(TaskFailure.of("InternalError.Algo", "algorithm error"));
    }

    @Test
    void aNumericErrorCodeIsKeptAsText() {
        TaskSnapshot s = status("{\"status\":\"failed\",\"error\":{\"code\":1028095,\"message\":\"x\"}}");

        assertThat(s.failureCode()).contains("1028095");
    }

    @Test
    void aModerationFailureSaysContentRejected() {
        TaskSnapshot s = status("{\"status\":\"failed\",\"error\":{\"code\":\"DataInspectionFailed\","
                + "\"message\":\"Input data may contain inappropriate content.\"}}");

        assertThat(s.failure().orElseThrow().category()).isEqualTo(ErrorCategory.CONTENT_REJECTED);
    }

    @Test
    void timesAreReadFromEpochSeconds() {
        TaskSnapshot s = status("{\"status\":\"completed\",\"created_at\":1773984104,\"completed_at\":\"1773984224\","
                + "\"expires_at\":1774070624}");

        assertThat(s.submittedAt()).contains(Instant.ofEpochSecond(1773984104L));
        assertThat(s.finishedAt()).contains(Instant.ofEpochSecond(1773984224L));
        assertThat(s.videoExpiresAt()).as("expires_at is in no UniAll document").isEmpty();
    }

    @Test
    void wrongTypesAndUnknownFieldsNeverBreakReading() {
        TaskSnapshot s = status("{\"status\":7,\"progress\":{\"a\":1},\"video_url\":[1],\"result\":\"text\","
                + "\"error\":[\"x\"],\"created_at\":\"yesterday\",\"raw_status\":{},\"model\":null,\"extra\":{}}");

        assertThat(s.status()).isEqualTo(TaskStatus.UNRECOGNIZED);
        assertThat(s.rawStatus()).isEqualTo("7");
        assertThat(s.progress()).isEmpty();
        assertThat(s.videoUrl()).isEmpty();
        assertThat(s.submittedAt()).isEmpty();
    }

    @Test
    void aStatusAnswerThatIsOnlyAnErrorIsAVendorError() {
        assertThatThrownBy(() -> status("{\"error\":{\"message\":\"Too many requests\",\"code\":\"rate_limit_exceeded\"}}"))
                .isInstanceOfSatisfying(VendorErrorException.class,
                        e -> assertThat(e.error().category()).isEqualTo(ErrorCategory.RATE_LIMITED));
    }
}
