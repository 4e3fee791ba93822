package dev.wanr2v.provider.dashscope;

import static dev.wanr2v.provider.dashscope.Fixtures.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.Usage;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.VendorErrorException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status calls and answers: every status string, times, usage, failures, lenient reading. */
class StatusReadingTest {
    private final ProviderCodec codec = Fixtures.codec();

    private TaskSnapshot read(String json) {
        return codec.readStatus("task-1", HttpReply.json(200, json));
    }

    private static String withStatus(String status) {
        return "{\"request_id\":\"r-1\",\"output\":{\"task_id\":\"task-1\",\"task_status\":\"" + status + "\"}}";
    }

    @ParameterizedTest
    @CsvSource({"PENDING, QUEUED", "SUSPENDED, QUEUED", "RUNNING, RUNNING", "SUCCEEDED, SUCCEEDED",
        "FAILED, FAILED", "CANCELED, CANCELED", "UNKNOWN, EXPIRED", "PAUSED, UNRECOGNIZED",
        "ARCHIVED, UNRECOGNIZED", "'', UNRECOGNIZED"})
    void everyStatusStringMapsAndKeepsItsRawValue(String raw, TaskStatus expected) {
        TaskSnapshot s = read(withStatus(raw));
        assertThat(s.status()).isEqualTo(expected);
        assertThat(s.rawStatus()).isEqualTo(raw);
        assertThat(s.requestId()).contains("r-1");
    }

    @Test
    void unknownMeansTheTaskIdExpiredAndIsTerminal() {
        TaskSnapshot s = read(withStatus("UNKNOWN"));
        assertThat(s.status()).isEqualTo(TaskStatus.EXPIRED);
        assertThat(s.status().isTerminal()).isTrue();
        assertThat(s.failure()).isEmpty();
    }

