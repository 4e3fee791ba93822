package dev.wanr2v.observation;

import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Operation;
import java.util.Objects;
import java.util.Optional;

/** What starts a call's observation: one HTTP exchange of an operation. */
public final class CallStart {
    private final Operation operation;
    private final String providerId;
    private final String model;
    private final TaskObservation task;
    private final TaskHandle handle;
    private final int attempt;

    /**
     * @param operation  which call
     * @param providerId the provider's id
     * @param model      the vendor's model id, or {@code null} when unknown
     * @param task       the observation of the task the call is made for, or {@code null}
     * @param handle     the task the call is about, or {@code null} (a create, an upload, a cost estimate)
     * @param attempt    1 for the first exchange of the operation, 2 for the next (a retry, or a throttled create
     *                   sent again)...
     */
    public CallStart(Operation operation, String providerId, String model, TaskObservation task, TaskHandle handle,
            int attempt) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.model = model;
        this.task = task;
        this.handle = handle;
        this.attempt = attempt;
    }

    /** Which call of the provider's protocol the exchange is. */
    public Operation operation() {
        return operation;
    }

    /** The provider's id, e.g. {@code dashscope}. */
    public String providerId() {
        return providerId;
    }

    /**
     * The vendor's model id, when known: the request's for a create, an upload or a cost estimate; the task's
     * for its status and cancel calls (resumed tasks: once a status answer named it).
     */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    /**
     * The observation of the task this call is made for (its parent): a submit's create and uploads, a wait's
     * status calls, a cancel or status call of a task this client observes. Absent for cost estimates, for
     * downloads (the task has ended by then) and for calls about tasks it does not observe.
     */
    public Optional<TaskObservation> task() {
        return Optional.ofNullable(task);
    }

    /** The task the call is about (status, cancel, download). */
    public Optional<TaskHandle> handle() {
        return Optional.ofNullable(handle);
    }

    /** 1 for the first exchange of the operation, 2 for the next (a retry, or a throttled create sent again)... */
    public int attempt() {
        return attempt;
    }

    @Override
    public String toString() {
        return "CallStart[" + operation + " attempt " + attempt + ", " + providerId
                + (handle == null ? "" : ", " + handle) + "]";
    }
}
