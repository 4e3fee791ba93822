package dev.wanr2v.bench.account;

import dev.wanr2v.bench.HeapProbe;
import dev.wanr2v.bench.ThreadPeak;
import dev.wanr2v.bench.stub.DashScopeAccountStub;
import dev.wanr2v.bench.stub.TimeScale;
import dev.wanr2v.bench.stub.VendorQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One round of waits against a DashScope account stub, in virtual time {@link #SCALE} times faster than the
 * wall clock: {@code tasks} tasks queued at the vendor (5 running, the rest PENDING, first come first served,
 * {@link #MEAN_TASK_SECONDS} each on average), all awaited at once by one way of waiting, the account allowing
 * {@link #QUERIES_PER_SECOND} status calls a second. Everything in it is virtual time: the stub's limit and
 * timeline, the engine's scheduler, the baselines' intervals.
 */
public final class AccountRound {
    /** Virtual seconds per wall second, unless a round says otherwise. */
    public static final double SCALE = 50;
    /** DashScope's documented status-query limit for the whole account (PROTOCOLS §5). */
    public static final int QUERIES_PER_SECOND = 20;
    /** DashScope's documented running-task limit; further tasks queue at the vendor. */
    public static final int RUNNING = 5;
    /** Mean virtual task length (uniform over 0.5 to 1.5 times it). */
    public static final double MEAN_TASK_SECONDS = 4;
    /** Tasks were created in queue order at DashScope's create limit, 5 a second. */
    static final Duration CREATE_SPACING = Duration.ofMillis(200);
    static final String API_KEY = "sk-bench-account";
    private static final long SEED = 20260101L;

    final DashScopeAccountStub stub;
    final TimeScale time;
    final VendorQueue queue;
    final int tasks;

    private AccountRound(DashScopeAccountStub stub, int tasks, double scale) {
        this.stub = stub;
        this.tasks = tasks;
        this.time = new TimeScale(scale);
        this.queue = VendorQueue.fifo(tasks, RUNNING, MEAN_TASK_SECONDS, SEED);
        stub.begin(time, queue, QUERIES_PER_SECOND);
    }

    String taskId(int i) {
        return DashScopeAccountStub.taskId(i);
    }

    /** When task {@code i} was created (virtual): in queue order, at the create limit, up to the round's start. */
    Instant submittedAt(int i) {
        return time.at(0).minus(CREATE_SPACING.multipliedBy(tasks - 1L - i));
    }

    /** Virtual nanoseconds as a wall-clock sleep, in milliseconds (at least 1). */
    long wallMillis(Duration virtual) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(time.wallNanos(virtual)));
    }

    /**
     * Runs a round: sets the way up and registers every wait (the heap measured before and after registering;
     * threads counted from before the set-up), opens the vendor's queue, waits
     * until every task was seen to end (or the round's time runs out), and measures it.
     */
    public static RoundResult run(DashScopeAccountStub stub, int tasks, Waits way, double scale) throws Exception {
        AccountRound round = new AccountRound(stub, tasks, scale);
        long[] seenAt = new long[tasks];
        Arrays.fill(seenAt, -1);
        CountDownLatch done = new CountDownLatch(tasks);
        long[] failures = new long[1];
        long wallStart = System.nanoTime();
        RoundResult.Builder result = new RoundResult.Builder(tasks);
        try (ThreadPeak threads = ThreadPeak.all()) {
            way.open(round);
            long heapBefore = HeapProbe.settledUsedBytes();
            way.start(round, i -> {
                seenAt[i] = round.time.nanos();
                done.countDown();
            }, i -> {
                synchronized (failures) {
                    failures[0]++;
                }
                done.countDown();
            });
            result.heapPerWait((double) (HeapProbe.settledUsedBytes() - heapBefore) / tasks);
            long opened = stub.open();
            long vendorEnd = round.queue.lastEndNanos();
            long half = opened + vendorEnd / 2;
            long halfWallMillis = Math.max(0, (long) ((half - round.time.nanos()) / scale / 1e6));
            Thread.sleep(halfWallMillis);
            long acceptedHalf = stub.accepted();
            long throttledHalf = stub.throttled();
            long budgetWall = (long) (vendorEnd * 3 / scale) + TimeUnit.SECONDS.toNanos(60);
            boolean all = done.await(budgetWall, TimeUnit.NANOSECONDS);
            long accepted = stub.accepted();
            long throttled = stub.throttled();
            threads.close();
            result.wallSeconds((System.nanoTime() - wallStart) / 1e9)
                    .calls(accepted, throttled)
                    .secondHalf(accepted - acceptedHalf, throttled - throttledHalf)
                    .threadsAdded(threads.added())
                    .unfinished(all ? 0 : done.getCount())
                    .failed(failures[0])
                    .throttledWaits(way.throttledWaits())
                    .crowding(stub.throttledAfterCrowding(), stub.crowdedPairs());
            result.timing(round.queue, opened, seenAt);
        } finally {
            way.close();
        }
        return result.build();
    }
}
