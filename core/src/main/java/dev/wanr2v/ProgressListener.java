package dev.wanr2v;

/**
 * Hears what happens to a task: submitted, each change of status or progress, each retry, each wait
 * for the account's budget, and the end. Events of one task arrive in order, one at a time, on an engine
 * thread: return quickly and never block. An exception thrown by a listener is logged and ignored.
 */
public interface ProgressListener {

    /** The task was accepted. Save {@code handle.toToken()} to resume after a crash. */
    default void onSubmitted(TaskHandle handle) {
    }

    /** The status or progress changed (progress is 0..1 when the vendor reports it). */
    default void onStatus(TaskHandle handle, TaskSnapshot snapshot) {
    }

    /** A call failed and will be repeated. */
    default void onRetry(RetryEvent event) {
    }

    /**
     * A call waits for the account's budget (a create for the create budget or a running-task slot, a
     * status query for the query budget) instead of being sent now; it is sent when its turn comes, or
     * fails at its deadline. Heard once per wait.
     */
    default void onBudgetWait(BudgetWait wait) {
    }

    /** The task succeeded. */
    default void onCompleted(GeneratedVideo video) {
    }

    /** The wait ended with an error (the task may still go on; see the exception). */
    default void onFailed(R2vException error) {
    }

    /**
     * Bytes of a result download arrived.
     *
     * @param handle the task whose video this is
     * @param bytes  bytes received so far
     * @param total  the announced length, or -1 when the server did not say
     */
    default void onDownload(TaskHandle handle, long bytes, long total) {
    }

    /**
     * Bytes of local media left for the vendor: a file uploaded to the vendor's storage
     * ({@link dev.wanr2v.spi.Operation#UPLOAD}), or a create whose body carries local media inline as
     * data URIs ({@link dev.wanr2v.spi.Operation#CREATE}). Heard during {@link R2vClient#submit(R2vRequest,
     * ProgressListener)} and {@link R2vClient#generate}, every 64 KB or 1 % of the body and once when it is
     * all sent; only for bodies streamed from local media. An attempt that is repeated starts again from 0.
     *
     * @param operation the call whose body this is
     * @param bytes     bytes of the body sent so far
     * @param total     the body's length, or -1 when it is sent without announcing one (inline data URIs)
     */
    default void onSending(dev.wanr2v.spi.Operation operation, long bytes, long total) {
    }

    /** A listener that ignores everything. */
    static ProgressListener none() {
        return NoListener.INSTANCE;
    }
}

/** The listener that ignores everything. */
final class NoListener implements ProgressListener {
    static final NoListener INSTANCE = new NoListener();

    private NoListener() {
    }
}
