package dev.wanr2v.internal.budget;

import dev.wanr2v.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A vendor's task lives, worked out in advance: task {@code i} is submitted at {@code submitted[i]}, starts
 * when one of {@code running} places is free (first come, first served; {@code running == 0}: at once) and
 * runs for its duration.
 */
final class FakeVendor {
    final Instant[] submitted;
    final Instant[] started;
    final Instant[] ended;

    private FakeVendor(Instant[] submitted, Duration[] durations, int running) {
        int n = submitted.length;
        this.submitted = submitted;
        this.started = new Instant[n];
        this.ended = new Instant[n];
        PriorityQueue<Instant> free = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            Instant start = submitted[i];
            if (running > 0) {
                if (free.size() == running) {
                    Instant first = free.poll();
                    start = first.isAfter(start) ? first : start;
                }
            }
            started[i] = start;
            ended[i] = start.plus(durations[i]);
            if (running > 0) {
                free.add(ended[i]);
            }
        }
    }

    /**
     * {@code n} tasks submitted {@code every} apart from {@code t0}, each running {@code min..max} (seeded),
     * {@code running} at once (0: all at once).
     */
    static FakeVendor of(int n, Instant t0, Duration every, Duration min, Duration max, int running, long seed) {
        Random random = new Random(seed);
        Instant[] submitted = new Instant[n];
        Duration[] durations = new Duration[n];
        for (int i = 0; i < n; i++) {
            submitted[i] = t0.plus(every.multipliedBy(i));
            long spread = max.toMillis() - min.toMillis();
            durations[i] = min.plusMillis(spread == 0 ? 0 : (long) (random.nextDouble() * spread));
        }
        return new FakeVendor(submitted, durations, running);
    }

    int size() {
        return submitted.length;
    }

    TaskStatus statusAt(int i, Instant t) {
        if (t.isBefore(started[i])) {
            return TaskStatus.QUEUED;
        }
        return t.isBefore(ended[i]) ? TaskStatus.RUNNING : TaskStatus.SUCCEEDED;
    }

    Instant lastEnd() {
        Instant last = ended[0];
        for (Instant e : ended) {
            last = e.isAfter(last) ? e : last;
        }
        return last;
    }
}
