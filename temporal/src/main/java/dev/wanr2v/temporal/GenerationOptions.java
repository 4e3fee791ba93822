package dev.wanr2v.temporal;

import dev.wanr2v.PollPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How one generation workflow behaves. Part of its input, so the values are fixed when it starts (a workflow must
 * replay the same way). Start from {@link #defaults()}.
 *
 * @param awaitTimeout      how long to wait for the task after it was created; then the workflow fails with
 *                          {@code AWAIT_TIMEOUT}, carrying the token (the task goes on at the vendor). Default 24 h,
 *                          the time vendors keep results: tasks may wait long in a vendor's queue
 * @param download          whether to store the video with the worker's {@link VideoSink} (default {@code true});
 *                          without it the result carries the token, and the video URL without its query string
 * @param createDeadline    how long a create that was certainly not accepted (throttled, connection refused) is
 *                          tried again, from the first attempt; default 1 h
 * @param heartbeatTimeout  how long a worker may stay silent during a create or a download before Temporal takes it
 *                          for dead: the create then ends the workflow as of unknown outcome, the download moves to
 *                          another worker. Default 30 s
 * @param pollPolicy        the poll schedule between durable timers; {@code maxInterval} {@code null} means the
 *                          provider's advice ({@code Capabilities.pollInterval()}, DashScope 15 s). Default
 *                          {@link PollPolicy#DEFAULT}
 * @param maxHistoryEvents  past this many events the workflow continues as new with its token (Temporal warns at
 *                          10,240 events and stops a run at 51,200); default 8,000
 */
public record GenerationOptions(Duration awaitTimeout, boolean download, Duration createDeadline,
        Duration heartbeatTimeout, PollPolicy pollPolicy, int maxHistoryEvents) {

    private static final GenerationOptions DEFAULTS = new GenerationOptions(Duration.ofHours(24), true,
            Duration.ofHours(1), Duration.ofSeconds(30), PollPolicy.DEFAULT, 8_000);

    /** Checks the values. */
    public GenerationOptions {
        positive(awaitTimeout, "awaitTimeout");
        positive(createDeadline, "createDeadline");
        positive(heartbeatTimeout, "heartbeatTimeout");
        Objects.requireNonNull(pollPolicy, "pollPolicy");
        if (maxHistoryEvents < 100) {
            throw new IllegalArgumentException("maxHistoryEvents must be at least 100, not " + maxHistoryEvents);
        }
    }

    /** Wait 24 h, download, retry refused creates for 1 h, 30 s heartbeats, the default poll policy. */
    public static GenerationOptions defaults() {
        return DEFAULTS;
    }

    /** These options with another wait deadline. */
    public GenerationOptions withAwaitTimeout(Duration timeout) {
        return new GenerationOptions(timeout, download, createDeadline, heartbeatTimeout, pollPolicy,
                maxHistoryEvents);
    }

    /** These options with the download on or off. */
    public GenerationOptions withDownload(boolean on) {
        return new GenerationOptions(awaitTimeout, on, createDeadline, heartbeatTimeout, pollPolicy,
                maxHistoryEvents);
    }

    /** These options with another deadline for trying refused creates again. */
    public GenerationOptions withCreateDeadline(Duration deadline) {
        return new GenerationOptions(awaitTimeout, download, deadline, heartbeatTimeout, pollPolicy,
                maxHistoryEvents);
    }

    /** These options with another heartbeat timeout. */
    public GenerationOptions withHeartbeatTimeout(Duration timeout) {
        return new GenerationOptions(awaitTimeout, download, createDeadline, timeout, pollPolicy, maxHistoryEvents);
    }

    /** These options with another poll schedule. */
    public GenerationOptions withPollPolicy(PollPolicy policy) {
        return new GenerationOptions(awaitTimeout, download, createDeadline, heartbeatTimeout, policy,
                maxHistoryEvents);
    }

    /** These options with another history size at which the workflow continues as new. */
    public GenerationOptions withMaxHistoryEvents(int events) {
        return new GenerationOptions(awaitTimeout, download, createDeadline, heartbeatTimeout, pollPolicy, events);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }
}
