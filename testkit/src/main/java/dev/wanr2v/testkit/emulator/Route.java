package dev.wanr2v.testkit.emulator;

import dev.wanr2v.spi.Operation;
import java.util.Objects;

/**
 * Which call of a protocol an HTTP request is, and the task it names.
 *
 * @param operation the call: create, status, cancel, cost estimate, download…
 * @param taskId    the task id in the path, or {@code ""} when the path names none
 */
public record Route(Operation operation, String taskId) {

    /** Checks that nothing is null. */
    public Route {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(taskId, "taskId");
    }

    /** A call that names no task (create, cost estimate). */
    public static Route of(Operation operation) {
        return new Route(operation, "");
    }

    /** A call about one task (status, cancel, download). */
    public static Route of(Operation operation, String taskId) {
        return new Route(operation, taskId);
    }
}
