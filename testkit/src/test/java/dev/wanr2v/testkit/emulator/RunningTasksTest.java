package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The running-task limit: a FIFO queue of PENDING tasks whose scripts start when they get a slot. */
class RunningTasksTest {
    private static final String CREATE = "/api/v1/services/aigc/video-generation/video-synthesis";
    private static final String BODY = Http.resource("dashscope-003-create.json");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final StatusScript HALF_QUEUED_ONE_RUNNING = StatusScript.builder().queued(Duration.ofMillis(500))
            .running(0.5, Duration.ofSeconds(1)).endsWith(Outcome.succeeded());

    private final ManualClock clock = new ManualClock(T0);

    private Emulator dashscope(AccountLimits limits) {
        return Emulators.start("dashscope", EmulatorOptions.defaults().withClock(clock).withAccountLimits(limits));
    }

    private static Http client(Emulator emulator) {
        return Http.to(emulator).bearer("sk-a").header("X-DashScope-Async", "enable");
    }

    private static String create(Emulator emulator, StatusScript script) {
        emulator.scriptNextTask(script);
        HttpResponse<byte[]> created = client(emulator).post(CREATE, BODY);
        assertThat(created.statusCode()).as(Http.text(created)).isEqualTo(200);
        return Http.json(created).path("output").path("task_id").asText();
    }

    private static String word(Emulator emulator, String id) {
        return Http.json(client(emulator).get("/api/v1/tasks/" + id)).path("output").path("task_status").asText();
    }

    private void at(long millis) {
        clock.set(T0.plusMillis(millis));
    }

