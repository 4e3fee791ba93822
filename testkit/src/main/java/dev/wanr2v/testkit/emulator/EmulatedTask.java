package dev.wanr2v.testkit.emulator;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.time.Duration;
import java.time.Instant;

/**
 * One task: its request and its script, played at a speed from the moment it gets a slot
 * ({@link TaskSlots}); queued until then. State is computed on read.
 */
final class EmulatedTask {
    final String id;
    final R2vRequest request;
    final Instant createdAt;
    private StatusScript script;
    private Instant scriptStart;
    private Instant startedAt;
    private Instant canceledAt;
    private double canceledProgress;

    EmulatedTask(String id, R2vRequest request, Instant createdAt, StatusScript script) {
        this.id = id;
        this.request = request;
        this.createdAt = createdAt;
        this.script = script;
    }

    /** Its script starts now: it got a slot. */
    synchronized void start(Instant at) {
        scriptStart = at;
    }

    /** Back to waiting for a slot (a script given to a task that had ended). */
    synchronized void unslot() {
        scriptStart = null;
    }

    /** Plays a new script from now on (from its slot, for a task still waiting for one). */
    synchronized void rescript(StatusScript newScript, Instant now) {
        script = newScript;
        if (scriptStart != null) {
            scriptStart = now;
        }
        canceledAt = null;
    }

    /** The first instant at which the task has ended, for a task with a slot. */
    synchronized Instant endsAt(double speed) {
        if (canceledAt != null) {
            return canceledAt;
        }
        double total = 0;
        for (StatusScript.Step step : script.steps()) {
            total += step.length().toNanos(); // summed as phase() sums them
        }
        Instant end = scriptStart.plusNanos((long) Math.ceil(total / speed));
        while (Math.max(0, Duration.between(scriptStart, end).toNanos()) * speed < total) {
            end = end.plusNanos(1); // rounding: never before phase() says it ended
        }
        return end;
    }

    /** Cancels the task if it is queued now; true if it was. */
    synchronized boolean cancelIfQueued(Instant now, double speed) {
        Phase phase = phase(now, speed);
        if (phase.status != TaskStatus.QUEUED) {
            return false;
        }
        canceledAt = now;
        canceledProgress = phase.progress;
        return true;
    }

    /**
     * The state at {@code now}.
     *
     * @param lifetime how long an ended task stays known
     * @param signer   makes the signed result URL from the task id and its expiry
     */
    synchronized TaskState stateAt(Instant now, double speed, Duration lifetime, UrlSigner signer) {
        Phase phase = phase(now, speed);
        if (!phase.status.isTerminal()) {
            return new TaskState(id, request, phase.status, phase.unknownStatus, phase.progress, null, createdAt,
                    startedAt, null, null, null);
        }
        Instant expiresAt = phase.endedAt.plus(lifetime);
        if (now.isAfter(expiresAt)) {
            return new TaskState(id, request, TaskStatus.EXPIRED, "", phase.progress, Outcome.expired(), createdAt,
                    startedAt, phase.endedAt, null, expiresAt);
        }
        String url = phase.outcome.kind() == Outcome.Kind.SUCCEEDED ? signer.sign(id, expiresAt) : null;
        return new TaskState(id, request, phase.status, "", phase.progress, phase.outcome, createdAt, startedAt,
                phase.endedAt, url, expiresAt);
    }

    private Phase phase(Instant now, double speed) {
        if (canceledAt != null && !now.isBefore(canceledAt)) {
            return new Phase(TaskStatus.CANCELED, "", canceledProgress, Outcome.canceled(), canceledAt);
        }
        if (scriptStart == null || now.isBefore(scriptStart)) {
            return new Phase(TaskStatus.QUEUED, "", 0, null, null); // waiting for a slot
        }
        double elapsed = Math.max(0, Duration.between(scriptStart, now).toNanos()) * speed;
        double at = 0;
        double progress = 0;
        for (StatusScript.Step step : script.steps()) {
            double length = step.length().toNanos();
            if (step.status() != TaskStatus.QUEUED && startedAt == null && elapsed >= at) {
                startedAt = offset(at, speed);
            }
            progress = step.progress();
            if (elapsed < at + length) {
                return new Phase(step.status(), step.unknownStatus(), progress, null, null);
            }
            at += length;
        }
        if (startedAt == null) {
            startedAt = offset(at, speed);
        }
        Outcome outcome = script.outcome();
        double end = outcome.kind() == Outcome.Kind.SUCCEEDED ? 1.0 : progress;
        return new Phase(outcome.status(), "", end, outcome, offset(at, speed));
    }

    private Instant offset(double scriptNanos, double speed) {
        return scriptStart.plusNanos((long) (scriptNanos / speed));
    }

    private record Phase(TaskStatus status, String unknownStatus, double progress, Outcome outcome, Instant endedAt) {
    }

    /** Signs the result URL of a task. */
    interface UrlSigner {
        String sign(String taskId, Instant expiresAt);
    }
}