    @Test
    void aSucceededTaskGivesItsVideoTimesPromptsAndUsage() {
        TaskSnapshot s = read("""
                {"request_id": "caa62a12-8841-41a6",
                 "output": {"task_id": "task-1", "task_status": "SUCCEEDED",
                   "submit_time": "2025-12-16 00:25:59.869", "scheduled_time": "2025-12-16 00:26:00.001",
                   "end_time": "2025-12-16 00:30:35.396",
                   "orig_prompt": "character1 waves", "actual_prompt": "A woman waves, smiling.",
                   "video_url": "https://result.example.com/v.mp4?Expires=1&Signature=abc"},
                 "usage": {"duration": 15.0, "size": "1280*720", "input_video_duration": 5,
                   "output_video_duration": 10, "video_count": 1, "SR": 720, "ratio": "16:9",
                   "audio": true, "shot_type": "multi"}}
                """);
        assertThat(s.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(s.videoUrl()).contains("https://result.example.com/v.mp4?Expires=1&Signature=abc");
        assertThat(s.submittedAt()).contains(Instant.parse("2025-12-15T16:25:59.869Z"));
        assertThat(s.startedAt()).contains(Instant.parse("2025-12-15T16:26:00.001Z"));
        assertThat(s.finishedAt()).contains(Instant.parse("2025-12-15T16:30:35.396Z"));
        assertThat(s.videoExpiresAt()).contains(Instant.parse("2025-12-16T16:30:35.396Z"));
        assertThat(s.attributes()).containsExactly(entry("submit_time", "2025-12-16 00:25:59.869"),
                entry("scheduled_time", "2025-12-16 00:26:00.001"), entry("end_time", "2025-12-16 00:30:35.396"));
        assertThat(s.originalPrompt()).contains("character1 waves");
        assertThat(s.actualPrompt()).contains("A woman waves, smiling.");
        assertThat(s.failure()).isEmpty();
        assertThat(s.toString()).doesNotContain("Signature=abc");

        Usage u = s.usage();
        assertThat(u.outputSeconds()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(u.inputVideoSeconds()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
        assertThat(u.videoCount()).hasValue(1);
        assertThat(u.resolution()).hasValue(720);
        assertThat(u.ratio()).contains("16:9");
        assertThat(u.raw()).containsExactly(entry("duration", "15.0"), entry("size", "1280*720"),
                entry("input_video_duration", "5"), entry("output_video_duration", "10"),
                entry("video_count", "1"), entry("SR", "720"), entry("ratio", "16:9"), entry("audio", "true"),
                entry("shot_type", "multi"));
    }

    @Test
    void aDurationAloneIsNoOutputFigureButStaysRaw() {
        Usage u = read("""
                {"output": {"task_status": "SUCCEEDED"}, "usage": {"duration": 5, "video_count": 1}}
                """).usage();
        assertThat(u.outputSeconds()).isEmpty();
        assertThat(u.inputVideoSeconds()).isEmpty();
        assertThat(u.raw()).containsEntry("duration", "5");
    }

    @Test
    void aRunningTaskHasNoUsageNoVideoAndNoExpiry() {
        TaskSnapshot s = read("""
                {"request_id": "r", "output": {"task_id": "task-1", "task_status": "RUNNING",
                  "submit_time": "2025-07-27 21:05:15.212", "scheduled_time": "2025-07-27 21:05:16"}}
                """);
        assertThat(s.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(s.usage()).isEqualTo(Usage.empty());
        assertThat(s.videoUrl()).isEmpty();
        assertThat(s.videoExpiresAt()).isEmpty();
        assertThat(s.finishedAt()).isEmpty();
        assertThat(s.submittedAt()).contains(Instant.parse("2025-07-27T13:05:15.212Z"));
        assertThat(s.startedAt()).contains(Instant.parse("2025-07-27T13:05:16Z"));
    }

    @Test
    void aUsageThatIsEmptyOrNoObjectIsNone() {
        for (String usage : List.of("{}", "5", "\"none\"", "[1]", "null")) {
            assertThat(read("{\"output\": {\"task_status\": \"SUCCEEDED\"}, \"usage\": " + usage + "}").usage())
                    .as(usage).isEqualTo(Usage.empty());
        }
    }

    @Test
    void countsAreWholeNumbersThatFitAnIntAndNullsStayOutOfRaw() {
        Usage u = read("""
                {"output": {"task_status": "SUCCEEDED"},
                 "usage": {"video_count": 1.0, "SR": 720.5, "ratio": null, "size": "1280*720"}}
                """).usage();
        assertThat(u.videoCount()).hasValue(1);
        assertThat(u.resolution()).isEmpty();
        assertThat(u.raw()).containsExactly(entry("video_count", "1.0"), entry("SR", "720.5"),
                entry("size", "1280*720"));
        assertThat(read("{\"output\": {}, \"usage\": {\"video_count\": 3000000000, \"SR\": -1080}}").usage())
                .satisfies(big -> assertThat(big.videoCount()).isEmpty(),
                        big -> assertThat(big.resolution()).hasValue(-1080));
    }

    @Test
    void unknownFieldsAreIgnoredAndWrongTypesReadAsAbsent() {
        TaskSnapshot s = read("""
                {"request_id": 12, "something_new": {"x": [1, 2]},
                 "output": {"task_status": "SUCCEEDED", "video_url": {"nested": true}, "submit_time": 1753621515,
                   "end_time": "yesterday", "orig_prompt": ["a"], "actual_prompt": null, "extra": "ignored"},
                 "usage": {"video_count": "2", "SR": "1080P", "duration": "abc", "output_video_duration": [10],
                   "ratio": 16, "new_metric": {"a": 1}}}
                """);
        assertThat(s.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(s.requestId()).contains("12");
        assertThat(s.videoUrl()).isEmpty();
        assertThat(s.submittedAt()).isEmpty();
        assertThat(s.finishedAt()).isEmpty();
        assertThat(s.videoExpiresAt()).isEmpty();
        assertThat(s.originalPrompt()).isEmpty();
        assertThat(s.actualPrompt()).isEmpty();
        assertThat(s.attributes()).containsExactly(entry("submit_time", "1753621515"), entry("end_time", "yesterday"));
        Usage u = s.usage();
        // numbers in strings are in no DashScope document: kept raw only
        assertThat(u.videoCount()).isEmpty();
        assertThat(u.resolution()).isEmpty();
        assertThat(u.raw()).containsEntry("video_count", "2").containsEntry("SR", "1080P");
        assertThat(u.outputSeconds()).isEmpty();
        assertThat(u.ratio()).contains("16");
        assertThat(u.raw()).containsEntry("duration", "abc").containsEntry("output_video_duration", "[10]")
                .containsEntry("new_metric", "{\"a\":1}");
    }

    @Test
    void aStatusOfTheWrongTypeOrNoneAtAllIsUnrecognizedNotACrash() {
        TaskSnapshot number = read("{\"output\": {\"task_status\": 3}}");
        assertThat(number.status()).isEqualTo(TaskStatus.UNRECOGNIZED);
        assertThat(number.rawStatus()).isEqualTo("3");
        TaskSnapshot missing = read("{\"output\": {\"task_id\": \"task-1\"}}");
        assertThat(missing.status()).isEqualTo(TaskStatus.UNRECOGNIZED);
        assertThat(missing.rawStatus()).isEqualTo("(missing)");
    }

    @Test
    void anAnswerWithoutOutputOrNotJsonIsUnexpected() {
        assertThatThrownBy(() -> read("{\"request_id\": \"r\"}")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("task-1").hasMessageContaining("no output");
        assertThatThrownBy(() -> codec.readStatus("task-1", new HttpReply(200,
                Map.of("Content-Type", List.of("text/html")), "<html>hi</html>".getBytes())))
                .isInstanceOf(IllegalStateException.class).hasMessage("DashScope's status answer is not a JSON object");
    }

    @Test
    void anErrorAnsweredWithHttp200IsAVendorError() {
        assertThatThrownBy(() -> read("{\"request_id\":\"r\",\"code\":\"InvalidApiKey\",\"message\":\"bad key\"}"))
                .isInstanceOfSatisfying(VendorErrorException.class, e -> {
                    assertThat(e.error().category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                    assertThat(e.error().code()).contains("InvalidApiKey");
                    assertThat(e.error().requestId()).contains("r");
                });
    }

    @ParameterizedTest
    @CsvSource({"DataInspectionFailed, CONTENT_REJECTED", "data_inspection_failed, CONTENT_REJECTED",
        "InvalidParameter, INVALID_REQUEST", "InvalidURL, INVALID_REQUEST", "BadRequest.TooLarge, INVALID_REQUEST",
        "InternalError.Algo, TASK_FAILED", "InternalError, TASK_FAILED", "Arrearage, TASK_FAILED",
        "SomethingNew, TASK_FAILED"})
    void aFailedTaskSaysWhyItFailed(String code, ErrorCategory category) {
        TaskSnapshot s = read("""
                {"request_id": "r", "output": {"task_id": "task-1", "task_status": "FAILED",
                  "code": "%s", "message": "it went wrong", "end_time": "2025-07-27 21:07:00.000"}}
                """.formatted(code));
        assertThat(s.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(s.failure()).contains(new TaskFailure(category, code, "it went wrong", List.of()));
        assertThat(s.finishedAt()).contains(Instant.parse("2025-07-27T13:07:00Z"));
        assertThat(s.videoExpiresAt()).isEmpty();
    }

    @Test
    void aFailedTaskWithoutCodeStillHasAFailure() {
        TaskSnapshot s = read(withStatus("FAILED"));
        assertThat(s.failure()).contains(new TaskFailure(ErrorCategory.TASK_FAILED, null, null, List.of()));
    }

    @Test
    void aBlankCodeOrMessageIsNone() {
        TaskSnapshot failed = read("""
                {"output": {"task_id": "task-1", "task_status": "FAILED", "code": "InternalError", "message": " "}}
                """);
        assertThat(failed.failure()).contains(new TaskFailure(ErrorCategory.TASK_FAILED, "InternalError", null,
                List.of()));
        TaskSnapshot running = read("""
                {"output": {"task_id": "task-1", "task_status": "RUNNING", "code": "", "message": ""}}
                """);
        assertThat(running.failure()).isEmpty();
    }

    @Test
    void theStatusCallGetsTheTaskWithAnEncodedId() {
        HttpCall call = codec.statusCall("abc-123_x.y~z");
        assertThat(call.operation()).isEqualTo(Operation.STATUS);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.target()).isEqualTo("/api/v1/tasks/abc-123_x.y~z");
        assertThat(call.headers()).containsOnly(entry("Authorization", List.of("Bearer " + KEY)));
        assertThat(call.body().contentLength()).isZero();
        assertThat(codec.statusCall("a b/c?d#é").target()).isEqualTo("/api/v1/tasks/a%20b%2Fc%3Fd%23%C3%A9");
        assertThat(codec.statusCall("..").target()).isEqualTo("/api/v1/tasks/%2E%2E");
        assertThatThrownBy(() -> codec.statusCall(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readCreateGivesTheTaskIdRequestIdAndAQueuedSnapshot() {
        var submission = codec.readCreate(HttpReply.json(200, """
                {"request_id": "4909100c-7b5a-9f92",
                 "output": {"task_id": "0385dc79-5ff8-4d82", "task_status": "PENDING"}}
                """));
        assertThat(submission.taskId()).isEqualTo("0385dc79-5ff8-4d82");
        assertThat(submission.requestId()).contains("4909100c-7b5a-9f92");
        assertThat(submission.snapshot()).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(TaskStatus.QUEUED);
            assertThat(s.rawStatus()).isEqualTo("PENDING");
            assertThat(s.requestId()).contains("4909100c-7b5a-9f92");
        });
        var bare = codec.readCreate(HttpReply.json(200, "{\"output\": {\"task_id\": \"t-2\"}}"));
        assertThat(bare.taskId()).isEqualTo("t-2");
        assertThat(bare.snapshot()).isEmpty();
    }

    @Test
    void aNumericTaskIdIsReadAsWrittenAndAFractionIsNoId() {
        assertThat(codec.readCreate(HttpReply.json(200, "{\"output\": {\"task_id\": 123456789012345678901}}"))
                .taskId()).isEqualTo("123456789012345678901");
        // read as text, 1e308 would name a task the answer never named (1.0E308)
        assertThatThrownBy(() -> codec.readCreate(HttpReply.json(200, "{\"output\": {\"task_id\": 1e308}}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no output.task_id");
    }

    @Test
    void readCreateWithoutTaskIdSaysSoClearly() {
        for (String json : List.of("{\"request_id\": \"r-9\", \"output\": {\"task_status\": \"PENDING\"}}",
                "{\"request_id\": \"r-9\", \"output\": {\"task_id\": \"  \"}}",
                "{\"request_id\": \"r-9\", \"output\": {\"task_id\": {\"id\": 1}}}")) {
            assertThatThrownBy(() -> codec.readCreate(HttpReply.json(200, json)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no output.task_id");
        }
        assertThatThrownBy(() -> codec.readCreate(HttpReply.json(200, "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> codec.readCreate(HttpReply.json(200,
                "{\"code\": \"Throttling\", \"message\": \"slow down\"}")))
                .isInstanceOfSatisfying(VendorErrorException.class,
                        e -> assertThat(e.error().category()).isEqualTo(ErrorCategory.RATE_LIMITED));
    }

    @Test
    void usageFiguresKeepExactDecimals() {
        Usage u = read("{\"output\":{\"task_status\":\"SUCCEEDED\"},\"usage\":{\"output_video_duration\":7.250}}")
                .usage();
        assertThat(u.outputSeconds()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7.25"));
    }
}
