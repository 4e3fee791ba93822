package dev.wanr2v.temporal.internal;

import dev.wanr2v.R2vException;
import dev.wanr2v.temporal.GenerationFailure;
import io.temporal.failure.ApplicationFailure;

/** How activities report the library's typed failures to the workflow. */
final class ActivityFailures {
    private ActivityFailures() {
    }

    /**
     * An {@code ApplicationFailure} of type {@code category.name()} carrying the {@link GenerationFailure}; retried
     * by Temporal (where the activity's retry options allow) only when {@code retry} is true.
     */
    static ApplicationFailure of(GenerationFailure failure, boolean retry, Throwable cause) {
        ApplicationFailure f = retry
                ? ApplicationFailure.newFailureWithCause(failure.message(), failure.category().name(), null, failure)
                : ApplicationFailure.newNonRetryableFailureWithCause(failure.message(), failure.category().name(),
                        null, failure);
        if (cause != null) {
            f.addSuppressed(cause);
        }
        return f;
    }

    /** The failure of a library exception, retried by Temporal only if the exception says retrying can help. */
    static ApplicationFailure of(R2vException e) {
        return of(GenerationFailure.of(e), e.isRetryable(), null);
    }
}
