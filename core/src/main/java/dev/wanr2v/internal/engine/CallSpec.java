package dev.wanr2v.internal.engine;

import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One logical call for {@link CallRunner}: how to build the HTTP call (again, for a retry), how to
 * read a 2xx answer, and its context. Made with {@link #create}, {@link #about} or {@link #of}, then the
 * {@code with} methods for what is optional.
 *
 * @param operation which call; {@link Operation#CREATE} gets the billing-safe rules
 * @param call      builds the HTTP call for each attempt
 * @param read      reads a 2xx answer
 * @param handle    the task, unless this is a create, a cost estimate or an upload
 * @param request   the request being created (for creates), else {@code null}
 * @param deadline  no retry is scheduled past this instant; {@code null} for none
 * @param listener  hears retries, budget waits and a streamed body's bytes; {@code null} for no one
 * @param direct    read answers on the I/O thread that received them: only for calls a caller blocks on
 *                  with no listener, where a hop to a worker would only add latency (user code must never
 *                  run on an I/O thread, so async calls and calls with listeners hop)
 * @param recover   reads an error answer that means success after all (a value), or returns {@code null};
 *                  {@code null} for none
 */
record CallSpec<T>(Operation operation, Supplier<HttpCall> call, Function<HttpReply, T> read, TaskHandle handle,
        R2vRequest request, Instant deadline, ProgressListener listener, boolean direct,
        Function<HttpReply, T> recover) {

    CallSpec {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(read, "read");
    }

    /** A create of {@code request}, which waits for budget and is sent again only until {@code deadline}. */
    static <T> CallSpec<T> create(R2vRequest request, Instant deadline, Supplier<HttpCall> call,
            Function<HttpReply, T> read) {
        return new CallSpec<>(Operation.CREATE, call, read, null, Objects.requireNonNull(request, "request"),
                deadline, null, false, null);
    }

    /** A call about the task of {@code handle} (its status, canceling it). */
    static <T> CallSpec<T> about(Operation operation, TaskHandle handle, Supplier<HttpCall> call,
            Function<HttpReply, T> read) {
        return new CallSpec<>(operation, call, read, Objects.requireNonNull(handle, "handle"), null, null, null,
                false, null);
    }

    /** A call about no task (a cost estimate, an upload). */
    static <T> CallSpec<T> of(Operation operation, Supplier<HttpCall> call, Function<HttpReply, T> read) {
        return new CallSpec<>(operation, call, read, null, null, null, null, false, null);
    }

    /** No retry is scheduled past {@code at}; {@code null} for none. */
    CallSpec<T> withDeadline(Instant at) {
        return new CallSpec<>(operation, call, read, handle, request, at, listener, direct, recover);
    }

    /** {@code l} hears the call's retries, budget waits and body bytes. */
    CallSpec<T> withListener(ProgressListener l) {
        return new CallSpec<>(operation, call, read, handle, request, deadline, l, direct, recover);
    }

    /** Whether answers are read on the I/O thread (see {@link #direct()}). */
    CallSpec<T> withDirect(boolean onIoThread) {
        return new CallSpec<>(operation, call, read, handle, request, deadline, listener, onIoThread, recover);
    }

    /** Reads error answers that mean success after all (see {@link #recover()}). */
    CallSpec<T> withRecovery(Function<HttpReply, T> recovery) {
        return new CallSpec<>(operation, call, read, handle, request, deadline, listener, direct, recovery);
    }
}
