package dev.wanr2v.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.BudgetKind;
import dev.wanr2v.BudgetWait;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.cli.Output;
import dev.wanr2v.spi.Operation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the printer makes of media being sent, in plain lines (no terminal). */
class ProgressPrinterTest {
    @Test
    void twoUploadsAtOnceAreOneSumAndPlainLinesComeEveryTenthAndAtTheEnd() {
        StringWriter err = new StringWriter();
        Output output = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false);
        long a = 3 << 20;
        long b = 1 << 20;
        try (ProgressPrinter printer = new ProgressPrinter(output, ProgressMode.PLAIN)) {
            for (long sent = 64 << 10; sent <= a; sent += 64 << 10) {
                printer.onSending(Operation.UPLOAD, sent, a);
                if (sent <= b) {
                    printer.onSending(Operation.UPLOAD, sent, b);
                }
            }
            printer.sent();
        }

        List<String> lines = err.toString().lines().map(l -> l.replaceFirst("^\\[\\d+:\\d\\d] ", "")).toList();
        assertThat(lines).first().isEqualTo("UPLOADING 64.0 KB of 3.0 MB");
        assertThat(lines).contains("UPLOADING 2.0 of 4.0 MB").last().isEqualTo("UPLOADING 4.0 of 4.0 MB");
        assertThat(lines.size()).as("a line per tenth of 4 MB, the first, and each upload's end").isBetween(10, 14);
    }

    @Test
    void aCreateWaitingForBudgetSaysSoAndShortWaitsBetweenPollsSayNothing() {
        StringWriter err = new StringWriter();
        Output output = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false);
        TaskHandle handle = new TaskHandle("dashscope", "t-1", "http://127.0.0.1:1", java.time.Instant.EPOCH);
        try (ProgressPrinter printer = new ProgressPrinter(output, ProgressMode.PLAIN)) {
            printer.onBudgetWait(new BudgetWait(BudgetKind.CREATE, null, 3, Duration.ofMillis(1500)));
            printer.onBudgetWait(new BudgetWait(BudgetKind.RUNNING, null, 0, null));
            printer.onBudgetWait(new BudgetWait(BudgetKind.QUERY, handle, 1, Duration.ofMillis(200)));
            printer.onBudgetWait(new BudgetWait(BudgetKind.QUERY, handle, 40, Duration.ofSeconds(2)));
        }

        List<String> lines = err.toString().lines().map(l -> l.replaceFirst("^\\[\\d+:\\d\\d] ", "")).toList();
        assertThat(lines).containsExactly("WAITING for the create budget (about 2 s)", "WAITING for a running-task slot",
                "WAITING for the query budget (about 2 s)");
    }

    @Test
    void sizesSentReadAsPeopleSayThem() {
        assertThat(ProgressLine.sent(3_355_443, 7_969_177)).isEqualTo("3.2 of 7.6 MB");
        assertThat(ProgressLine.sent(66_560, 3_145_728)).isEqualTo("65.0 KB of 3.0 MB");
        assertThat(ProgressLine.sent(3_355_443, -1)).isEqualTo("3.2 MB");
    }
}
