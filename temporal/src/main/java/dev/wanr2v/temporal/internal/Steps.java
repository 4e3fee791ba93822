package dev.wanr2v.temporal.internal;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.temporal.GenerationFailure;
import dev.wanr2v.temporal.GenerationOptions;
import dev.wanr2v.temporal.TaskQueues;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.api.enums.v1.TimeoutType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/** The workflow's fixed decisions: activity options, how failures read, backoff, names. Pure functions. */
final class Steps {
    /** One status call, with the engine's own retries of transient failures inside. */
    private static final Duration STATUS_LIMIT = Duration.ofMinutes(5);
    private static final Duration STORE_LIMIT = Duration.ofHours(1);
    private static final Duration CREATE_BACKOFF_CAP = Duration.ofMinutes(1);

    private Steps() {
    }

    /** The create: never retried by Temporal (a second create could pay twice); the workflow decides. */
    static ActivityOptions createOptions(TaskQueues queues, GenerationOptions o) {
        return ActivityOptions.newBuilder().setTaskQueue(queues.creates())
                .setStartToCloseTimeout(o.createDeadline()).setHeartbeatTimeout(o.heartbeatTimeout())
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build()).build();
    }

    /** A poll: one attempt; the workflow's next timer is the retry. */
    static ActivityOptions pollOptions(TaskQueues queues, GenerationOptions o) {
        return ActivityOptions.newBuilder().setTaskQueue(queues.queries())
                .setStartToCloseTimeout(STATUS_LIMIT).setHeartbeatTimeout(o.heartbeatTimeout())
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build()).build();
    }

    /** Storing: safe to repeat (a status call and a download), so Temporal retries it, on any worker. */
    static ActivityOptions storeOptions(TaskQueues queues, GenerationOptions o) {
        return ActivityOptions.newBuilder().setTaskQueue(queues.queries())
                .setStartToCloseTimeout(STORE_LIMIT).setHeartbeatTimeout(o.heartbeatTimeout())
                .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofSeconds(1))
                        .setBackoffCoefficient(2).setMaximumInterval(Duration.ofMinutes(1)).setMaximumAttempts(10)
                        .build()).build();
    }

    /** The typed failure an activity reported, or {@code null} when it ended otherwise (timeout, crash, a bug). */
    static GenerationFailure typed(ActivityFailure f) {
        if (f.getCause() instanceof ApplicationFailure af && af.getDetails().getSize() > 0) {
            try {
                return af.getDetails().get(GenerationFailure.class);
            } catch (RuntimeException otherDetails) {
                return null;
            }
        }
        return null;
    }

    /**
     * The create ended without telling whether the vendor took it: its worker stopped heartbeating or ran out of
     * time (it died, or lost Temporal), or it failed in a way the library does not type. {@code sentAt}: when the
     * worker began the create, as its first heartbeat said, else when the workflow scheduled it.
     */
    static GenerationFailure unknownOutcome(ActivityFailure f, Instant scheduledAt) {
        Instant sentAt = scheduledAt;
        if (f.getCause() instanceof TimeoutFailure t && t.getLastHeartbeatDetails().getSize() > 0) {
            try {
                Instant began = t.getLastHeartbeatDetails().get(Instant.class);
                sentAt = began != null ? began : scheduledAt;
            } catch (RuntimeException unreadable) {
                sentAt = scheduledAt;
            }
        }
        return GenerationFailure.of(ErrorCategory.SUBMIT_OUTCOME_UNKNOWN, "it is unknown whether the vendor"
                + " accepted the create sent at " + sentAt + ": " + why(f) + ". Nothing was sent again. Look the"
                + " task up at the vendor (its console or task list) around that time before starting another"
                + " generation; a task that exists can be followed with GenerationInput.resume(token).", null, sentAt);
    }

    /** What ended an activity, in words. */
    static String why(ActivityFailure f) {
        Throwable cause = f.getCause();
        if (cause instanceof TimeoutFailure t) {
            return t.getTimeoutType() == TimeoutType.TIMEOUT_TYPE_HEARTBEAT
                    ? "the worker running it stopped heartbeating (it died or lost the Temporal service)"
                    : "it did not finish in time (" + t.getTimeoutType() + ")";
        }
        return cause == null ? String.valueOf(f.getMessage()) : "it failed: " + cause.getMessage();
    }

    /** Before create attempt {@code attempt + 1}: 1 s doubling to 1 min, at least what the vendor asked for. */
    static Duration createBackoff(int attempt, Duration retryAfter) {
        long seconds = 1L << Math.min(attempt - 1, 6);
        Duration backoff = Duration.ofSeconds(seconds).compareTo(CREATE_BACKOFF_CAP) > 0 ? CREATE_BACKOFF_CAP
                : Duration.ofSeconds(seconds);
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }

    /**
     * The sink name of a workflow: its id where that is letters, digits, {@code .}, {@code _} and {@code -}; else
     * those characters kept, the rest as {@code _}, and a hash of the id, so distinct ids never share a name.
     */
    static String sinkName(String workflowId) {
        String plain = workflowId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (plain.equals(workflowId) && plain.length() <= 200 && !plain.startsWith(".")) {
            return plain;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(workflowId.getBytes(StandardCharsets.UTF_8));
            String head = plain.length() > 150 ? plain.substring(0, 150) : plain;
            return (head.startsWith(".") ? "_" + head.substring(1) : head) + "-"
                    + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
