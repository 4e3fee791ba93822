package dev.wanr2v.cli.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/** Renders progress as text; pure functions, so the look is tested without a terminal. */
public final class ProgressLine {
    /** Characters of the bar between its brackets. */
    public static final int BAR_WIDTH = 24;
    private static final String SPINNER = "|/-\\";

    private ProgressLine() {
    }

    /**
     * The in-place line: {@code | RUNNING    [##########--------------]  42%  0:07  task 1a2b3c4d5e6f7...}. Without
     * a known progress the bar shows a block moving with {@code tick}, and the percent {@code --}.
     */
    public static String bar(String status, OptionalDouble progress, Duration elapsed, String taskId, int tick) {
        return barWith(status, progress, elapsed, taskId == null ? null : "task " + shorten(taskId, 16), tick);
    }

    /** The in-place line with any text after the elapsed time: {@code ... 0:03  3.2 of 7.6 MB}. */
    public static String barWith(String status, OptionalDouble progress, Duration elapsed, String tail, int tick) {
        StringBuilder sb = new StringBuilder();
        sb.append(SPINNER.charAt(Math.floorMod(tick, SPINNER.length()))).append(' ')
                .append(String.format(Locale.ROOT, "%-11s", shorten(status, 11))).append(" [");
        if (progress.isPresent()) {
            int filled = (int) Math.round(clamp(progress.getAsDouble()) * BAR_WIDTH);
            sb.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%", Math.round(clamp(progress.getAsDouble()) * 100)));
        } else {
            int span = BAR_WIDTH - 3;
            int pos = Math.floorMod(tick, 2 * span);
            int at = pos <= span ? pos : 2 * span - pos;
            sb.append(" ".repeat(at)).append("<=>").append(" ".repeat(BAR_WIDTH - 3 - at)).append("]  --%");
        }
        sb.append("  ").append(clock(elapsed));
        if (tail != null) {
            sb.append("  ").append(tail);
        }
        return sb.toString();
    }

    /** The plain line for one change: {@code [0:07] RUNNING 42%  (dashscope task 1a2b...)}. */
    public static String plain(String status, OptionalDouble progress, Duration elapsed, String label) {
        StringBuilder sb = new StringBuilder("[").append(clock(elapsed)).append("] ").append(status);
        progress.ifPresent(p -> sb.append(' ').append(Math.round(clamp(p) * 100)).append('%'));
        if (label != null) {
            sb.append("  (").append(label).append(')');
        }
        return sb.toString();
    }

    /** {@code m:ss}, or {@code h:mm:ss} past an hour. */
    public static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** What the vendor says the task cost: {@code 0.35 USD}; empty where it does not say. */
    public static java.util.Optional<String> cost(dev.wanr2v.Usage usage) {
        return usage.cost().map(c -> c.toPlainString() + usage.currency().map(u -> " " + u).orElse(""));
    }

    /** Bytes sent so far, and of how many when known: {@code 3.2 of 7.6 MB}, {@code 3.2 MB}. */
    public static String sent(long bytes, long total) {
        if (total <= 0) {
            return bytes(bytes);
        }
        String of = bytes(total);
        String so = bytes(bytes);
        String unit = of.substring(of.indexOf(' '));
        return (so.endsWith(unit) ? so.substring(0, so.length() - unit.length()) : so) + " of " + of;
    }

    /** Bytes for people: {@code 980 B}, {@code 14.6 KB}, {@code 3.2 MB}. */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        double kb = n / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    /** At most {@code max} characters, the end replaced by {@code ...}. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