    @Test
    void tasksBeyondTheLimitWaitAsPendingAndTheirScriptsAreShiftedNotCut() {
        try (Emulator emulator = dashscope(AccountLimits.of(5, 20, 2))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(create(emulator, HALF_QUEUED_ONE_RUNNING));
            }
            assertThat(emulator.account().running()).isEqualTo(2);
            assertThat(emulator.account().queued()).isEqualTo(2);

            at(500);
            assertThat(ids).extracting(id -> word(emulator, id)).containsExactly("RUNNING", "RUNNING", "PENDING", "PENDING");
            at(1_499);
            assertThat(ids).extracting(id -> word(emulator, id)).containsExactly("RUNNING", "RUNNING", "PENDING", "PENDING");
            at(1_500);
            assertThat(ids).extracting(id -> word(emulator, id))
                    .containsExactly("SUCCEEDED", "SUCCEEDED", "PENDING", "PENDING");
            at(2_000);
            assertThat(ids).extracting(id -> word(emulator, id))
                    .containsExactly("SUCCEEDED", "SUCCEEDED", "RUNNING", "RUNNING");
            at(3_000);
            assertThat(ids).extracting(id -> word(emulator, id))
                    .containsExactly("SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED");

            TaskState first = emulator.task(ids.get(0)).orElseThrow();
            TaskState third = emulator.task(ids.get(2)).orElseThrow();
            assertThat(third.createdAt()).isEqualTo(T0);
            assertThat(third.startedAt()).isEqualTo(T0.plusMillis(2_000));
            assertThat(third.endedAt()).isEqualTo(T0.plusMillis(3_000));
            assertThat(Duration.between(third.startedAt(), third.endedAt()))
                    .isEqualTo(Duration.between(first.startedAt(), first.endedAt()));
            JsonNode output = Http.json(client(emulator).get("/api/v1/tasks/" + ids.get(2))).path("output");
            assertThat(output.path("scheduled_time").asText()).isEqualTo("2026-01-01 08:00:02.000");
            assertThat(emulator.account().mostRunning()).isEqualTo(2);
            assertThat(emulator.account().mostQueued()).isEqualTo(2);
            assertThat(emulator.account().running()).isZero();
        }
    }

    @Test
    void slotsGoFirstComeFirstServedWhateverTheScriptsLength() {
        try (Emulator emulator = dashscope(AccountLimits.of(5, 20, 1))) {
            String longest = create(emulator, running(2_000));
            at(1);
            String middle = create(emulator, running(1_000));
            at(2);
            String shortest = create(emulator, running(500));

            at(10_000);
            assertThat(emulator.task(longest).orElseThrow().endedAt()).isEqualTo(T0.plusMillis(2_000));
            assertThat(emulator.task(middle).orElseThrow().endedAt()).isEqualTo(T0.plusMillis(3_000));
            assertThat(emulator.task(shortest).orElseThrow().endedAt()).isEqualTo(T0.plusMillis(3_500));
        }
    }

    @Test
    void aWaitingTaskCanBeCanceledAndNeverTakesASlot() {
        try (Emulator emulator = dashscope(AccountLimits.of(5, 20, 1))) {
            String first = create(emulator, running(1_000));
            String canceled = create(emulator, running(1_000));
            String third = create(emulator, running(1_000));
            at(500);

            HttpResponse<byte[]> cancel = client(emulator).post("/api/v1/tasks/" + canceled + "/cancel", "");
            assertThat(cancel.statusCode()).as(Http.text(cancel)).isEqualTo(200);
            assertThat(emulator.account().queued()).isEqualTo(1);
            at(1_000);

            assertThat(word(emulator, first)).isEqualTo("SUCCEEDED");
            assertThat(word(emulator, canceled)).isEqualTo("CANCELED");
            assertThat(word(emulator, third)).isEqualTo("RUNNING");
            assertThat(emulator.task(third).orElseThrow().startedAt()).isEqualTo(T0.plusMillis(1_000));
        }
    }

    @Test
    void aCreateThatFindsTheQueueFullIsThrottledInDashScopesWordsAndCreatesNothing() {
        try (Emulator emulator = dashscope(AccountLimits.of(5, 20, 1).withQueuedTasks(1))) {
            create(emulator, running(1_000));
            create(emulator, running(1_000));
            HttpResponse<byte[]> refused = client(emulator).post(CREATE, BODY);

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(Http.json(refused).path("code").asText()).isEqualTo("Throttling.AllocationQuota");
            assertThat(emulator.tasksCreated()).isEqualTo(2);
            assertThat(emulator.account().of(Operation.CREATE).throttled()).isEqualTo(1);
            at(1_000);
            assertThat(client(emulator).post(CREATE, BODY).statusCode()).as("a slot freed, the queue moved").isEqualTo(200);
        }
    }

    @Test
    void aTaskThatEndsAtOnceFreesItsSlotAtOnce() {
        try (Emulator emulator = dashscope(AccountLimits.of(5, 20, 1))) {
            String failed = create(emulator, StatusScript.immediately(Outcome.failed("InternalError.Algo", "boom")));
            String next = create(emulator, running(1_000));

            assertThat(word(emulator, failed)).isEqualTo("FAILED");
            assertThat(word(emulator, next)).isEqualTo("RUNNING");
        }
    }

    @Test
    void rescriptingTheRunningTaskToEndNowHandsItsSlotOn() {
        try (Emulator emulator = dashscope(AccountLimits.of(5, 20, 1))) {
            String running = create(emulator, StatusScript.runningForever(0.3));
            String waiting = create(emulator, running(1_000));
            at(700);
            assertThat(word(emulator, waiting)).isEqualTo("PENDING");

            emulator.scriptTask(running, StatusScript.immediately(Outcome.succeeded()));

            assertThat(word(emulator, running)).isEqualTo("SUCCEEDED");
            assertThat(word(emulator, waiting)).isEqualTo("RUNNING");
            assertThat(emulator.task(waiting).orElseThrow().startedAt()).isEqualTo(T0.plusMillis(700));
            assertThat(emulator.tasks()).extracting(TaskState::status)
                    .containsExactly(TaskStatus.SUCCEEDED, TaskStatus.RUNNING);
        }
    }

    private static StatusScript running(long millis) {
        return StatusScript.builder().running(0.5, Duration.ofMillis(millis)).endsWith(Outcome.succeeded());
    }
}
