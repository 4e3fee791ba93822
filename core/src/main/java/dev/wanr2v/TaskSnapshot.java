package dev.wanr2v;

import dev.wanr2v.internal.Redaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the vendor said about a task at one moment. Providers build snapshots from status answers;
 * every field but the status is optional.
 */
public final class TaskSnapshot {
    private final TaskStatus status;
    private final String rawStatus;
    private final Double progress;
    private final String videoUrl;
    private final TaskFailure failure;
    private final Usage usage;
    private final Instant submittedAt;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final Instant videoExpiresAt;
    private final String originalPrompt;
    private final String actualPrompt;
    private final String requestId;
    private final Map<String, String> attributes;

    private TaskSnapshot(Builder b) {
        this.status = Objects.requireNonNull(b.status, "status");
        this.rawStatus = b.rawStatus == null ? b.status.name() : b.rawStatus;
        this.progress = b.progress;
        this.videoUrl = b.videoUrl;
        this.failure = b.failure;
        this.usage = b.usage == null ? Usage.empty() : b.usage;
        this.submittedAt = b.submittedAt;
        this.startedAt = b.startedAt;
        this.finishedAt = b.finishedAt;
        this.videoExpiresAt = b.videoExpiresAt;
        this.originalPrompt = b.originalPrompt;
        this.actualPrompt = b.actualPrompt;
        this.requestId = b.requestId;
        this.attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    }

    /** A builder for a snapshot in {@code status}. */
    public static Builder builder(TaskStatus status) {
        return new Builder().status(status);
    }

    /** A builder holding this snapshot's values. */
    public Builder toBuilder() {
        Builder b = new Builder().status(status).rawStatus(rawStatus).progress(progress).videoUrl(videoUrl)
                .failure(failure).usage(usage).submittedAt(submittedAt).startedAt(startedAt)
                .finishedAt(finishedAt).videoExpiresAt(videoExpiresAt).originalPrompt(originalPrompt)
                .actualPrompt(actualPrompt).requestId(requestId);
        attributes.forEach(b::attribute);
        return b;
    }

    /** The neutral status. */
    public TaskStatus status() {
        return status;
    }

    /** The vendor's own status string, exactly as received (e.g. {@code PENDING}, {@code in_progress}). */
    public String rawStatus() {
        return rawStatus;
    }

    /** Progress from 0.0 to 1.0, when the vendor reports it. */
    public OptionalDouble progress() {
        return progress == null ? OptionalDouble.empty() : OptionalDouble.of(progress);
    }

    /** The result video's URL, once the task succeeded. Treat it as a secret: it may be signed. */
    public Optional<String> videoUrl() {
        return Optional.ofNullable(videoUrl);
    }

    /** Why the task failed, for a failed task. */
    public Optional<TaskFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /** The vendor's failure code, for a failed task. */
    public Optional<String> failureCode() {
        return failure().flatMap(TaskFailure::code);
    }

    /** The vendor's failure message, for a failed task. */
    public Optional<String> failureMessage() {
        return failure().flatMap(TaskFailure::message);
    }

