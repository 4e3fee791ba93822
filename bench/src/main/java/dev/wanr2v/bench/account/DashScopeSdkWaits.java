package dev.wanr2v.bench.account;

import com.alibaba.dashscope.aigc.videosynthesis.VideoSynthesis;
import com.alibaba.dashscope.aigc.videosynthesis.VideoSynthesisResult;
import com.alibaba.dashscope.exception.ApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Baseline (b): the official DashScope Java SDK ({@code com.alibaba:dashscope-sdk-java}), each task awaited on a
 * thread of its own, as {@code VideoSynthesis.wait} blocks its caller's thread. Each status call is the SDK's
 * own ({@code VideoSynthesis.fetch}: its OkHttp client, request and parsing); the schedule between calls is the
 * one {@code AsynchronousApi.wait} follows (read from its source, 2.22.13): 1 s at first, doubled after every
 * third call, up to 5 s, slept on the waiting thread. It is run here rather than {@code wait} itself only
 * because {@code wait}'s sleeps are fixed wall-clock seconds, and this round runs in scaled time. {@code wait}
 * rethrows every {@link ApiException} but HTTP 503 and 504, so a throttled status call ends the user's wait
 * with {@code Throttling.RateQuota}; the caller here then waits 1 s and calls {@code wait} again, which
 * starts its schedule over (counted as throttled waits).
 */
final class DashScopeSdkWaits implements Waits {
    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofSeconds(5);
    private static final int STEPS_PER_DOUBLING = 3;
    private static final Duration RETRY_AFTER_THROTTLING = Duration.ofSeconds(1);

    private final AtomicLong throttledWaits = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    private VideoSynthesis sdk;

    @Override
    public void open(AccountRound round) {
        sdk = new VideoSynthesis(round.stub.baseUrl() + "/api/v1");
    }

    @Override
    public void start(AccountRound round, IntConsumer seen, IntConsumer failed) {
        for (int i = 0; i < round.tasks; i++) {
            int task = i;
            Thread t = new Thread(() -> waitFor(sdk, round, task, seen, failed), "dashscope-sdk-wait-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void waitFor(VideoSynthesis sdk, AccountRound round, int task, IntConsumer seen, IntConsumer failed) {
        String id = round.taskId(task);
        while (!closed.get()) {
            try {
                if (sdkWait(sdk, round, id)) {
                    seen.accept(task);
                } else {
                    failed.accept(task);
                }
                return;
            } catch (ApiException e) {
                if (!throttling(e)) {
                    failed.accept(task);
                    return;
                }
                throttledWaits.incrementAndGet();
                if (!sleep(round, RETRY_AFTER_THROTTLING)) {
                    return;
                }
            } catch (Exception e) {
                failed.accept(task);
                return;
            }
        }
    }

    /** One call of the SDK's wait, in scaled time: true when the task succeeded. */
    private boolean sdkWait(VideoSynthesis sdk, AccountRound round, String id) throws Exception {
        Duration interval = FIRST;
        int step = 0;
        while (!closed.get()) {
            VideoSynthesisResult result;
            try {
                result = sdk.fetch(id, AccountRound.API_KEY);
            } catch (ApiException e) {
                int status = statusCode(e);
                if (status == 503 || status == 504) {
                    continue;
                }
                throw e;
            }
            String status = result.getOutput() == null ? null : result.getOutput().getTaskStatus();
            if ("SUCCEEDED".equals(status)) {
                return true;
            }
            if ("FAILED".equals(status) || "CANCELED".equals(status) || "UNKNOWN".equals(status)) {
                return false;
            }
            step++;
            if (interval.compareTo(LONGEST) < 0 && step % STEPS_PER_DOUBLING == 0) {
                interval = interval.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : interval.multipliedBy(2);
            }
            if (!sleep(round, interval)) {
                return false;
            }
        }
        return false;
    }

    private boolean sleep(AccountRound round, Duration virtual) {
        try {
            Thread.sleep(round.wallMillis(virtual));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean throttling(ApiException e) {
        return statusCode(e) == 429 || String.valueOf(e.getMessage()).contains("Throttling");
    }

    private static int statusCode(ApiException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException a && a.getStatus() != null && a.getStatus().getStatusCode() > 0) {
                return a.getStatus().getStatusCode();
            }
        }
        return -1;
    }

    @Override
    public long throttledWaits() {
        return throttledWaits.get();
    }

    @Override
    public void close() {
        closed.set(true);
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
