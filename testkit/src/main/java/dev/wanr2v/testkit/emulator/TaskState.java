package dev.wanr2v.testkit.emulator;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.Outcome;
import java.time.Instant;
import java.util.Optional;

/**
 * An emulated task as its script says it is at one moment; emulators render it in their vendor's
 * vocabulary.
 *
 * @param id            the task id
 * @param request       the neutral request the emulator decoded from the create call
 * @param status        the neutral status: {@code QUEUED}, {@code RUNNING}, {@code UNRECOGNIZED} or a terminal one
 * @param unknownStatus for {@code UNRECOGNIZED}, the undocumented status string to send; {@code ""} otherwise
 * @param progress      0.0 to 1.0
 * @param outcome       how the task ended; {@code null} until it is terminal
 * @param createdAt     when the create call arrived
 * @param startedAt     when it started running; {@code null} before
 * @param endedAt       when it reached its outcome; {@code null} before
 * @param videoUrl      the signed URL of the result video, for a succeeded task; {@code null} otherwise
 * @param expiresAt     when the result URL and the task id expire; {@code null} until it ended
 */
public record TaskState(String id, R2vRequest request, TaskStatus status, String unknownStatus, double progress,
        Outcome outcome, Instant createdAt, Instant startedAt, Instant endedAt, String videoUrl, Instant expiresAt) {

    /** Whether the task can no longer change. */
    public boolean isTerminal() {
        return status.isTerminal();
    }

    /** The failure, for a failed task. */
    public Optional<Outcome.Failed> failure() {
        return outcome instanceof Outcome.Failed failed ? Optional.of(failed) : Optional.empty();
    }

    /** Id, status and progress only: the URL is signed. */
    @Override
    public String toString() {
        return "TaskState[" + id + ", " + (unknownStatus.isEmpty() ? status : status + " " + unknownStatus) + ", "
                + Math.round(progress * 100) + "%]";
    }
}
