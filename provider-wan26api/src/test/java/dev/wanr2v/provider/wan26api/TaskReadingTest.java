package dev.wanr2v.provider.wan26api;

import static dev.wanr2v.provider.wan26api.Fixtures.codec;
import static dev.wanr2v.provider.wan26api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.Usage;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.VendorErrorException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the task object of the create and status answers. */
class TaskReadingTest {
    private final ProviderCodec codec = codec();

    static final String COMPLETED = """
            {"id":"task_123","created_at":1773984104,"status":"completed","model":"wan26_r2v",
             "output":[{"jobId":"job-out-1","content":[
                {"type":"image","url":"https://cdn.example.com/cover.jpg"},
                {"type":"video","url":"https://cdn.example.com/out.mp4?Expires=1&Signature=x","duration":5,
                 "jobId":"job-c-1"},
                {"type":"video","url":"https://cdn.example.com/second.mp4"}]}],
             "usage":{"cost":"0.0065","discount":1},
             "metadata":{"elapsed_ms":42000,"region":"sg","timing":{"queued":1}},
             "unknown_field":{"anything":[1,2,3]}}
            """;

    private TaskSnapshot status(String body) {
        return codec.readStatus("task_123", json(200, body));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"pending, QUEUED", "queued, QUEUED", "in_progress, RUNNING", "processing, RUNNING",
            "completed, SUCCEEDED", "failed, FAILED", "IN_PROGRESS, RUNNING", "cancelled, UNRECOGNIZED",
            "succeeded, UNRECOGNIZED", "'', UNRECOGNIZED"})
    void everyStatusMapsAndTheRawValueIsKept(String raw, TaskStatus expected) {
        TaskSnapshot s = status("{\"id\":\"task_123\",\"status\":\"" + raw + "\"}");
        assertThat(s.status()).isEqualTo(expected);
        assertThat(s.rawStatus()).isEqualTo(raw);
    }

    @Test
    void aMissingOrOddlyTypedStatusIsUnrecognizedNotACrash() {
        assertThat(status("{\"id\":\"task_123\"}").status()).isEqualTo(TaskStatus.UNRECOGNIZED);
        assertThat(status("{\"id\":\"task_123\",\"status\":{\"x\":1}}").status()).isEqualTo(TaskStatus.UNRECOGNIZED);
        TaskSnapshot numeric = status("{\"id\":\"task_123\",\"status\":3}");
        assertThat(numeric.status()).isEqualTo(TaskStatus.UNRECOGNIZED);
        assertThat(numeric.rawStatus()).isEqualTo("3");
    }

    @Test
    void progressIsAFractionAndPercentIsConverted() {
        assertThat(status("{\"status\":\"in_progress\",\"progress\":0.35}").progress()).hasValue(0.35);
        assertThat(status("{\"status\":\"in_progress\",\"progress\":\"0.5\"}").progress()).hasValue(0.5);
        assertThat(status("{\"status\":\"in_progress\",\"progress\":1}").progress()).hasValue(1.0);
        assertThat(status("{\"status\":\"in_progress\",\"progress\":45}").progress()).hasValue(0.45);
        assertThat(status("{\"status\":\"in_progress\",\"progress\":\"45%\"}").progress()).hasValue(0.45);
        assertThat(status("{\"status\":\"in_progress\",\"progress\":\"soon\"}").progress()).isEmpty();
        assertThat(status("{\"status\":\"in_progress\",\"progress\":[0.5]}").progress()).isEmpty();
        assertThat(status("{\"status\":\"in_progress\",\"progress\":true}").progress()).isEmpty();
    }

    @Test
    void aCompletedTaskGivesTheVideoItemJobIdsAndExactCost() {
        TaskSnapshot s = status(COMPLETED);
        assertThat(s.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(s.videoUrl()).hasValue("https://cdn.example.com/out.mp4?Expires=1&Signature=x");
        assertThat(s.attributes()).containsEntry("jobId", "job-c-1").containsEntry("output.jobId", "job-out-1")
                .containsEntry("model", "wan26_r2v").containsEntry("metadata.elapsed_ms", "42000")
                .containsEntry("metadata.region", "sg").doesNotContainKey("metadata.timing");
        assertThat(s.submittedAt()).hasValue(Instant.ofEpochSecond(1773984104));
        assertThat(s.failure()).isEmpty();
        assertThat(s.usage().cost()).hasValue(new BigDecimal("0.0065"));
        assertThat(s.usage().cost().orElseThrow().scale()).isEqualTo(4);
        assertThat(s.usage().currency()).hasValue("USD");
        assertThat(s.usage().discount()).hasValue(new BigDecimal("1"));
        assertThat(s.usage().outputSeconds()).hasValue(new BigDecimal("5"));
        assertThat(s.usage().raw()).isEqualTo(Map.of("cost", "0.0065", "discount", "1"));
        assertThat(s.toString()).doesNotContain("Signature");
    }

    @Test
    void aTaskWithoutUsageOrVideoReportsNoUsage() {
        assertThat(status("{\"status\":\"in_progress\",\"progress\":0.2}").usage()).isEqualTo(Usage.empty());
        assertThat(status("{\"status\":\"completed\",\"usage\":null}").usage()).isEqualTo(Usage.empty());
    }

    @ParameterizedTest(name = "cost {0}")
    @CsvSource(delimiter = '|', value = {"\"0.0065\" | 0.0065", "0.0065 | 0.0065", "\"0.0650\" | 0.0650",
            "0.0650 | 0.0650", "\" 12.50 \" | 12.50", "0.1 | 0.1", "3 | 3"})
    void costsAreExactDecimalsWithTheirScale(String json, String expected) {
        TaskSnapshot s = status("{\"status\":\"completed\",\"usage\":{\"cost\":" + json + ",\"discount\":0.85}}");
        assertThat(s.usage().cost()).hasValue(new BigDecimal(expected));
        assertThat(s.usage().discount()).hasValue(new BigDecimal("0.85"));
        assertThat(s.usage().raw()).containsEntry("discount", "0.85");
    }

    @Test
    void unreadableUsageValuesStayRawOnly() {
        TaskSnapshot s = status("{\"status\":\"completed\",\"usage\":{\"cost\":\"n/a\",\"discount\":{\"p\":1},"
                + "\"credits\":7}}");
        assertThat(s.usage().cost()).isEmpty();
        assertThat(s.usage().currency()).isEmpty();
        assertThat(s.usage().discount()).isEmpty();
        assertThat(s.usage().raw()).containsEntry("cost", "n/a").containsEntry("credits", "7");
        assertThat(status("{\"status\":\"completed\",\"usage\":\"free\"}").usage().cost()).isEmpty();
    }

    @Test
    void theVideoItemIsFoundInLaterOutputsOnlyUnderSeed004sShape() {
        TaskSnapshot later = status("""
                {"status":"completed","output":[{"content":[{"type":"text","url":"https://x.example/t"}]},
                 {"jobId":"j2","content":[{"type":"video","url":"https://cdn.example.com/v.mp4"}]}]}""");
        assertThat(later.videoUrl()).hasValue("https://cdn.example.com/v.mp4");
        // seed 004 puts jobId on the content item; the output item's is its own attribute, never taken for it
        assertThat(later.attributes()).containsEntry("output.jobId", "j2").doesNotContainKey("jobId");

        // in no document: another type word, an untyped item, objects where seed 004 has arrays, job_id
        for (String undocumented : List.of(
                "[{\"content\":[{\"type\":\"video_url\",\"url\":\"https://cdn.example.com/v.mp4\"}]}]",
                "[{\"content\":[{\"url\":\"https://cdn.example.com/u.mp4\"}]}]",
                "{\"content\":{\"type\":\"video\",\"url\":\"https://cdn.example.com/o.mp4\"}}",
                "[{\"type\":\"video\",\"url\":\"https://cdn.example.com/i.mp4\"}]")) {
            assertThat(status("{\"status\":\"completed\",\"output\":" + undocumented + "}").videoUrl())
                    .as(undocumented).isEmpty();
        }
        assertThat(status("""
                {"status":"completed","output":[{"job_id":"j","content":[{"type":"video","url":"https://c.example/v"}]}]}
                """).attributes()).doesNotContainKey("jobId");

        TaskSnapshot none = status("""
                {"status":"completed","output":[{"content":[{"type":"image","url":"https://x.example/i.png"},
                 {"type":"video","url":""}, {"type":"video","url":null}, "junk", 7]}, null, "x"]}""");
        assertThat(none.videoUrl()).isEmpty();
        assertThat(status("{\"status\":\"completed\",\"output\":\"nope\"}").videoUrl()).isEmpty();
    }

    @Test
    void anErrorIsReadOnlyOnAFailedTask() {
        // seed 004: error is "only present when status is failed"
        assertThat(status("{\"status\":\"in_progress\",\"error\":{\"code\":\"001028095\",\"message\":\"x\"}}")
                .failure()).isEmpty();
        assertThat(status("{\"status\":\"failed\",\"error\":{\"code\":\"001028095\",\"message\":\"x\"}}")
                .failure()).hasValueSatisfying(f -> assertThat(f.code()).hasValue("001028095"));
    }

    @Test
    void theCreationTimeIsReadInItsCommonFormsAndNoOtherTime() {
        TaskSnapshot done = status("{\"status\":\"completed\",\"created_at\":\"2026-04-10T14:32:05Z\","
                + "\"started_at\":1775831525,\"completed_at\":\"2026-04-10T14:32:51+00:00\"}");
        assertThat(done.submittedAt()).hasValue(Instant.parse("2026-04-10T14:32:05Z"));
        // the task object documents created_at only
        assertThat(done.startedAt()).isEmpty();
        assertThat(done.finishedAt()).isEmpty();
        assertThat(status("{\"status\":\"queued\",\"created_at\":1773984104123}").submittedAt())
                .hasValue(Instant.ofEpochMilli(1773984104123L));
        assertThat(status("{\"status\":\"queued\",\"created_at\":\"yesterday\"}").submittedAt()).isEmpty();
    }

    @Test
    void aCreateAnswerGivesTheTaskIdAndAFirstSnapshot() {
        Submission s = codec.readCreate(json(200,
                "{\"id\":\"task_9\",\"created_at\":1773984104,\"status\":\"in_progress\",\"progress\":0.05}"));
        assertThat(s.taskId()).isEqualTo("task_9");
        assertThat(s.snapshot()).hasValueSatisfying(snap -> {
            assertThat(snap.status()).isEqualTo(TaskStatus.RUNNING);
            assertThat(snap.progress()).hasValue(0.05);
        });
    }

    @Test
    void aCreateAnswerAlreadyCompletedCarriesTheResult() {
        Submission s = codec.readCreate(json(200, COMPLETED));
        assertThat(s.taskId()).isEqualTo("task_123");
        TaskSnapshot snap = s.snapshot().orElseThrow();
        assertThat(snap.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(snap.videoUrl()).hasValue("https://cdn.example.com/out.mp4?Expires=1&Signature=x");
        assertThat(snap.usage().cost()).hasValue(new BigDecimal("0.0065"));
    }

    @Test
    void aCreateAnswerMayNameTheIdTaskIdButIsTheTaskItself() {
        Submission bare = codec.readCreate(json(200, "{\"task_id\":\"task_abc001\"}"));
        assertThat(bare.taskId()).isEqualTo("task_abc001");
        assertThat(bare.snapshot()).isEmpty();
        // no document shows a request id header, nor a task wrapped in data (only the precharge answer is)
        Submission withHeader = codec.readCreate(new HttpReply(200,
                Map.of("Content-Type", List.of("application/json"), "X-Request-Id", List.of("req-7")),
                "{\"id\":\"t-1\",\"status\":\"pending\"}".getBytes()));
        assertThat(withHeader.requestId()).isEmpty();
        assertThat(withHeader.snapshot().orElseThrow().status()).isEqualTo(TaskStatus.QUEUED);
        assertThatThrownBy(() -> codec.readCreate(json(200, "{\"code\":0,\"data\":{\"id\":\"t-1\"}}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no task id");
        assertThat(status("{\"data\":{\"id\":\"t-1\",\"status\":\"completed\"}}").status())
                .isEqualTo(TaskStatus.UNRECOGNIZED);
    }

    @Test
    void aNumericIdIsReadAsWrittenAndAFractionIsNoId() {
        assertThat(codec.readCreate(json(200, "{\"id\":123456789012345678901}")).taskId())
                .isEqualTo("123456789012345678901");
        // read as text, 1e308 would name a task the answer never named (1E+308)
        assertThatThrownBy(() -> codec.readCreate(json(200, "{\"id\":1e308}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no task id");
    }

    @Test
    void aCreateAnswerWithoutIdButWithAnErrorIsAVendorError() {
        assertThatThrownBy(() -> codec.readCreate(json(200,
                "{\"error\":{\"code\":1028003,\"message\":\"reference_urls can contain maximum 3 videos\"}}")))
                .isInstanceOfSatisfying(VendorErrorException.class, e -> {
                    assertThat(e.error().category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
                    assertThat(e.error().code()).hasValue("001028003");
                    assertThat(e.error().createNotAccepted()).hasValue(true);
                    assertThat(e.error().violations()).extracting(v -> v.ruleId()).containsExactly("R2V-REF-VIDEOS");
                });
    }

    @Test
    void unreadableSuccessAnswersFailClearlyNeverWithNpeOrClassCast() {
        for (String body : new String[] {"", "<html>ok</html>", "[]", "\"task\"", "{\"id\":{\"x\":1}}", "null"}) {
            assertThatThrownBy(() -> codec.readCreate(Fixtures.reply(200, "text/html", body)))
                    .as(body).isInstanceOf(IllegalStateException.class).hasMessageContaining("HTTP 200");
        }
        for (String body : new String[] {"", "<html>ok</html>", "[1]"}) {
            assertThatThrownBy(() -> codec.readStatus("t", Fixtures.reply(200, "text/html", body)))
                    .as(body).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anErrorObjectWithoutStatusIsAVendorErrorEvenIfItNamesNothing() {
        for (String body : List.of("{\"error\":{}}", "{\"error\":{\"code\":\" \",\"detail\":\"x\"}}")) {
            assertThatThrownBy(() -> status(body)).as(body).isInstanceOfSatisfying(VendorErrorException.class, e -> {
                assertThat(e.error().category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
                assertThat(e.error().code()).isEmpty();
                assertThat(e.error().message()).isEmpty();
            });
            assertThatThrownBy(() -> codec.readCreate(json(200, body))).as(body)
                    .isInstanceOf(VendorErrorException.class);
        }
        // with a status, the task is read; its failure says nothing more than TASK_FAILED
        TaskSnapshot failed = status("{\"status\":\"failed\",\"error\":{}}");
        assertThat(failed.failure()).hasValueSatisfying(f -> {
            assertThat(f.category()).isEqualTo(ErrorCategory.TASK_FAILED);
            assertThat(f.code()).isEmpty();
        });
    }

    @Test
    void aStatusAnswerWithAnErrorAndNoStatusIsAVendorError() {
        assertThatThrownBy(() -> status("{\"error\":\"rate limit exceeded\"}"))
                .isInstanceOfSatisfying(VendorErrorException.class, e -> {
                    assertThat(e.error().category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
                    assertThat(e.error().message()).hasValue("rate limit exceeded");
                });
    }
}
