package dev.wanr2v.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Virtual time: tasks run only when a test steps the clock; every delay asked for is recorded. Public for the budget tests. */
public final class ManualScheduler implements Scheduler {
    private record Entry(Instant at, long seq, Runnable task, boolean[] cancelled) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    private final List<Duration> delays = new ArrayList<>();
    private final AtomicLong seq = new AtomicLong();
    private Instant now;

    public ManualScheduler(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        delays.add(delay);
        boolean[] cancelled = {false};
        queue.add(new Entry(now.plus(delay), seq.incrementAndGet(), task, cancelled));
        return () -> {
            synchronized (ManualScheduler.this) {
                cancelled[0] = true;
            }
        };
    }

    /** Every delay scheduled so far, in order. */
    public synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    /** Whether a live task is waiting. */
    public synchronized boolean hasPending() {
        return queue.stream().anyMatch(e -> !e.cancelled[0]);
    }

    /** Moves the clock to the earliest live task and runs it; false if there is none. */
    public boolean runNext() {
        Entry next;
        synchronized (this) {
            do {
                next = queue.poll();
            } while (next != null && next.cancelled[0]);
            if (next == null) {
                return false;
            }
            if (next.at.isAfter(now)) {
                now = next.at;
            }
        }
        next.task.run();
        return true;
    }

    /** Runs every live task due until {@code end}, in order, then moves the clock to {@code end}. */
    public void runUntil(Instant end) {
        while (true) {
            synchronized (this) {
                while (!queue.isEmpty() && queue.peek().cancelled[0]) {
                    queue.poll();
                }
                Entry next = queue.peek();
                if (next == null || next.at.isAfter(end)) {
                    if (end.isAfter(now)) {
                        now = end;
                    }
                    return;
                }
            }
            runNext();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            queue.clear();
        }
    }
}
