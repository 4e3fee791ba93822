package dev.wanr2v.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What the bar and the plain lines look like. */
class ProgressLineTest {
    @Test
    void theBarShowsStatusPercentElapsedTimeAndTaskId() {
        String line = ProgressLine.bar("RUNNING", OptionalDouble.of(0.5), Duration.ofSeconds(75), "4f1c9d2e-aaaa-bbbb-cccc", 1);

        assertThat(line).isEqualTo("/ RUNNING     [############------------]  50%  1:15  task 4f1c9d2e-aaaa...");
    }

    @Test
    void withoutAPercentTheBarMovesAndSaysSo() {
        String a = ProgressLine.bar("QUEUED", OptionalDouble.empty(), Duration.ZERO, "t", 0);
        String b = ProgressLine.bar("QUEUED", OptionalDouble.empty(), Duration.ZERO, "t", 5);

        assertThat(a).contains("[<=>").contains("--%").contains("0:00  task t");
        assertThat(b).contains("[     <=>");
        assertThat(a).hasSameSizeAs(b);
    }

    @Test
    void plainLinesAndHumanSizes() {
        assertThat(ProgressLine.plain("RUNNING", OptionalDouble.of(0.351), Duration.ofMillis(3700), "uniall task x"))
                .isEqualTo("[0:03] RUNNING 35%  (uniall task x)");
        assertThat(ProgressLine.plain("QUEUED", OptionalDouble.empty(), Duration.ofHours(2), null)).isEqualTo("[2:00:00] QUEUED");
        assertThat(ProgressLine.bytes(980)).isEqualTo("980 B");
        assertThat(ProgressLine.bytes(14_978)).isEqualTo("14.6 KB");
        assertThat(ProgressLine.bytes(3_355_443)).isEqualTo("3.2 MB");
    }
}
