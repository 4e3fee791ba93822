package dev.wanr2v.cli.progress;

import dev.wanr2v.BudgetKind;
import dev.wanr2v.BudgetWait;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.RetryEvent;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.cli.CliWords;
import dev.wanr2v.cli.Output;
import dev.wanr2v.spi.Operation;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a wait and a download on stderr: a bar redrawn in place on a terminal (ticking every 250 ms,
 * so the elapsed time moves even while the vendor is silent), or one plain line per change of status
 * or progress. Events arrive on engine threads; drawing is synchronized. Close it to end the bar's line.
 */
public final class ProgressPrinter implements ProgressListener, AutoCloseable {
    private final Output output;
    private final ProgressMode mode;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private String label;
    private String tail;
    /** Bytes sent of each body being sent, by its length (concurrent uploads have their own). */
    private final Map<Long, Long> sending = new HashMap<>();
    private long sendingStep;
    private String status = "SUBMITTED";
    private OptionalDouble progress = OptionalDouble.empty();
    private int tick;
    private final InPlaceLine line;
    private boolean downloading;

    /**
     * @param output where to draw
     * @param mode   {@link ProgressMode#AUTO} is resolved here
     */
    public ProgressPrinter(Output output, ProgressMode mode) {
        this.output = output;
        this.line = new InPlaceLine(output);
        this.mode = mode.resolve();
        if (this.mode == ProgressMode.BAR) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "wan-r2v-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** Names the task the following events are about. */
    public synchronized void task(TaskHandle handle) {
        this.tail = "task " + ProgressLine.shorten(handle.taskId(), 16);
        this.label = handle.providerId() + " task " + handle.taskId();
        if (status.equals("WAITING")) {
            status = "SUBMITTED"; // the create waited for budget and has been sent since
        }
    }

    /**
     * Local media on its way to the vendor: a bar of the bytes sent of all uploads (or of a create carrying
     * media inline), or a plain line per tenth (per 4 MB when the length is unknown) and at the end.
     */
    @Override
    public synchronized void onSending(Operation operation, long bytes, long total) {
        Long before = sending.put(total, bytes);
        long sent = sending.values().stream().mapToLong(Long::longValue).sum();
        long of = total < 0 ? -1 : sending.keySet().stream().mapToLong(Long::longValue).sum();
        status = operation == Operation.UPLOAD ? "UPLOADING" : "SENDING";
        progress = of > 0 ? OptionalDouble.of((double) sent / of) : OptionalDouble.empty();
        tail = ProgressLine.sent(sent, of) + (operation == Operation.UPLOAD ? "" : " (media inline)");
        if (mode == ProgressMode.PLAIN) {
            long step = of > 0 ? Math.max(1, of / 10) : 4L << 20;
            boolean first = before == null && sending.size() == 1;
            boolean finished = bytes == total && (before == null || before < total);
            if (first || sent / step > sendingStep || finished) {
                sendingStep = sent / step;
                output.message("[" + ProgressLine.clock(elapsed()) + "] " + status + " " + tail);
            }
        } else {
            draw();
        }
    }

    /** Ends the line of media being sent: the next lines are about the task. */
    public synchronized void sent() {
        endLine();
        tail = null;
        sending.clear();
        sendingStep = 0;
    }

    /**
     * A call waits for the account's budget: the bar says so ("WAITING for the create budget (about 2 s)"); a
     * plain line comes for a create or a running-task slot, and for a status query only when it waits a
     * second or more (short waits between polls are the budget working, not news).
     */
    @Override
    public synchronized void onBudgetWait(BudgetWait wait) {
        boolean worthALine = wait.kind() != BudgetKind.QUERY
                || wait.estimatedWait().map(d -> d.toMillis() >= 1000).orElse(false);
        if (mode == ProgressMode.PLAIN) {
            if (worthALine) {
                output.message("[" + ProgressLine.clock(elapsed()) + "] WAITING " + wait.waitingFor());
            }
        } else if (worthALine) {
            status = "WAITING";
            tail = wait.waitingFor();
            draw();
        }
    }

    @Override
    public synchronized void onStatus(TaskHandle handle, TaskSnapshot snapshot) {
        task(handle);
        status = snapshot.status() == TaskStatus.UNRECOGNIZED ? snapshot.rawStatus() : snapshot.status().name();
        progress = snapshot.status() == TaskStatus.SUCCEEDED ? OptionalDouble.of(1.0) : snapshot.progress();
        if (mode == ProgressMode.PLAIN) {
            output.message(ProgressLine.plain(status, progress, elapsed(), label));
        } else {
            draw();
        }
    }

    @Override
    public synchronized void onRetry(RetryEvent event) {
        String line = "the " + event.operation().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " call failed (" + CliWords.reason(event.cause()) + "); retrying in "
                + CliWords.seconds(event.delay().toMillis()) + " (attempt " + (event.attempt() + 1) + ")";
        if (mode == ProgressMode.PLAIN) {
            output.message("[" + ProgressLine.clock(elapsed()) + "] " + line);
        } else if (mode == ProgressMode.BAR) {
            clearLine();
            output.message(line);
            draw();
        }
    }

    @Override
    public synchronized void onCompleted(GeneratedVideo video) {
        if (mode == ProgressMode.BAR) {
            status = "SUCCEEDED";
            progress = OptionalDouble.of(1.0);
            draw();
        }
    }

    @Override
    public synchronized void onFailed(R2vException error) {
        endLine();
    }

    @Override
    public synchronized void onDownload(TaskHandle handle, long bytes, long total) {
        OptionalDouble share = total > 0 ? OptionalDouble.of((double) bytes / total) : OptionalDouble.empty();
        if (mode == ProgressMode.PLAIN) {
            if (!downloading) {
                output.message("[" + ProgressLine.clock(elapsed()) + "] DOWNLOADING"
                        + (total > 0 ? " " + ProgressLine.bytes(total) : ""));
            }
            downloading = true;
            return;
        }
        if (!downloading) {
            endLine();
            downloading = true;
        }
        status = "DOWNLOADING";
        progress = share;
        draw();
    }

    /** Ends the bar's line (the next message starts on a fresh line) and stops ticking. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        endLine();
    }

    /** Ends the bar's line before another message is printed; a no-op without a bar. */
    public synchronized void endLine() {
        if (mode == ProgressMode.BAR) {
            line.end();
        }
    }

    private synchronized void tick() {
        tick++;
        if (line.drawn() || tail != null) {
            draw();
        }
    }

    private void draw() {
        if (mode != ProgressMode.BAR) {
            return;
        }
        line.draw(ProgressLine.barWith(status, progress, elapsed(), tail, tick));
    }

    private void clearLine() {
        line.clear();
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
