package dev.wanr2v.testkit;

import dev.wanr2v.TaskStatus;
import java.util.Objects;

/**
 * How a scripted task ends: it succeeds, fails with a vendor code, is canceled, or expires (the
 * vendor forgets its id). Emulators render an outcome in their vendor's vocabulary: DashScope's
 * {@code FAILED} with {@code code}/{@code message}, UniAll's {@code failed} with an {@code error}
 * object, an {@code UNKNOWN} status or an HTTP 404 for an expired task, and so on.
 */
public sealed interface Outcome permits Outcome.Succeeded, Outcome.Failed, Outcome.Canceled, Outcome.Expired {

    /** The four kinds of ending, for generators and for emulators that lack one (no cancel state). */
    enum Kind {
        /** {@link Outcome.Succeeded}. */
        SUCCEEDED(TaskStatus.SUCCEEDED),
        /** {@link Outcome.Failed}. */
        FAILED(TaskStatus.FAILED),
        /** {@link Outcome.Canceled}. */
        CANCELED(TaskStatus.CANCELED),
        /** {@link Outcome.Expired}. */
        EXPIRED(TaskStatus.EXPIRED);

        private final TaskStatus status;

        Kind(TaskStatus status) {
            this.status = status;
        }

        /** The neutral terminal status a correct provider reports for this ending. */
        public TaskStatus status() {
            return status;
        }
    }

    /** Which kind of ending this is. */
    Kind kind();

    /** The neutral terminal status a correct provider reports for this ending. */
    default TaskStatus status() {
        return kind().status();
    }

    /** The task produced a video; the emulator serves its result MP4. */
    static Outcome succeeded() {
        return new Succeeded();
    }

    /** The task failed with this vendor code and message. */
    static Outcome failed(String code, String message) {
        return new Failed(code, message);
    }

    /** The task was canceled (by the vendor's console, or before it ran). */
    static Outcome canceled() {
        return new Canceled();
    }

    /** The vendor no longer knows the task id. */
    static Outcome expired() {
        return new Expired();
    }

    /** The task produced a video. */
    record Succeeded() implements Outcome {
        @Override
        public Kind kind() {
            return Kind.SUCCEEDED;
        }
    }

    /**
     * The task failed.
     *
     * @param code    the vendor's failure code, e.g. {@code InternalError.Algo} or {@code 001028095}; not blank
     * @param message the vendor's message; may be empty
     */
    record Failed(String code, String message) implements Outcome {
        /** Checks that the code is present. */
        public Failed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            if (code.isBlank()) {
                throw new IllegalArgumentException("a failure needs a code");
            }
        }

        @Override
        public Kind kind() {
            return Kind.FAILED;
        }
    }

    /** The task was canceled. */
    record Canceled() implements Outcome {
        @Override
        public Kind kind() {
            return Kind.CANCELED;
        }
    }

    /** The vendor forgot the task. */
    record Expired() implements Outcome {
        @Override
        public Kind kind() {
            return Kind.EXPIRED;
        }
    }
}
