package dev.wanr2v.observation;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import java.util.Objects;
import java.util.Optional;

/**
 * What starts a task's observation: a submit (the request is known, the task not yet) or a wait on a task
 * this client did not submit (the task is known, its request not).
 */
public final class TaskStart {
    private final String providerId;
    private final String model;
    private final R2vRequest request;
    private final TaskHandle handle;

    /**
     * @param providerId the provider's id, e.g. {@code dashscope}
     * @param model      the vendor's model id, or {@code null} when the provider does not say
     * @param request    the request being submitted, or {@code null} for a resumed task
     * @param handle     the resumed task, or {@code null} for a submit
     */
    public TaskStart(String providerId, String model, R2vRequest request, TaskHandle handle) {
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        if ((request == null) == (handle == null)) {
            throw new IllegalArgumentException("a task starts either from a request or from a handle");
        }
        this.model = model;
        this.request = request;
        this.handle = handle;
    }

    /** The provider's id, e.g. {@code dashscope}. */
    public String providerId() {
        return providerId;
    }

    /**
     * The vendor's model id ({@code gen_ai.request.model}), e.g. {@code wan2.6-r2v-flash}, when known now: from
     * the request ({@link dev.wanr2v.spi.ProviderCodec#modelId(R2vRequest)}). Absent for a resumed task until a
     * status answer names it ({@link TaskEnd#model()}, {@link CallEnd#model()}).
     */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    /**
     * The request being submitted; absent for a resumed task. Its prompt and reference URLs are private: put
     * them in no tag, attribute or event unless the user opted in.
     */
    public Optional<R2vRequest> request() {
        return Optional.ofNullable(request);
    }

    /** The task, for a resumed task; a submitted one is known later ({@link TaskObservation#submitted}). */
    public Optional<TaskHandle> handle() {
        return Optional.ofNullable(handle);
    }

    /** Whether this is a wait on a task this client did not submit (resumed from a token, or another client's). */
    public boolean resumed() {
        return handle != null;
    }

    @Override
    public String toString() {
        return "TaskStart[" + providerId + (resumed() ? ", resumed " + handle : ", submit") + ", model "
                + (model == null ? "unknown" : model) + "]";
    }
}
