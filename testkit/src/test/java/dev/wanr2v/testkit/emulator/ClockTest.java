package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockTest {
    private static final String CREATE = "/v1/video/generations";
    private static final String BODY = Http.resource("uniall-000-example2-reference.json");

    private static String create(Emulator emulator) {
        return Http.json(Http.to(emulator).bearer("k").post(CREATE, BODY)).path("id").asText();
    }

    private static String status(Emulator emulator, String id) {
        return Http.json(Http.to(emulator).bearer("k").get("/v1/videos/" + id)).path("status").asText();
    }

    @Test
    void stepsChangeExactlyAtTheirBoundariesOnAManualClock() {
        ManualClock clock = new ManualClock();
        try (Emulator emulator = Emulators.start("uniall", EmulatorOptions.defaults().withClock(clock))) {
            String id = create(emulator);
            clock.advance(Duration.ofMillis(499));
            assertThat(status(emulator, id)).isEqualTo("queued");
            clock.advance(Duration.ofMillis(1));
            assertThat(status(emulator, id)).isEqualTo("in_progress");
            clock.advance(Duration.ofMillis(1999));
            assertThat(emulator.task(id).orElseThrow().progress()).isEqualTo(0.85);
            clock.advance(Duration.ofMillis(1));
            TaskState done = emulator.task(id).orElseThrow();
            assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
            assertThat(done.startedAt()).isEqualTo(done.createdAt().plusMillis(500));
            assertThat(done.endedAt()).isEqualTo(done.createdAt().plusMillis(2500));
            assertThat(done.expiresAt()).isEqualTo(done.endedAt().plus(Duration.ofHours(24)));
        }
    }

    @Test
    void speedCompressesEveryStep() {
        ManualClock clock = new ManualClock();
        try (Emulator emulator = Emulators.start("uniall", EmulatorOptions.defaults().withClock(clock).withSpeed(10))) {
            String id = create(emulator);
            clock.advance(Duration.ofMillis(49));
            assertThat(status(emulator, id)).isEqualTo("queued");
            clock.advance(Duration.ofMillis(1));
            assertThat(status(emulator, id)).isEqualTo("in_progress");
            clock.advance(Duration.ofMillis(200));
            assertThat(status(emulator, id)).isEqualTo("completed");
        }
    }

    @Test
    void onTheSystemClockTheDefaultScriptPlaysInRealTime() throws InterruptedException {
        try (Emulator emulator = Emulators.start("uniall", EmulatorOptions.defaults().withSpeed(5))) {
            String id = create(emulator);
            List<String> seen = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline) && !seen.contains("completed")) {
                String now = status(emulator, id);
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now)) {
                    seen.add(now);
                }
                Thread.sleep(20);
            }
            assertThat(seen).containsSubsequence("in_progress", "completed").endsWith("completed");
        }
    }

    @Test
    void anExistingTaskCanBeRescriptedAndTheDefaultReplaced() {
        ManualClock clock = new ManualClock();
        try (Emulator emulator = Emulators.start("uniall", EmulatorOptions.defaults().withClock(clock))) {
            String first = create(emulator);
            emulator.scriptTask(first, StatusScript.builder().running(0.2, Duration.ofSeconds(10))
                    .endsWith(Outcome.failed("boom", "")));
            clock.advance(Duration.ofSeconds(5));
            assertThat(emulator.task(first).orElseThrow().status()).isEqualTo(TaskStatus.RUNNING);
            clock.advance(Duration.ofSeconds(5));
            assertThat(emulator.task(first).orElseThrow().failure()).contains(new Outcome.Failed("boom", ""));

            emulator.defaultScript(StatusScript.immediately(Outcome.succeeded()));
            assertThat(emulator.task(create(emulator)).orElseThrow().status()).isEqualTo(TaskStatus.SUCCEEDED);
            assertThatThrownBy(() -> emulator.scriptTask("task_none", StatusScript.defaults()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("task_none");
        }
    }

    @Test
    void queuedScriptsAreTakenInOrder() {
        ManualClock clock = new ManualClock();
        try (Emulator emulator = Emulators.start("uniall", EmulatorOptions.defaults().withClock(clock))) {
            emulator.scriptNextTask(StatusScript.immediately(Outcome.failed("first", "")))
                    .scriptNextTask(StatusScript.immediately(Outcome.expired()));

            assertThat(emulator.task(create(emulator)).orElseThrow().status()).isEqualTo(TaskStatus.FAILED);
            assertThat(emulator.task(create(emulator)).orElseThrow().status()).isEqualTo(TaskStatus.EXPIRED);
            assertThat(emulator.task(create(emulator)).orElseThrow().status()).isEqualTo(TaskStatus.QUEUED);
        }
    }
}
