package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code submit}, {@code status}, {@code wait}, {@code cancel} and {@code download}, each its own invocation,
 * against an emulator that outlives them (as {@code wan-r2v emulate} does).
 */
class TaskCommandsTest {
    @TempDir
    Path dir;

    private static String[] with(Emulator emulator, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--option", "baseUrl=" + emulator.baseUrl(), "--option", "apiKey=sk-test",
                "--poll-interval", "100ms"));
        return all.toArray(String[]::new);
    }

    private static String submit(Emulator emulator) {
        Cli.Run run = Cli.run(with(emulator, "submit", "--provider", emulator.providerId(), "--prompt", "character1 waves",
                "--ref", "https://example.com/a.png"));
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(1);
        return run.out().strip();
    }

    @Test
    void submitThenStatusWaitAndDownloadFromSeparateInvocations() throws Exception {
        try (Emulator uniall = Emulators.start("uniall", EmulatorOptions.defaults().withSpeed(5))) {
            String token = submit(uniall);
            TaskHandle handle = TaskHandle.parse(token);

            Cli.Run status = Cli.run(with(uniall, "status", token));
            Cli.Run waited = Cli.run(with(uniall, "wait", token, "--progress", "plain"));
            Path out = dir.resolve("clip.mp4");
            Cli.Run downloaded = Cli.run(with(uniall, "download", token, "--out", out.toString()));
            Cli.Run intoDirectory = Cli.run(with(uniall, "download", token, "--out", dir.toString()));
            Cli.Run statusJson = Cli.run(with(uniall, "status", token, "--json"));

            assertThat(handle.providerId()).isEqualTo("uniall");
            assertThat(status.exit()).as(status.toString()).isZero();
            assertThat(status.out()).startsWith("uniall task " + handle.taskId() + ": ");
            assertThat(waited.exit()).as(waited.toString()).isZero();
            assertThat(waited.outLines()).as("only the URL, as submit prints only the token").singleElement()
                    .asString().startsWith(uniall.baseUrl() + "/files/" + handle.taskId() + ".mp4?");
            assertThat(waited.err()).contains("SUCCEEDED 100%").contains("uniall task " + handle.taskId() + " succeeded");
            assertThat(downloaded.exit()).as(downloaded.toString()).isZero();
            assertThat(Files.readAllBytes(out)).isEqualTo(TestFiles.resultVideo());
            assertThat(intoDirectory.exit()).as(intoDirectory.toString()).isZero();
            assertThat(Files.readAllBytes(dir.resolve(handle.taskId() + ".mp4"))).isEqualTo(TestFiles.resultVideo());
            assertThat(statusJson.json().get("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(statusJson.json().get("taskId").asText()).isEqualTo(handle.taskId());
            assertThat(uniall.createsReceived()).isEqualTo(1);
        }
    }

    @Test
    void cancelsAPendingDashScopeTask() {
        try (Emulator dashscope = Emulators.start("dashscope")) {
            dashscope.defaultScript(StatusScript.queuedForever());
            String token = submit(dashscope);

            Cli.Run run = Cli.run(with(dashscope, "cancel", token));

            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.out()).startsWith("canceled dashscope task ");
            assertThat(dashscope.task(TaskHandle.parse(token).taskId()).orElseThrow().status())
                    .isEqualTo(TaskStatus.CANCELED);
        }
    }

    @Test
    void cancelExitsWithTheCategoryCodeWhenTheProviderCannotOrTheVendorRefuses() {
        try (Emulator uniall = Emulators.start("uniall"); Emulator dashscope = Emulators.start("dashscope")) {
            dashscope.defaultScript(StatusScript.runningForever(0.5));
            String uniallToken = submit(uniall);
            String runningToken = submit(dashscope);

            Cli.Run unsupported = Cli.run(with(uniall, "cancel", uniallToken));
            Cli.Run conflict = Cli.run(with(dashscope, "cancel", runningToken));

            assertThat(unsupported.exit()).as(unsupported.toString()).isEqualTo(ExitCodes.of(ErrorCategory.UNSUPPORTED));
            assertThat(conflict.exit()).as(conflict.toString()).isEqualTo(ExitCodes.of(ErrorCategory.CONFLICT));
            assertThat(unsupported.err()).contains("\nerror: [uniall] uniall cannot cancel");
        }
    }

    @Test
    void aWaitThatTimesOutPrintsTheTokenToResumeWith() {
        try (Emulator wan = Emulators.start("wan26api")) {
            wan.defaultScript(StatusScript.queuedForever());
            String token = submit(wan);

            Cli.Run run = Cli.run(with(wan, "wait", token, "--timeout", "1s", "--progress", "none"));

            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.of(ErrorCategory.AWAIT_TIMEOUT)).isEqualTo(11);
            assertThat(run.err()).contains("Resume with:  wan-r2v wait " + token);
        }
    }

    @Test
    void downloadNeedsNoOut() {
        picocli.CommandLine.ParseResult parsed = Main.commandLine().parseArgs("download", "wr2v1.x");

        assertThat((Object) parsed.subcommand().matchedOptionValue("--out", null)).isNull();
        assertThat(Cli.run("download", "--help").out()).contains("Default: ./<task id>.mp4");
    }

    @Test
    void aWaitOnAnUnreachableVendorSaysConnectionRefusedInSecondsAndTheTokenOnce() {
        Emulator wan = Emulators.start("wan26api");
        String token;
        String[] args;
        try (wan) {
            token = submit(wan);
            args = with(wan, "wait", token, "--timeout", "2s", "--progress", "plain");
        }

        Cli.Run run = Cli.run(args);

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.of(ErrorCategory.AWAIT_TIMEOUT));
        List<String> retries = run.err().lines().filter(l -> l.contains("retrying")).toList();
        assertThat(retries).isNotEmpty().allSatisfy(l -> assertThat(l)
                .containsPattern("the status call failed \\(connection refused\\); retrying in (\\d+ ms|\\d+(\\.\\d)? s) ")
                .doesNotContainPattern("\\d{4,} ms"));
        assertThat(run.err()).contains("did not finish within 2 s (never answered: connection refused).");
        assertThat(run.err().split(java.util.regex.Pattern.quote(token), -1)).as("the token, said once").hasSize(2);
    }

    @Test
    void aFailedTaskExitsWithTaskFailed() {
        try (Emulator dashscope = Emulators.start("dashscope")) {
            dashscope.defaultScript(StatusScript.immediately(Outcome.failed("InternalError.Algo", "the model fell over")));
            String token = submit(dashscope);

            Cli.Run run = Cli.run(with(dashscope, "download", token, "--out", dir.resolve("x.mp4").toString(), "--json"));

            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.of(ErrorCategory.TASK_FAILED));
            assertThat(run.json().at("/error/category").asText()).isEqualTo("TASK_FAILED");
            assertThat(run.json().at("/error/token").asText()).isEqualTo(token);
            assertThat(run.err()).contains("the model fell over");
            assertThat(dir.resolve("x.mp4")).doesNotExist();
        }
    }

    @Test
    void damagedTokensAndEmulatedTokenCommandsAreExplained() {
        Cli.Run damaged = Cli.run("status", "wr2v1.bm90IGEgdG9rZW4");
        Cli.Run emulated;
        try (Emulator uniall = Emulators.start("uniall")) {
            emulated = Cli.run("status", submit(uniall), "--emulate");
        }

        assertThat(damaged.exit()).isEqualTo(ExitCodes.of(ErrorCategory.INVALID_REQUEST));
        assertThat(damaged.err()).contains("R2V-TASK-TOKEN");
        assertThat(emulated.exit()).isEqualTo(ExitCodes.of(ErrorCategory.CONFIGURATION));
        assertThat(emulated.err()).contains("new, empty emulator").contains("wan-r2v emulate --provider uniall");
    }

    @Test
    void aTokenFromAnotherEndpointIsRefusedWithoutSendingTheKeyThere() {
        try (Emulator a = Emulators.start("wan26api"); Emulator b = Emulators.start("wan26api")) {
            String token = submit(a);
            int before = b.journal().size();

            Cli.Run run = Cli.run(with(b, "status", token));

            assertThat(run.exit()).isEqualTo(ExitCodes.of(ErrorCategory.CONFIGURATION));
            assertThat(run.err()).contains(a.baseUrl());
            assertThat(b.journal().size()).isEqualTo(before);
        }
    }
}
