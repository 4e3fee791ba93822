package dev.wanr2v.bench.stub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One DashScope account on loopback, speaking DashScope's task protocol ({@code GET /api/v1/tasks/{id}},
 * PROTOCOLS §1) and enforcing its documented query limit (§5) in virtual time: at most {@code queriesPerSecond}
 * status calls accepted in any sliding second, as the testkit's emulator counts them (throttled calls use up
 * nothing), the rest answered HTTP 429 {@code Throttling.RateQuota}. Tasks follow a {@link VendorQueue} (5
 * running, the rest PENDING in a first-come-first-served queue): {@code task-<i>} is PENDING before its start,
 * RUNNING until its end, then SUCCEEDED with a video URL; the queue starts running at {@link #open()}. Every client and key is the same account. Served by
 * one NIO selector thread, so the limiter needs no lock; counters are read from other threads.
 */
public final class DashScopeAccountStub implements AutoCloseable {
    private static final String PATH = "/api/v1/tasks/task-";
    private static final long SECOND = 1_000_000_000L;
    private static final byte[] THROTTLED = ("{\"request_id\":\"bench\",\"code\":\"Throttling.RateQuota\","
            + "\"message\":\"Requests rate limit exceeded, please try again later.\"}").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NOT_FOUND = ("{\"request_id\":\"bench\",\"code\":\"NotFound\",\"message\":\"no such path\"}")
            .getBytes(StandardCharsets.US_ASCII);

    private final NioServer server;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong throttledAfterCrowding = new AtomicLong();
    private final AtomicLong crowdedPairs = new AtomicLong();
    private long lastCall = Long.MIN_VALUE / 2;
    private long lastCrowded = Long.MIN_VALUE / 2;
    private volatile Round round;

    /** A round: its time, its tasks' timeline and the account's query limit. */
    private static final class Round {
        final TimeScale time;
        final VendorQueue tasks;
        final long[] window;
        volatile long opened = Long.MAX_VALUE / 4;
        int next;
        long latest;

        Round(TimeScale time, VendorQueue tasks, int queriesPerSecond) {
            this.time = time;
            this.tasks = tasks;
            this.window = new long[queriesPerSecond];
            java.util.Arrays.fill(window, Long.MIN_VALUE / 2);
        }

        /** Takes a place in the sliding second, or says the call is throttled. */
        boolean admit(long now) {
            now = Math.max(now, latest);
            latest = now;
            if (window[next] > now - SECOND) {
                return false;
            }
            window[next] = now;
            next = (next + 1) % window.length;
            return true;
        }
    }

    private DashScopeAccountStub() throws IOException {
        this.server = new NioServer(this::answer);
    }

    public static DashScopeAccountStub start() throws IOException {
        return new DashScopeAccountStub();
    }

    /** {@code http://127.0.0.1:port} (DashScope's API lives under {@code /api/v1}). */
    public String baseUrl() {
        return server.baseUrl();
    }

    /**
     * Starts a round: the counters restart and the account's window empties. Every task is PENDING until
     * {@link #open()}.
     */
    public void begin(TimeScale time, VendorQueue tasks, int queriesPerSecond) {
        accepted.set(0);
        throttled.set(0);
        throttledAfterCrowding.set(0);
        crowdedPairs.set(0);
        lastCall = Long.MIN_VALUE / 2;
        lastCrowded = Long.MIN_VALUE / 2;
        round = new Round(time, tasks, queriesPerSecond);
    }

    /** The vendor starts running the round's queue now; returns the virtual time it did, in nanoseconds. */
    public long open() {
        Round r = round;
        r.opened = r.time.nanos();
        return r.opened;
    }

    /** Status calls answered normally since the round began. */
    public long accepted() {
        return accepted.get();
    }

    /** Status calls answered 429 since the round began. */
    public long throttled() {
        return throttled.get();
    }

    /**
     * Status calls that reached the account less than half the spacing of the account's limit after the one
     * before ({@code 1 / (2 Q)}). A client paced at Q or less sends none so close; from it, such a pair means
     * this machine delayed the first call in transit (its threads ran late) and delivered the two together.
     */
    public long crowdedPairs() {
        return crowdedPairs.get();
    }

    /** Throttled status calls that came within a second (the limit's window) after a crowded pair. */
    public long throttledAfterCrowding() {
        return throttledAfterCrowding.get();
    }

    /** The id of task {@code index} of the round. */
    public static String taskId(int index) {
        return "task-" + index;
    }

    private StubAnswers.StubResponse answer(StubRequest request) {
        Round r = round;
        if (r == null || !"GET".equals(request.method()) || !request.path().startsWith(PATH)) {
            return new StubAnswers.StubResponse(404, NOT_FOUND);
        }
        int index = Integer.parseInt(request.path().substring(PATH.length()));
        long now = r.time.nanos();
        if (now - lastCall < SECOND / (2L * r.window.length)) {
            crowdedPairs.incrementAndGet();
            lastCrowded = now;
        }
        lastCall = now;
        if (!r.admit(now)) {
            throttled.incrementAndGet();
            if (now - lastCrowded < SECOND) {
                throttledAfterCrowding.incrementAndGet();
            }
            return new StubAnswers.StubResponse(429, THROTTLED);
        }
        accepted.incrementAndGet();
        String id = taskId(index);
        long since = now - r.opened;
        String status = since < r.tasks.startNanos()[index] ? "PENDING" : since < r.tasks.endNanos()[index]
                ? "RUNNING" : "SUCCEEDED";
        String extra = status.equals("SUCCEEDED") ? ",\"video_url\":\"https://cdn.example.com/" + id + ".mp4\"" : "";
        return StubAnswers.StubResponse.ok(("{\"request_id\":\"bench\",\"output\":{\"task_id\":\"" + id
                + "\",\"task_status\":\"" + status + "\"" + extra + "}}").getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() {
        server.close();
    }
}
