package dev.wanr2v;

/**
 * The neutral state of a task.
 *
 * <table>
 * <caption>Vendor statuses</caption>
 * <tr><th>Neutral</th><th>DashScope</th><th>UniAll</th><th>wan26api</th></tr>
 * <tr><td>QUEUED</td><td>PENDING, SUSPENDED</td><td>queued</td><td>pending, queued</td></tr>
 * <tr><td>RUNNING</td><td>RUNNING</td><td>in_progress</td><td>in_progress, processing</td></tr>
 * <tr><td>SUCCEEDED</td><td>SUCCEEDED</td><td>completed</td><td>completed</td></tr>
 * <tr><td>FAILED</td><td>FAILED</td><td>failed</td><td>failed</td></tr>
 * <tr><td>CANCELED</td><td>CANCELED</td><td></td><td></td></tr>
 * <tr><td>EXPIRED</td><td>UNKNOWN</td><td>HTTP 404</td><td>HTTP 404</td></tr>
 * </table>
 *
 * <p>A status string no mapping knows becomes {@link #UNRECOGNIZED}: the raw value is kept in the
 * snapshot, the task counts as still running, and only the wait's deadline ends it.
 */
public enum TaskStatus {
    /** Accepted, waiting to run. */
    QUEUED(false),
    /** Generating. */
    RUNNING(false),
    /** Done; the video URL is available. */
    SUCCEEDED(true),
    /** Done without a video; the snapshot says why. */
    FAILED(true),
    /** Canceled before it finished. */
    CANCELED(true),
    /** The vendor no longer knows the task id (expired or never existed). */
    EXPIRED(true),
    /** A status this library does not know; treated as running. */
    UNRECOGNIZED(false);

    private final boolean terminal;

    TaskStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the task can no longer change. */
    public boolean isTerminal() {
        return terminal;
    }
}
