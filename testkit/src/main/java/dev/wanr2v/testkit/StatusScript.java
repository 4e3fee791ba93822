package dev.wanr2v.testkit;

import dev.wanr2v.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The life of one task as a vendor reports it: a sequence of non-terminal steps, each held for a
 * while, then a terminal {@link Outcome}.
 *
 * <p>Steps are vendor-neutral: {@link TaskStatus#QUEUED}, {@link TaskStatus#RUNNING} with a progress,
 * or {@link TaskStatus#UNRECOGNIZED} with a status string no vendor documents (a provider must keep
 * it, treat the task as running and not crash). An emulator plays a script on its clock and renders
 * each step in its vendor's vocabulary; generators make random scripts for property tests.
 *
 * <pre>{@code
 * StatusScript script = StatusScript.builder()
 *         .queued(Duration.ofMillis(300))
 *         .running(0.4, Duration.ofMillis(300))
 *         .unrecognized("WARMING_UP", Duration.ofMillis(200))
 *         .running(0.9, Duration.ofMillis(300))
 *         .endsWith(Outcome.failed("InternalError.Algo", "generation failed"));
 * }</pre>
 *
 * @param steps   the non-terminal steps, in order
 * @param outcome how the task ends
 */
public record StatusScript(List<Step> steps, Outcome outcome) {

    /** Copies the steps and checks the outcome is present. */
    public StatusScript {
        steps = List.copyOf(steps);
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * The default life of an emulated task, about 2.5 s of real time at speed 1: queued 0.5 s, then
     * running at 10, 35, 60 and 85 % for 0.5 s each, then succeeded.
     */
    public static StatusScript defaults() {
        Duration half = Duration.ofMillis(500);
        return builder().queued(half).running(0.10, half).running(0.35, half).running(0.60, half)
                .running(0.85, half).endsWith(Outcome.succeeded());
    }

    /** A task that is already over when it is created (a create answer may already say so). */
    public static StatusScript immediately(Outcome outcome) {
        return new StatusScript(List.of(), outcome);
    }

    /** A task that stays queued for a very long time (e.g. to test cancel, or a wait's deadline). */
    public static StatusScript queuedForever() {
        return builder().queued(Duration.ofDays(3650)).endsWith(Outcome.expired());
    }

    /** A task that runs at this progress for a very long time. */
    public static StatusScript runningForever(double progress) {
        return builder().running(progress, Duration.ofDays(3650)).endsWith(Outcome.expired());
    }

    /** A builder for a script. */
    public static Builder builder() {
        return new Builder();
    }

    /** How long the script lasts until its outcome, at speed 1. */
    public Duration length() {
        return steps.stream().map(Step::length).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * One non-terminal step.
     *
     * @param status        {@code QUEUED}, {@code RUNNING} or {@code UNRECOGNIZED}
     * @param unknownStatus the undocumented status string sent for an {@code UNRECOGNIZED} step; {@code ""} otherwise
     * @param progress      0.0 to 1.0 (vendors that report percent multiply by 100)
     * @param length        how long the step lasts, at speed 1; not negative
     */
    public record Step(TaskStatus status, String unknownStatus, double progress, Duration length) {

        /** Checks the status is non-terminal, the progress in range and the unknown status consistent. */
        public Step {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(unknownStatus, "unknownStatus");
            Objects.requireNonNull(length, "length");
            if (status.isTerminal()) {
                throw new IllegalArgumentException("a step is not terminal; end the script with an Outcome: " + status);
            }
            if ((status == TaskStatus.UNRECOGNIZED) == unknownStatus.isEmpty()) {
                throw new IllegalArgumentException("exactly the UNRECOGNIZED steps carry an unknown status string");
            }
            if (!(progress >= 0.0 && progress <= 1.0)) {
                throw new IllegalArgumentException("progress must be in 0..1: " + progress);
            }
            if (length.isNegative()) {
                throw new IllegalArgumentException("length must not be negative: " + length);
            }
        }

        /** Waiting to run, progress 0. */
        public static Step queued(Duration length) {
            return new Step(TaskStatus.QUEUED, "", 0.0, length);
        }

        /** Running at this progress. */
        public static Step running(double progress, Duration length) {
            return new Step(TaskStatus.RUNNING, "", progress, length);
        }

        /** A status string no vendor documents, at this progress. */
        public static Step unrecognized(String status, double progress, Duration length) {
            return new Step(TaskStatus.UNRECOGNIZED, status, progress, length);
        }
    }

    /** Builds a {@link StatusScript} step by step. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();
        private double progress;

        private Builder() {
        }

        /** Adds a step. */
        public Builder step(Step step) {
            steps.add(step);
            progress = step.progress();
            return this;
        }

        /** Queued for this long. */
        public Builder queued(Duration length) {
            return step(Step.queued(length));
        }

        /** Running at this progress (0..1) for this long. */
        public Builder running(double progress, Duration length) {
            return step(Step.running(progress, length));
        }

        /** An undocumented status string for this long, at the progress reached so far. */
        public Builder unrecognized(String status, Duration length) {
            return step(Step.unrecognized(status, progress, length));
        }

        /** Ends the script with this outcome. */
        public StatusScript endsWith(Outcome outcome) {
            return new StatusScript(steps, outcome);
        }
    }
}
