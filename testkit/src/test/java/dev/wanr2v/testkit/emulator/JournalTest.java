package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.spi.Operation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JournalTest {
    private static final String CREATE = "/model/v1/generation";
    private static final String SEED = Http.resource("wan26api-004-create.json");

    @Test
    void everyRequestIsRecordedWithWhatTheEmulatorMadeOfIt() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
        try (Emulator emulator = Emulators.start("wan26api", EmulatorOptions.defaults().withClock(clock)
                .withApiKey("sk-journal-secret"))) {
            Http client = Http.to(emulator).bearer("sk-journal-secret").header("X-Trace", "t-1");
            String id = Http.json(client.post(CREATE, SEED)).path("id").asText();
            clock.advance(Duration.ofSeconds(1));
            client.get("/model/v1/generation/task/" + id + "?verbose=1&x=%20y");
            client.post(CREATE, "{\"model\":\"wan26_r2v\"}");
            client.get("/not/a/route");

            Journal journal = emulator.journal();
            assertThat(journal.size()).isEqualTo(4);
            RecordedRequest create = journal.of(Operation.CREATE).get(0);
            assertThat(create.method()).isEqualTo("POST");
            assertThat(create.path()).isEqualTo(CREATE);
            assertThat(create.time()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
            assertThat(create.header("authorization")).contains("Bearer sk-journal-secret");
            assertThat(create.header("X-TRACE")).contains("t-1");
            assertThat(create.bodyText()).isEqualTo(SEED);
            assertThat(create.body()).isEqualTo(SEED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(create.status()).isEqualTo(200);
            assertThat(create.taskId()).contains(id);
            assertThat(create.decodedRequest()).isPresent();
            assertThat(create.fault()).isEmpty();

            RecordedRequest status = journal.last(Operation.STATUS).orElseThrow();
            assertThat(status.time()).isEqualTo(Instant.parse("2026-03-01T10:00:01Z"));
            assertThat(status.taskId()).contains(id);
            assertThat(status.query()).isEqualTo("verbose=1&x=%20y");
            assertThat(status.decodedRequest()).isEmpty();

            RecordedRequest rejected = journal.of(Operation.CREATE).get(1);
            assertThat(rejected.status()).isEqualTo(400);
            assertThat(rejected.taskId()).isEmpty();
            assertThat(journal.unrouted()).singleElement().satisfies(r -> {
                assertThat(r.path()).isEqualTo("/not/a/route");
                assertThat(r.status()).isEqualTo(404);
                assertThat(r.operation()).isEmpty();
            });
            assertThat(journal.decodedRequests()).hasSize(1);
            assertThat(emulator.createsReceived()).isEqualTo(2);
            assertThat(emulator.tasksCreated()).isEqualTo(1);
        }
    }

    @Test
    void printedEntriesAndOptionsNeverShowTheKey() {
        try (Emulator emulator = Emulators.start("wan26api",
                EmulatorOptions.defaults().withApiKey("sk-journal-secret"))) {
            Http.to(emulator).bearer("sk-journal-secret").post(CREATE, SEED);

            String printed = emulator.journal().all().get(0).toString();
            assertThat(printed).contains("CREATE POST /model/v1/generation", "Bearer ****", "-> 200")
                    .doesNotContain("sk-journal-secret");
            assertThat(emulator.options().toString()).doesNotContain("sk-journal-secret");
            assertThat(emulator.tasks().get(0).toString()).doesNotContain("Signature");
        }
    }

    @Test
    void resetForgetsEverything() {
        try (Emulator emulator = Emulators.start("wan26api")) {
            Http client = Http.to(emulator).bearer("k");
            String id = Http.json(client.post(CREATE, SEED)).path("id").asText();
            emulator.faults().always(Operation.STATUS, Fault.status(500));

            emulator.reset();

            assertThat(emulator.journal().all()).isEmpty();
            assertThat(emulator.tasksCreated()).isZero();
            assertThat(emulator.createsReceived()).isZero();
            assertThat(emulator.faults().pending()).isZero();
            assertThat(client.get("/model/v1/generation/task/" + id).statusCode()).isEqualTo(404);
        }
    }
}
