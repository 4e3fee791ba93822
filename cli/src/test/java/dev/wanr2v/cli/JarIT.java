package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.testkit.MediaSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar itself, as a newcomer meets it: a separate JVM, a fresh directory, no key, no network. */
class JarIT {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() throws Exception {
        JarProcess p = JarProcess.start(dir, Map.of(), "--help");

        assertThat(p.waitFor(Duration.ofSeconds(30))).as(p.toString()).isZero();
        assertThat(p.out()).contains("generate").contains("batch").contains("demo").contains("emulate");
        assertThat(p.err()).isEmpty();
    }

    @Test
    void demoWritesAPlayableMp4InTheWorkingDirectoryWithinAMinute() throws Exception {
        long start = System.nanoTime();
        JarProcess p = JarProcess.start(dir, Map.of(), "demo");

        int exit = p.waitFor(Duration.ofSeconds(60));

        assertThat(exit).as(p.toString()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(Files.readAllBytes(dir.resolve("demo.mp4"))).isEqualTo(MediaSamples.resultVideo());
        assertThat(p.out()).contains("wan-r2v demo: dashscope").contains("wrote:    " + dir.resolve("demo.mp4").toRealPath());
        assertThat(p.err()).doesNotContain("SLF4J").doesNotContain("Exception");

        JarProcess again = JarProcess.start(dir, Map.of(), "demo");
        assertThat(again.waitFor(Duration.ofSeconds(60))).as(again.toString()).isEqualTo(2);
        assertThat(again.err()).contains("demo.mp4: exists; pass --force");
    }

    @Test
    void errorsAreOneLinePerProblemWithoutAStackTrace() throws Exception {
        JarProcess p = JarProcess.start(dir, Map.of(), "generate", "--emulate", "--provider", "wan26api", "--prompt", "",
                "--ref", "https://example.com/who", "--duration", "99");

        assertThat(p.waitFor(Duration.ofSeconds(30))).as(p.toString()).isEqualTo(2);
        assertThat(p.err()).contains("(rule R2V-PROMPT-REQUIRED)").contains("(rule CLI-REF-KIND)").contains("(rule R2V-DURATION)")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(p.out()).isEmpty();
    }

    @Test
    void interruptingAWaitPrintsTheTokenToResumeWith() throws Exception {
        try (JarProcess p = JarProcess.start(dir, Map.of(), "generate", "--emulate", "--emulate-speed", "0.01",
                "--provider", "uniall", "--prompt", "character1 waits", "--ref", "https://example.com/a.png",
                "--progress", "plain")) {
            p.awaitErr("QUEUED", Duration.ofSeconds(30));

            p.terminate();
            int exit = p.waitFor(Duration.ofSeconds(30));

            assertThat(exit).as(p.toString()).isEqualTo(143);
            assertThat(p.err()).contains("goes on at the vendor. Resume with:")
                    .containsPattern("\n  wan-r2v wait wr2v1\\.\\S+\n").doesNotContain("canceling");
        }
    }

    @Test
    void interruptingWithCancelOnInterruptCancelsTheTask() throws Exception {
        try (JarProcess p = JarProcess.start(dir, Map.of(), "generate", "--emulate", "--emulate-speed", "0.01",
                "--provider", "dashscope", "--prompt", "character1 waits", "--ref", "https://example.com/a.png",
                "--progress", "plain", "--cancel-on-interrupt")) {
            p.awaitErr("QUEUED", Duration.ofSeconds(30));

            p.terminate();
            int exit = p.waitFor(Duration.ofSeconds(30));

            assertThat(exit).as(p.toString()).isEqualTo(143);
            assertThat(p.err()).contains("canceling dashscope task").contains("canceled dashscope task");
        }
    }

    @Test
    void interruptingAnEmulatedBatchGivesAdviceThatCanWork() throws Exception {
        Files.writeString(dir.resolve("jobs.jsonl"),
                "{\"prompt\": \"character1 waits\", \"refs\": [\"https://example.com/a.png\"]}\n");
        try (JarProcess p = JarProcess.start(dir, Map.of(), "batch", "jobs.jsonl", "--emulate", "--emulate-speed",
                "0.01", "--provider", "wan26api")) {
            p.awaitErr("submitted", Duration.ofSeconds(30));

            p.terminate();
            int exit = p.waitFor(Duration.ofSeconds(30));

            assertThat(exit).as(p.toString()).isEqualTo(143);
            assertThat(p.err()).contains("a re-run cannot resume them").contains("wan-r2v emulate --provider wan26api")
                    .contains("remove the journal " + dir.resolve("jobs.journal.jsonl").toRealPath())
                    .doesNotContain("run the same command again");
        }
    }
}
