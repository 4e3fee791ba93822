package dev.wanr2v.internal.engine;

import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One logical call for {@link CallRunner}: how to build the HTTP call (again, for a retry), how to
 * read a 2xx answer, and its context.
 *
 * @param operation which call; {@link Operation#CREATE} gets the billing-safe rules
 * @param call      builds the HTTP call for each attempt
 * @param read      reads a 2xx answer
 * @param handle    the task, unless this is a create or a cost estimate
 * @param request   the request being created (for creates), else {@code null}
 * @param deadline  no retry is scheduled past this instant; {@code null} for none
 * @param listener  hears retries
 * @param direct    read answers on the I/O thread that received them: only for calls a caller blocks on
 *                  with no listener, where a hop to a worker would only add latency (user code must never
 *                  run on an I/O thread, so async calls and calls with listeners hop)
 * @param recover   reads an error answer that means success after all (a value), or returns {@code null};
 *                  {@code null} for none
 */
record CallSpec<T>(Operation operation, Supplier<HttpCall> call, Function<HttpReply, T> read, TaskHandle handle,
        R2vRequest request, Instant deadline, ProgressListener listener, boolean direct,
        Function<HttpReply, T> recover) {

    /** A call whose answers are read on a worker. */
    CallSpec(Operation operation, Supplier<HttpCall> call, Function<HttpReply, T> read, TaskHandle handle,
            R2vRequest request, Instant deadline, ProgressListener listener) {
        this(operation, call, read, handle, request, deadline, listener, false, null);
    }

    /** A call read on a worker or, if {@code direct}, on the I/O thread. */
    CallSpec(Operation operation, Supplier<HttpCall> call, Function<HttpReply, T> read, TaskHandle handle,
            R2vRequest request, Instant deadline, ProgressListener listener, boolean direct) {
        this(operation, call, read, handle, request, deadline, listener, direct, null);
    }
}
