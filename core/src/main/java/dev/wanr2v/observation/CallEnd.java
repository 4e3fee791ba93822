package dev.wanr2v.observation;

import dev.wanr2v.ErrorCategory;
import java.util.Optional;
import java.util.OptionalInt;

/** How one HTTP exchange ended. */
public final class CallEnd {
    private final int httpStatus;
    private final ErrorCategory error;
    private final String requestId;
    private final String model;

    /**
     * @param httpStatus the answer's status, or 0 when none arrived
     * @param error      what failed, or {@code null} when the exchange served its purpose
     * @param requestId  the vendor's request id, or {@code null}
     * @param model      the vendor's model id, or {@code null} when unknown
     */
    public CallEnd(int httpStatus, ErrorCategory error, String requestId, String model) {
        this.httpStatus = httpStatus;
        this.error = error;
        this.requestId = requestId;
        this.model = model;
    }

    /** The answer's HTTP status; absent when none arrived (network failure, timeout, given up). */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /**
     * What failed ({@code error.type}): the category of the error the exchange produced, whether or not it is
     * retried; {@link ErrorCategory#INTERRUPTED} when the call was given up while in flight. Absent on success.
     */
    public Optional<ErrorCategory> error() {
        return Optional.ofNullable(error);
    }

    /** Whether the vendor throttled the call (HTTP 429 or its own throttling code). */
    public boolean throttled() {
        return error == ErrorCategory.RATE_LIMITED;
    }

    /** The vendor's request id, when its answer carried one. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The vendor's model id: as at the start, or as the answer named it. */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    @Override
    public String toString() {
        return "CallEnd[" + (httpStatus == 0 ? "no answer" : "HTTP " + httpStatus)
                + (error == null ? "" : ", " + error.label()) + "]";
    }
}
