package dev.wanr2v.internal.observe;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.internal.http.DownloadHead;
import dev.wanr2v.internal.http.TransportFailure;
import dev.wanr2v.observation.CallEnd;
import dev.wanr2v.observation.CallObservation;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.support.StatusFallback;
import java.util.concurrent.atomic.AtomicBoolean;

/** One observed HTTP exchange in the engine; {@link #NONE} (no observer) does nothing. Ends once. */
public final class CallScope {
    /** The scope of an exchange nobody observes. */
    public static final CallScope NONE = new CallScope(null, null, TaskScope.NONE, null);

    private final Observing owner;
    private final CallObservation observation;
    private final TaskScope task;
    private final String model;
    private final AtomicBoolean ended = new AtomicBoolean();

    CallScope(Observing owner, CallObservation observation, TaskScope task, String model) {
        this.owner = owner;
        this.observation = observation;
        this.task = task;
        this.model = model;
    }

    /** The exchange served its purpose; {@code answer} is what was read from it (request id, model). */
    public void answered(int status, Object answer) {
        if (observation == null) {
            return;
        }
        String named = owner.modelOf(answer);
        task.learn(named);
        end(status, null, requestId(answer), named != null ? named : model);
    }

    /** The exchange produced this error (answered with {@code status}, or 0 for none), retried or not. */
    public void failed(int status, R2vException error) {
        if (observation != null) {
            end(status, error.category(), error.requestId().orElse(null), model);
        }
    }

    /** The exchange failed with something other than a mapped error (a transport failure, a bug). */
    public void failed(Throwable error) {
        if (observation != null) {
            end(0, category(error), error instanceof R2vException r ? r.requestId().orElse(null) : null, model);
        }
    }

    /** The call was given up while this exchange was in flight. */
    public void gaveUp() {
        if (observation != null) {
            end(0, ErrorCategory.INTERRUPTED, null, model);
        }
    }

    /**
     * A download's exchange: its head (redirects count as answered) or its failure; a body shorter than its
     * announced length is a transport failure.
     */
    public void fetched(DownloadHead head, Throwable error) {
        if (observation == null) {
            return;
        }
        if (error != null) {
            end(0, category(error), null, model);
            return;
        }
        int status = head.status();
        long announced = head.header("Content-Length").map(CallScope::length).orElse(-1L);
        ErrorCategory category = head.isRedirect() ? null : status / 100 != 2 ? StatusFallback.category(status)
                : announced < 0 || head.bytes() == announced || head.bytes() == 0 ? null : ErrorCategory.TRANSPORT;
        end(status, category, null, model);
    }

    private void end(int status, ErrorCategory error, String requestId, String named) {
        if (ended.compareAndSet(false, true)) {
            CallEnd end = new CallEnd(status, error, requestId, named);
            Observing.tell(() -> observation.ended(end), "ended");
        }
    }

    private static ErrorCategory category(Throwable error) {
        Throwable e = error;
        while (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof R2vException r) {
            return r.category();
        }
        if (e instanceof TransportFailure f) {
            return switch (f.kind()) {
                case TIMEOUT -> ErrorCategory.TIMEOUT;
                case CANCELED -> ErrorCategory.INTERRUPTED;
                default -> ErrorCategory.TRANSPORT;
            };
        }
        return ErrorCategory.UNEXPECTED_RESPONSE;
    }

    private static String requestId(Object answer) {
        if (answer instanceof TaskSnapshot s) {
            return s.requestId().orElse(null);
        }
        if (answer instanceof Submission s) {
            return s.requestId().orElse(null);
        }
        return answer instanceof Observing.CreateAnswer a ? a.requestId().orElse(null) : null;
    }

    private static long length(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