    /** What the task consumed, as far as reported (empty until it finishes, for most vendors). */
    public Usage usage() {
        return usage;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** When the result URL stops working, when known (DashScope: 24 h after the task ended). */
    public Optional<Instant> videoExpiresAt() {
        return Optional.ofNullable(videoExpiresAt);
    }

    /** The prompt as submitted, when the vendor echoes it. */
    public Optional<String> originalPrompt() {
        return Optional.ofNullable(originalPrompt);
    }

    /** The prompt the model actually used after prompt extension, when the vendor reports it. */
    public Optional<String> actualPrompt() {
        return Optional.ofNullable(actualPrompt);
    }

    /** The vendor's request id of the answer this snapshot came from. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Further vendor values worth keeping (e.g. {@code jobId}), by the vendor's own names. */
    public Map<String, String> attributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskSnapshot s && status == s.status && rawStatus.equals(s.rawStatus)
                && Objects.equals(progress, s.progress) && Objects.equals(videoUrl, s.videoUrl)
                && Objects.equals(failure, s.failure)
                && usage.equals(s.usage) && Objects.equals(submittedAt, s.submittedAt)
                && Objects.equals(startedAt, s.startedAt) && Objects.equals(finishedAt, s.finishedAt)
                && Objects.equals(videoExpiresAt, s.videoExpiresAt)
                && Objects.equals(originalPrompt, s.originalPrompt) && Objects.equals(actualPrompt, s.actualPrompt)
                && Objects.equals(requestId, s.requestId) && attributes.equals(s.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, rawStatus, progress, videoUrl, failure, usage, finishedAt);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TaskSnapshot[").append(status);
        if (!rawStatus.equals(status.name())) {
            sb.append(" (").append(Redaction.shorten(rawStatus, 40)).append(')');
        }
        if (progress != null) {
            sb.append(", ").append(Math.round(progress * 100)).append('%');
        }
        if (videoUrl != null) {
            sb.append(", video ").append(Redaction.url(videoUrl));
        }
        if (failure != null) {
            sb.append(", ").append(Redaction.shorten(failure.toString(), 200));
        }
        return sb.append(']').toString();
    }

    /** Builds {@link TaskSnapshot}. */
    public static final class Builder {
        private TaskStatus status;
        private String rawStatus;
        private Double progress;
        private String videoUrl;
        private TaskFailure failure;
        private Usage usage;
        private Instant submittedAt;
        private Instant startedAt;
        private Instant finishedAt;
        private Instant videoExpiresAt;
        private String originalPrompt;
        private String actualPrompt;
        private String requestId;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder status(TaskStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /** The vendor's status string as received; defaults to the neutral status's name. */
        public Builder rawStatus(String rawStatus) {
            this.rawStatus = rawStatus;
            return this;
        }

        /**
         * Progress from 0.0 to 1.0; values outside are clamped, NaN and infinities dropped. Providers
         * whose vendor reports percent divide by 100 first.
         */
        public Builder progress(Double progress) {
            if (progress == null || progress.isNaN() || progress.isInfinite()) {
                this.progress = null;
            } else {
                this.progress = Math.max(0.0, Math.min(1.0, progress));
            }
            return this;
        }

        public Builder videoUrl(String videoUrl) {
            this.videoUrl = videoUrl;
            return this;
        }

        /** A failure with only the vendor's code and message (category {@code TASK_FAILED}). */
        public Builder failure(String code, String message) {
            this.failure = code == null && message == null ? null : TaskFailure.of(code, message);
            return this;
        }

        /** Why the task failed; {@code null} for none. */
        public Builder failure(TaskFailure failure) {
            this.failure = failure;
            return this;
        }

        public Builder usage(Usage usage) {
            this.usage = usage;
            return this;
        }

        public Builder submittedAt(Instant t) {
            this.submittedAt = t;
            return this;
        }

        public Builder startedAt(Instant t) {
            this.startedAt = t;
            return this;
        }

        public Builder finishedAt(Instant t) {
            this.finishedAt = t;
            return this;
        }

        public Builder videoExpiresAt(Instant t) {
            this.videoExpiresAt = t;
            return this;
        }

        public Builder originalPrompt(String p) {
            this.originalPrompt = p;
            return this;
        }

        public Builder actualPrompt(String p) {
            this.actualPrompt = p;
            return this;
        }

        public Builder requestId(String id) {
            this.requestId = id;
            return this;
        }

        /** Keeps a further vendor value; {@code null} values are skipped. */
        public Builder attribute(String name, String value) {
            if (name != null && value != null) {
                attributes.put(name, value);
            }
            return this;
        }

        public TaskSnapshot build() {
            return new TaskSnapshot(this);
        }
    }
}
