package dev.wanr2v.cli.batch;

import dev.wanr2v.BudgetStats;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.cli.Output;
import dev.wanr2v.cli.progress.InPlaceLine;
import dev.wanr2v.cli.progress.ProgressLine;
import dev.wanr2v.cli.progress.ProgressMode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A batch's one progress line on stderr: lines done, tasks running and queued at the vendor, lines waiting
 * to be sent (and how many of their creates wait for the account's budget), elapsed time and an estimate of
 * the time left. On a terminal it is redrawn in place; otherwise printed every {@value #PLAIN_EVERY_SECONDS}
 * s. Messages about single lines go through {@link #message} so they never tear the line.
 */
final class BatchProgress implements AutoCloseable {
    static final int PLAIN_EVERY_SECONDS = 10;

    /** Where one line of the batch is. */
    enum Phase { WAITING, QUEUED, RUNNING, DONE }

    /**
     * What the line shows.
     *
     * @param total     lines of the batch
     * @param done      lines finished (this run or before)
     * @param running   tasks last seen running
     * @param queued    tasks accepted and not yet seen running
     * @param waiting   lines not yet accepted by the vendor
     * @param forBudget creates waiting for the account's budget
     */
    record Counts(int total, int done, int running, int queued, int waiting, int forBudget) {
    }

    private final Output output;
    private final ProgressMode mode;
    private final Supplier<BudgetStats> budget;
    private final Map<Integer, Phase> lines = new ConcurrentHashMap<>();
    private final int total;
    private final int doneBefore;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private final InPlaceLine line;

    /**
     * @param total      lines of the batch
     * @param doneBefore of those, lines with nothing to do in this run
     */
    BatchProgress(Output output, ProgressMode mode, int total, int doneBefore, Supplier<BudgetStats> budget) {
        this.output = output;
        this.mode = mode.resolve();
        this.total = total;
        this.doneBefore = doneBefore;
        this.budget = budget;
        this.line = new InPlaceLine(output);
        if (this.mode == ProgressMode.NONE) {
            ticker = null;
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wan-r2v-batch-progress");
            t.setDaemon(true);
            return t;
        });
        long every = this.mode == ProgressMode.BAR ? 250 : PLAIN_EVERY_SECONDS * 1000L;
        ticker.scheduleAtFixedRate(this::show, every, every, TimeUnit.MILLISECONDS);
    }

    /** Line {@code line} is now in {@code phase}. */
    void phase(int line, Phase phase) {
        lines.put(line, phase);
    }

    /** Line {@code line}'s task was seen with this status. */
    void status(int line, TaskStatus status) {
        if (status == TaskStatus.RUNNING) {
            phase(line, Phase.RUNNING);
        } else if (status == TaskStatus.QUEUED) {
            phase(line, Phase.QUEUED);
        }
    }

    /** A message about one line, printed above the progress line. */
    synchronized void message(String text) {
        line.clear();
        output.message(text);
        if (mode == ProgressMode.BAR) {
            line.draw(render(counts(), elapsed()));
        }
    }

    Counts counts() {
        int done = doneBefore;
        int running = 0;
        int queued = 0;
        for (Phase p : lines.values()) {
            switch (p) {
                case DONE -> done++;
                case RUNNING -> running++;
                case QUEUED -> queued++;
                default -> { }
            }
        }
        int forBudget = budget.get().waitingCreates();
        return new Counts(total, done, running, queued, total - done - running - queued, forBudget);
    }

    /**
     * {@code batch: 37/100 done, 5 running, 40 queued at the vendor, 18 waiting (12 for budget)  2:14, about 3:50
     * left}; the time left is the lines left at the pace of the lines done in this run.
     */
    String render(Counts c, Duration elapsed) {
        StringBuilder sb = new StringBuilder("batch: ").append(c.done()).append('/').append(c.total()).append(" done, ")
                .append(c.running()).append(" running, ").append(c.queued()).append(" queued at the vendor, ")
                .append(c.waiting()).append(" waiting");
        if (c.forBudget() > 0) {
            sb.append(" (").append(c.forBudget()).append(" for budget)");
        }
        sb.append("  ").append(ProgressLine.clock(elapsed));
        int doneNow = c.done() - doneBefore;
        int left = c.total() - c.done();
        if (left > 0 && doneNow > 0) {
            Duration remaining = elapsed.multipliedBy(left).dividedBy(doneNow);
            sb.append(", about ").append(ProgressLine.clock(remaining)).append(" left");
        }
        return sb.toString();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (mode == ProgressMode.BAR) {
            line.draw(render(counts(), elapsed()));
            line.end();
        }
    }

    private synchronized void show() {
        String text = render(counts(), elapsed());
        if (mode == ProgressMode.BAR) {
            line.draw(text);
        } else {
            output.message(text);
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
