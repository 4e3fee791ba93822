package dev.wanr2v.internal.engine;

import dev.wanr2v.ErrorDetails;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskCanceledException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.UnexpectedResponseException;

/** The exception for a task that ended without a video. */
final class TaskOutcomes {
    private TaskOutcomes() {
    }

    static R2vException failure(ErrorMapper errors, TaskHandle handle, TaskSnapshot s) {
        String head = "[" + handle.providerId() + "] task " + handle.taskId();
        ErrorDetails.Builder details = ErrorDetails.builder().providerId(handle.providerId())
                .requestId(s.requestId().orElse(null));
        return switch (s.status()) {
            case FAILED -> {
                TaskFailure f = s.failure().orElse(TaskFailure.of(null, null));
                details.providerCode(errors.clean(f.code().orElse(null)))
                        .providerMessage(errors.clean(f.message().orElse(null)));
                StringBuilder msg = new StringBuilder(head).append(" failed");
                if (f.category() != dev.wanr2v.ErrorCategory.TASK_FAILED) {
                    msg.append(" (").append(f.category().label()).append(')');
                }
                f.code().ifPresent(c -> msg.append(", code ").append(errors.clean(c)));
                f.message().ifPresent(m -> msg.append(": ").append(errors.clean(m)));
                f.violations().forEach(v -> msg.append("\n  - ").append(v));
                yield new TaskFailedException(msg.toString(), details.build(), handle, s);
            }
            case CANCELED -> new TaskCanceledException(head + " was canceled.", details.build(), handle, s);
            case EXPIRED -> expired(errors, handle, s.failureCode().orElse(null), s.failureMessage().orElse(null),
                    details, s, null);
            default -> new UnexpectedResponseException(head + " ended in state " + s.status(), details.build());
        };
    }

    /**
     * The end of a wait whose status call the vendor answered that it does not know the task (an HTTP 404,
     * say): the same exception as for a status {@link dev.wanr2v.TaskStatus#EXPIRED}, the answer its cause.
     *
     * @param last the last snapshot the wait saw, or {@code null}
     */
    static TaskExpiredException gone(ErrorMapper errors, TaskHandle handle, TaskExpiredException answer,
            TaskSnapshot last) {
        ErrorDetails.Builder details = ErrorDetails.builder().providerId(handle.providerId())
                .requestId(answer.requestId().orElse(null));
        return expired(errors, handle, answer.providerCode().orElse(null), answer.providerMessage().orElse(null),
                details, last, answer);
    }

    private static TaskExpiredException expired(ErrorMapper errors, TaskHandle handle, String code, String message,
            ErrorDetails.Builder details, TaskSnapshot snapshot, Throwable cause) {
        details.providerCode(errors.clean(code)).providerMessage(errors.clean(message));
        String said = message == null ? "" : " (the vendor said: " + errors.clean(message) + ")";
        String kept = errors.lifetime().map(l -> "; " + l).orElse("");
        return new TaskExpiredException("[" + handle.providerId() + "] task " + handle.taskId() + " is unknown to the"
                + " vendor" + said + ": it expired (vendors keep task ids for a limited time" + kept + ") or never"
                + " existed.", details.build(), handle, snapshot, cause);
    }
}
