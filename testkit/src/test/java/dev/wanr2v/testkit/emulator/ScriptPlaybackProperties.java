package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.R2vArbitraries;
import dev.wanr2v.testkit.StatusScript;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every generated status script, played on a manual clock, is seen step by step through each vendor's
 * status call, in that vendor's words (the tables here are written from PROTOCOLS.md §4).
 */
class ScriptPlaybackProperties {
    private static final ManualClock CLOCK = new ManualClock();
    private static final Map<TaskStatus, String> DASHSCOPE_WORDS = Map.of(TaskStatus.QUEUED, "PENDING",
            TaskStatus.RUNNING, "RUNNING", TaskStatus.SUCCEEDED, "SUCCEEDED", TaskStatus.FAILED, "FAILED",
            TaskStatus.CANCELED, "CANCELED", TaskStatus.EXPIRED, "UNKNOWN");
    private static final Map<TaskStatus, String> UNIALL_WORDS = Map.of(TaskStatus.QUEUED, "queued",
            TaskStatus.RUNNING, "in_progress", TaskStatus.SUCCEEDED, "completed", TaskStatus.FAILED, "failed");
    private static final Map<TaskStatus, String> WAN26API_WORDS = Map.of(TaskStatus.QUEUED, "pending",
            TaskStatus.RUNNING, "in_progress", TaskStatus.SUCCEEDED, "completed", TaskStatus.FAILED, "failed");

    private static Emulator dashscope;
    private static Emulator uniall;
    private static Emulator wan26api;

    @BeforeContainer
    static void start() {
        EmulatorOptions options = EmulatorOptions.defaults().withClock(CLOCK);
        dashscope = Emulators.start("dashscope", options);
        uniall = Emulators.start("uniall", options);
        wan26api = Emulators.start("wan26api", options);
    }

    @AfterContainer
    static void stop() {
        dashscope.close();
        uniall.close();
        wan26api.close();
    }

    @Provide
    Arbitrary<StatusScript> anyScript() {
        return R2vArbitraries.statusScripts();
    }

    @Provide
    Arbitrary<StatusScript> withoutCancel() {
        return R2vArbitraries.statusScripts(EnumSet.of(Outcome.Kind.SUCCEEDED, Outcome.Kind.FAILED, Outcome.Kind.EXPIRED));
    }

    @Property(tries = 80)
    void dashScopeReportsEveryStep(@ForAll("anyScript") StatusScript script) {
        dashscope.scriptNextTask(script);
        Http client = Http.to(dashscope).bearer("k").header("X-DashScope-Async", "enable");
        String id = Http.json(client.post("/api/v1/services/aigc/video-generation/video-synthesis",
                Http.resource("dashscope-003-create.json"))).path("output").path("task_id").asText();
        play(script, step -> {
            JsonNode output = Http.json(client.get("/api/v1/tasks/" + id)).path("output");
            assertThat(output.path("task_status").asText()).isEqualTo(word(step, DASHSCOPE_WORDS));
        }, outcome -> {
            JsonNode output = Http.json(client.get("/api/v1/tasks/" + id)).path("output");
            assertThat(output.path("task_status").asText()).isEqualTo(DASHSCOPE_WORDS.get(outcome.status()));
            if (outcome instanceof Outcome.Failed failed) {
                assertThat(output.path("code").asText()).isEqualTo(failed.code());
                assertThat(output.path("message").asText()).isEqualTo(failed.message());
            }
            assertThat(output.has("video_url")).isEqualTo(outcome.kind() == Outcome.Kind.SUCCEEDED);
        });
    }

    @Property(tries = 80)
    void uniAllReportsEveryStep(@ForAll("withoutCancel") StatusScript script) {
        uniall.scriptNextTask(script);
        Http client = Http.to(uniall).bearer("k");
        String id = Http.json(client.post("/v1/video/generations", Http.resource("uniall-002-create.json")))
                .path("id").asText();
        play(script, step -> {
            JsonNode job = Http.json(client.get("/v1/videos/" + id));
            assertThat(job.path("status").asText()).isEqualTo(word(step, UNIALL_WORDS));
            assertThat(job.path("progress").asInt()).isEqualTo((int) Math.round(step.progress() * 100));
        }, outcome -> {
            HttpResponse<byte[]> response = client.get("/v1/videos/" + id);
            if (outcome.kind() == Outcome.Kind.EXPIRED) {
                assertThat(response.statusCode()).isEqualTo(404);
                return;
            }
            JsonNode job = Http.json(response);
            assertThat(job.path("status").asText()).isEqualTo(UNIALL_WORDS.get(outcome.status()));
            if (outcome instanceof Outcome.Failed failed) {
                assertThat(job.path("error").path("code").asText()).isEqualTo(failed.code());
            } else {
                assertThat(job.path("video_url").asText()).contains("/files/" + id + ".mp4");
            }
        });
    }

    @Property(tries = 80)
    void wan26ApiReportsEveryStep(@ForAll("withoutCancel") StatusScript script) {
        wan26api.scriptNextTask(script);
        Http client = Http.to(wan26api).bearer("k");
        String id = Http.json(client.post("/model/v1/generation", Http.resource("wan26api-004-create.json")))
                .path("id").asText();
        play(script, step -> {
            JsonNode task = Http.json(client.get("/model/v1/generation/task/" + id));
            assertThat(task.path("status").asText()).isEqualTo(word(step, WAN26API_WORDS));
            assertThat(task.path("progress").asDouble()).isCloseTo(step.progress(), org.assertj.core.data.Offset.offset(0.0005));
        }, outcome -> {
            HttpResponse<byte[]> response = client.get("/model/v1/generation/task/" + id);
            if (outcome.kind() == Outcome.Kind.EXPIRED) {
                assertThat(response.statusCode()).isEqualTo(404);
                return;
            }
            JsonNode task = Http.json(response);
            assertThat(task.path("status").asText()).isEqualTo(WAN26API_WORDS.get(outcome.status()));
            assertThat(task.has("output")).isEqualTo(outcome.kind() == Outcome.Kind.SUCCEEDED);
            assertThat(task.has("error")).isEqualTo(outcome.kind() == Outcome.Kind.FAILED);
        });
    }

    private static String word(StatusScript.Step step, Map<TaskStatus, String> words) {
        return step.status() == TaskStatus.UNRECOGNIZED ? step.unknownStatus() : words.get(step.status());
    }

    /** Checks each step of non-zero length at its start, then the outcome at the end. */
    private static void play(StatusScript script, java.util.function.Consumer<StatusScript.Step> atStep,
            java.util.function.Consumer<Outcome> atEnd) {
        Duration elapsed = Duration.ZERO;
        java.time.Instant start = CLOCK.instant();
        for (StatusScript.Step step : script.steps()) {
            if (!step.length().isZero()) {
                CLOCK.set(start.plus(elapsed));
                atStep.accept(step);
            }
            elapsed = elapsed.plus(step.length());
        }
        CLOCK.set(start.plus(elapsed));
        atEnd.accept(script.outcome());
        CLOCK.advance(Duration.ofMinutes(1));
    }
}
