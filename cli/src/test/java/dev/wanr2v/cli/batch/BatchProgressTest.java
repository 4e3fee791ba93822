package dev.wanr2v.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.BudgetStats;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.cli.Output;
import dev.wanr2v.cli.progress.ProgressMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The batch's one progress line. */
class BatchProgressTest {
    private final StringWriter err = new StringWriter();
    private final Output output = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false);

    private static BudgetStats waitingCreates(int n) {
        return new BudgetStats(true, 0, 0, 0, 0, Duration.ZERO, n, 0, 0, 0, 5, 20);
    }

    @Test
    void countsEachLineByWhereItIsAndEstimatesTheTimeLeftFromThisRunsPace() {
        try (BatchProgress p = new BatchProgress(output, ProgressMode.NONE, 10, 2, () -> waitingCreates(3))) {
            p.phase(3, BatchProgress.Phase.DONE);
            p.phase(4, BatchProgress.Phase.DONE);
            p.phase(5, BatchProgress.Phase.QUEUED);
            p.status(5, TaskStatus.RUNNING);
            p.phase(6, BatchProgress.Phase.QUEUED);
            p.phase(7, BatchProgress.Phase.WAITING);

            BatchProgress.Counts c = p.counts();

            assertThat(c).isEqualTo(new BatchProgress.Counts(10, 4, 1, 1, 4, 3));
            assertThat(p.render(c, Duration.ofSeconds(80)))
                    .isEqualTo("batch: 4/10 done, 1 running, 1 queued at the vendor, 4 waiting (3 for budget)  1:20,"
                            + " about 4:00 left");
        }
    }

    @Test
    void noEstimateBeforeALineIsDoneAndNoBudgetNoteWhenNothingWaitsForIt() {
        try (BatchProgress p = new BatchProgress(output, ProgressMode.NONE, 3, 0, () -> waitingCreates(0))) {
            assertThat(p.render(p.counts(), Duration.ofSeconds(5)))
                    .isEqualTo("batch: 0/3 done, 0 running, 0 queued at the vendor, 3 waiting  0:05");
        }
    }

    @Test
    void messagesAboutLinesAreNotTornByTheBar() {
        try (BatchProgress p = new BatchProgress(output, ProgressMode.BAR, 2, 0, () -> waitingCreates(0))) {
            p.message("line 1: submitted dashscope task t-1");
        }
        assertThat(err.toString()).contains("line 1: submitted dashscope task t-1" + System.lineSeparator() + "\rbatch: 0/2");
    }
}
