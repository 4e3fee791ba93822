package dev.wanr2v.internal.budget;

import dev.wanr2v.BudgetKind;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.internal.engine.ManualScheduler;
import dev.wanr2v.spi.AccountLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Waits for every task of a {@link FakeVendor} the way the engine's waiters do (each poll due after its
 * policy's interval, then queued for the query budget), on virtual time, and records what happened.
 */
final class PollPlanSimulation {
    /** What a run measured. */
    record Result(List<Long> lagsMillis, List<Instant> grants, long maxQueueWaitMillis, long meanRunningWaitMillis,
            long meanQueuedWaitMillis, int unfinished) {

        long percentileLag(double p) {
            List<Long> sorted = new ArrayList<>(lagsMillis);
            Collections.sort(sorted);
            return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
        }

        /** The most grants in any one-second window. */
        int mostGrantsInASecond() {
            int most = 0;
            int from = 0;
            for (int to = 0; to < grants.size(); to++) {
                while (!grants.get(from).plusSeconds(1).isAfter(grants.get(to))) {
                    from++;
                }
                most = Math.max(most, to - from + 1);
            }
            return most;
        }
    }

    private final FakeVendor vendor;
    private final PollPolicy policy;
    private final ManualScheduler scheduler;
    private final Budget budget;
    private final Member member;
    private final TaskHandle[] handles;
    private final TaskStatus[] lastSeen;
    private final List<Long> lags = new ArrayList<>();
    private final List<Instant> grants = new ArrayList<>();
    private long maxWait;
    private long runningWaits;
    private long runningWaitSum;
    private long queuedWaits;
    private long queuedWaitSum;

    PollPlanSimulation(FakeVendor vendor, double queriesPerSecond, PollPolicy policy, Instant t0) {
        this.vendor = vendor;
        this.policy = policy;
        this.scheduler = new ManualScheduler(t0);
        this.budget = new Budget(AccountLimits.documented(5, queriesPerSecond).withRunningTasks(5, true), true,
                scheduler, false);
        this.member = budget.alone("sim", Runnable::run);
        this.handles = new TaskHandle[vendor.size()];
        this.lastSeen = new TaskStatus[vendor.size()];
    }

    Result run() {
        for (int i = 0; i < vendor.size(); i++) {
            int task = i;
            scheduler.schedule(Duration.between(scheduler.now(), vendor.submitted[i]), () -> submit(task));
        }
        scheduler.runUntil(vendor.lastEnd().plus(Duration.ofHours(2)));
        return new Result(lags, grants, maxWait, runningWaits == 0 ? 0 : runningWaitSum / runningWaits,
                queuedWaits == 0 ? 0 : queuedWaitSum / queuedWaits, vendor.size() - lags.size());
    }

    private void submit(int i) {
        handles[i] = new TaskHandle("sim", "t" + i, "https://sim.example", scheduler.now());
        budget.submitted(handles[i], TaskSnapshot.builder(TaskStatus.QUEUED).build());
        schedulePoll(i, 0);
    }

    private void schedulePoll(int i, int polls) {
        Duration interval = policy.interval(polls, policy.maxInterval());
        scheduler.schedule(interval, () -> poll(i, polls));
    }

    private void poll(int i, int polls) {
        Instant due = scheduler.now();
        TaskStatus known = lastSeen[i];
        budget.acquire(member, BudgetKind.QUERY, handles[i], true, null, w -> { })
                .thenAccept(p -> {
                    budget.departed(p);
                    answered(i, polls, due, known);
                });
    }

    private void answered(int i, int polls, Instant due, TaskStatus known) {
        Instant now = scheduler.now();
        grants.add(now);
        long waited = Duration.between(due, now).toMillis();
        maxWait = Math.max(maxWait, waited);
        if (known == TaskStatus.RUNNING) {
            runningWaits++;
            runningWaitSum += waited;
        } else {
            queuedWaits++;
            queuedWaitSum += waited;
        }
        TaskStatus status = vendor.statusAt(i, now);
        lastSeen[i] = status;
        budget.observed(handles[i], TaskSnapshot.builder(status).build());
        if (status.isTerminal()) {
            lags.add(Duration.between(vendor.ended[i], now).toMillis());
        } else {
            schedulePoll(i, polls + 1);
        }
    }
}
