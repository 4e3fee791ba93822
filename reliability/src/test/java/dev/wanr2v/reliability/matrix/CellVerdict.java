package dev.wanr2v.reliability.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.reliability.support.Rig;
import dev.wanr2v.reliability.support.Secrets;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.MediaSamples;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.TaskState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Judges one cell: the result and exception type, how many attempts reached the vendor, how many
 * creates were sent and tasks made, what the call left behind (a canceled task, a downloaded file or
 * none), and that the API key appears in no message and no log line.
 */
final class CellVerdict {
    private final Cell cell;
    private final Fault fault;
    private final CellRunner.Observation seen;
    private final Counts before;
    private final Counts after;
    private final Rig rig;
    private final String log;
    private final Expect.Result expected;

    CellVerdict(Cell cell, Fault fault, CellRunner.Observation seen, Counts before, Counts after, Rig rig,
            String log) {
        this.cell = cell;
        this.fault = fault;
        this.seen = seen;
        this.before = before;
        this.after = after;
        this.rig = rig;
        this.log = log;
        this.expected = cell.expected();
    }

    void assertAll() {
        assertResult();
        assertAttempts();
        assertCreates();
        assertLeftovers();
        assertNoSecret();
    }

    private void assertResult() {
        if (expected.success()) {
            assertThat(seen.error()).as("%s: the call should work", cell).isNull();
            if (expected.status() != null) {
                assertThat(((TaskSnapshot) seen.value()).status()).as("%s: status", cell).isEqualTo(expected.status());
            }
            if (cell.fault() == FaultKind.UNKNOWN_STATUS) {
                List<TaskSnapshot> reported = cell.call() == Call.STATUS ? List.of((TaskSnapshot) seen.value())
                        : seen.statuses();
                assertThat(reported).as("%s: the unknown status, kept raw, reported as unrecognized", cell)
                        .anySatisfy(s -> assertThat(s.rawStatus() + " " + s.status())
                                .isEqualTo(Scenario.UNKNOWN + " " + TaskStatus.UNRECOGNIZED));
            }
            return;
        }
        assertThat(seen.error()).as("%s: the call should fail", cell).isNotNull();
        assertThat(seen.error()).as("%s: the exception", cell).isExactlyInstanceOf(expected.error());
        String message = seen.error().getMessage();
        assertThat(message).as("%s: a message that says something", cell).isNotBlank()
                .doesNotMatch("[\\w.$]*(Exception|Error)").contains("[" + cell.vendor().id() + "]");
        if (seen.error() instanceof SubmitOutcomeUnknownException u) {
            assertThat(u.sentAt()).isNotNull();
            assertThat(u.getMessage()).contains("did not send it again");
        }
    }

    /** Attempts that reached the emulator: all of them, less those the gate refused or cut. */
    private void assertAttempts() {
        if (expected.attempts() == Expect.Result.ANY) {
            assertWaitPolled();
            return;
        }
        int faulted = cell.mode() == Mode.ONCE ? 1 : expected.attempts();
        int reached = expected.attempts() - (cell.fault().atGate() ? faulted : 0);
        if (cell.call() == Call.UPLOAD_GRANT) {
            assertThat(after.grants() - before.grants()).as("%s: upload policy calls", cell).isEqualTo(reached);
        } else if (cell.call() == Call.UPLOAD_FILE) {
            assertThat(after.files() - before.files()).as("%s: file uploads", cell).isEqualTo(reached);
        } else if (cell.call() != Call.DOWNLOAD || cell.fault() != FaultKind.REFUSED) {
            Operation op = cell.call().operation();
            assertThat(after.of(op) - before.of(op)).as("%s: %s calls at the vendor; journal %s", cell, op,
                    rig.emulator().journal().all()).isEqualTo(reached);
        }
        if (cell.call() == Call.CREATE) {
            assertThat(seen.retries()).as("%s: retries of the create", cell)
                    .filteredOn(e -> e.operation() == Operation.CREATE).hasSize(expected.attempts() - 1);
        }
    }

    private void assertWaitPolled() {
        int polls = after.of(Operation.STATUS) - before.of(Operation.STATUS);
        boolean gate = cell.fault().atGate();
        if (cell.mode() == Mode.ONCE) {
            assertThat(polls).as("%s: status calls, the faulted one repeated", cell).isGreaterThanOrEqualTo(gate ? 1 : 2);
        } else if (!gate) {
            assertThat(polls).as("%s: status calls until the deadline", cell).isGreaterThanOrEqualTo(1);
        }
    }

    /** Creates sent by this call, and tasks made: never more than one per submit. */
    private void assertCreates() {
        int creates = after.of(Operation.CREATE) - before.of(Operation.CREATE);
        int tasks = after.tasks() - before.tasks();
        switch (cell.call()) {
            case CREATE -> {
                int atVendor = cell.fault().atGate() ? expected.attempts() - (cell.mode() == Mode.ONCE ? 1
                        : expected.attempts()) : expected.attempts();
                int failedAtVendor = atVendor - (expected.success() ? 1 : 0);
                int lostAnswers = fault != null && fault.handled() ? failedAtVendor : 0;
                assertThat(tasks).as("%s: tasks made (%d of them behind lost answers)", cell, lostAnswers)
                        .isEqualTo(lostAnswers + (expected.success() ? 1 : 0));
                assertThat(tasks).as("%s: at most one task per submit", cell).isLessThanOrEqualTo(1);
            }
            case UPLOAD_GRANT, UPLOAD_FILE -> {
                assertThat(creates).as("%s: creates after the upload", cell).isEqualTo(expected.success() ? 1 : 0);
                assertThat(tasks).as("%s: tasks", cell).isEqualTo(expected.success() ? 1 : 0);
            }
            default -> {
                assertThat(creates).as("%s: a %s never creates", cell, cell.call()).isZero();
                assertThat(tasks).as("%s: tasks", cell).isZero();
            }
        }
    }

    private void assertLeftovers() {
        if (cell.call() == Call.CANCEL && expected.success()) {
            boolean reached = expected.attempts() > 1 || fault == null || fault.handled();
            TaskState task = rig.emulator().task(seen.handle().taskId()).orElseThrow();
            assertThat(task.status()).as("%s: the task at the vendor", cell)
                    .isEqualTo(reached ? TaskStatus.CANCELED : TaskStatus.QUEUED);
        }
        if (cell.call() == Call.DOWNLOAD) {
            Path dir = seen.downloadDir();
            if (expected.success()) {
                assertThat(read(dir.resolve("clip.mp4"))).as("%s: the video", cell)
                        .isEqualTo(MediaSamples.resultVideo());
            }
            assertThat(list(dir)).as("%s: nothing but the finished file in the directory", cell)
                    .hasSize(expected.success() ? 1 : 0);
        }
        if (cell.call() == Call.CREATE && expected.success()) {
            assertThat(seen.value()).as("%s: the video arrives", cell).isInstanceOf(GeneratedVideo.class);
        }
    }

    private void assertNoSecret() {
        if (seen.error() != null) {
            Secrets.assertAbsent(seen.error());
        }
        assertThat(log).as("%s: the log was captured at TRACE", cell).contains("Authorization: ");
        Secrets.assertAbsent(log, cell + ": the log");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
