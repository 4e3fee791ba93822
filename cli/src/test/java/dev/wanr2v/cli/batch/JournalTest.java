package dev.wanr2v.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.TaskHandle;
import dev.wanr2v.cli.CliException;
import dev.wanr2v.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal: replay, a record cut short by a crash, damage, and the lock. */
class JournalTest {
    private static final String INTENT = "{\"v\":1,\"type\":\"intent\",\"at\":\"2030-01-01T00:00:00Z\",\"line\":3,\"attempt\":1,\"sha256\":\"ab\"}\n";
    private static final String TOKEN = new TaskHandle("uniall", "task_1", "https://api.example.com", Instant.EPOCH).toToken();
    private static final String SUBMITTED = "{\"v\":1,\"type\":\"submitted\",\"line\":3,\"attempt\":1,\"token\":\"" + TOKEN + "\"}\n";

    @TempDir
    Path dir;

    @Test
    void replaysEachLinesRecordsInOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("j.jsonl"), "{\"v\":1,\"type\":\"run\",\"provider\":\"uniall\"}\n" + INTENT
                + SUBMITTED + "{\"v\":1,\"type\":\"intent\",\"line\":5,\"attempt\":1,\"sha256\":\"cd\"}\n"
                + "{\"v\":1,\"type\":\"unknown\",\"line\":5,\"attempt\":1,\"error\":{\"category\":\"SUBMIT_OUTCOME_UNKNOWN\"}}\n"
                + "{\"v\":1,\"type\":\"from-the-future\",\"line\":3}\n");

        try (Journal journal = Journal.open(file)) {
            assertThat(journal.provider()).contains("uniall");
            assertThat(journal.lines()).containsOnlyKeys(3, 5);
            LineHistory three = journal.line(3).orElseThrow();
            assertThat(three.phase()).isEqualTo(LineHistory.Phase.SUBMITTED);
            assertThat(three.token()).isEqualTo(TOKEN);
            assertThat(three.sha256()).isEqualTo("ab");
            assertThat(three.sentAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
            assertThat(journal.line(5).orElseThrow().phase()).isEqualTo(LineHistory.Phase.UNKNOWN);
            assertThat(journal.droppedTornTail()).isFalse();
        }
    }

    @Test
    void aLastRecordCutShortByACrashIsDroppedAndTheJournalGoesOn() throws Exception {
        Path file = Files.writeString(dir.resolve("j.jsonl"), INTENT + SUBMITTED.substring(0, 40));

        try (Journal journal = Journal.open(file)) {
            assertThat(journal.droppedTornTail()).isTrue();
            assertThat(journal.line(3).orElseThrow().phase()).as("the token never made it").isEqualTo(LineHistory.Phase.INTENT);
            journal.append(JournalRecords.intent(4, 1, "ef"));
        }

        assertThat(Files.readString(file)).startsWith(INTENT).endsWith("\n").doesNotContain("\"submitted\"");
        assertThat(BatchFixture.jsonLines(file)).hasSize(2);
    }

    @Test
    void aDamagedRecordBeforeTheEndIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("j.jsonl"), INTENT + "{\"v\":1,\"ty\n" + SUBMITTED);

        assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(CliException.class)
                .hasMessageContaining("damaged at record 2")
                .satisfies(e -> assertThat(((CliException) e).exitCode()).isEqualTo(ExitCodes.FILES));
    }

    @Test
    void oneJournalServesOneRunAtATime() {
        Path file = dir.resolve("j.jsonl");
        try (Journal first = Journal.open(file)) {
            assertThatThrownBy(() -> Journal.open(file)).isInstanceOf(CliException.class).hasMessageContaining("in use");
            first.append(JournalRecords.intent(1, 1, "aa"));
        }
        try (Journal again = Journal.open(file)) {
            assertThat(again.line(1)).isPresent();
        }
    }

    @Test
    void appendedRecordsAreReadBackAfterReopening() {
        Path file = dir.resolve("new.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(JournalRecords.intent(2, 1, "s2"));
            journal.append(JournalRecords.submitted(2, 1, TaskHandle.parse(TOKEN)));
        }
        try (Journal journal = Journal.open(file)) {
            LineHistory two = journal.line(2).orElseThrow();
            assertThat(two.phase()).isEqualTo(LineHistory.Phase.SUBMITTED);
            assertThat(two.token()).isEqualTo(TOKEN);
            assertThat(two.attempts()).isEqualTo(1);
        }
    }
}
