package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code generate}: submit, wait with progress, download, against every provider's emulator. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"dashscope", "uniall", "wan26api"})
    void generatesARealMp4ThroughEachProvidersEmulator(String provider) throws Exception {
        Path out = dir.resolve(provider + ".mp4");

        Cli.Run run = Cli.run("generate", "--emulate", "--emulate-speed", "5", "--provider", provider, "--prompt", "character1 waves",
                "--ref", "https://example.com/alice.png", "--size", "1280*720", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(TestFiles.resultVideo());
        assertThat(run.out()).contains("file:  " + out.toAbsolutePath()).contains("token: wr2v1.").contains("video: http://127.0.0.1:");
        assertThat(run.err()).contains("--emulate: " + provider + "'s built-in emulator");
    }

    @Test
    void withoutATerminalProgressIsOnePlainLinePerChange() {
        Cli.Run run = Cli.run("generate", "--emulate", "--provider", "wan26api", "--prompt", "character1 waves",
                "--ref", "https://example.com/alice.png", "--no-download");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).doesNotContain("\r");
        List<String> progress = run.err().lines().filter(l -> l.matches("\\[\\d+:\\d\\d] .*")).toList();
        List<String> states = progress.stream().map(l -> l.replaceAll("^\\[\\d+:\\d\\d] (\\S+( \\d+%)?).*", "$1")).toList();
        // the emulator's default task life: queued (wan26api says 0 %), running at 10, 35, 60, 85 %, succeeded;
        // a slow machine may poll past a step, but never prints one twice or out of order
        List<String> life = List.of("QUEUED 0%", "RUNNING 10%", "RUNNING 35%", "RUNNING 60%", "RUNNING 85%", "SUCCEEDED 100%");
        assertThat(states).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3).isSubsetOf(life)
                .isSortedAccordingTo(java.util.Comparator.comparingInt(life::indexOf));
        assertThat(states).last().isEqualTo("SUCCEEDED 100%");
        assertThat(progress).allSatisfy(l -> assertThat(l).contains("(wan26api task "));
    }

    @Test
    void jsonPrintsOneDocumentWithTheTaskTheVideoAndTheFile() throws Exception {
        Path out = dir.resolve("clip.mp4");

        Cli.Run run = Cli.run("generate", "--emulate", "--emulate-speed", "5", "--json", "--provider", "dashscope", "--prompt", "character1",
                "--ref", "https://example.com/a.jpg", "--out", out.toString(), "--progress", "none");

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(json.get("file").asText()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(json.get("bytes").asLong()).isEqualTo(TestFiles.resultVideo().length);
        TaskHandle handle = TaskHandle.parse(json.get("token").asText());
        assertThat(handle.providerId()).isEqualTo("dashscope");
        assertThat(handle.taskId()).isEqualTo(json.get("taskId").asText());
        assertThat(json.get("videoUrl").asText()).contains("/files/" + handle.taskId() + ".mp4");
    }

    @Test
    void localFilesGoThroughDashScopesUploadAndKeepTheirOrderAcrossRefImageAndVideo() throws Exception {
        Path video = TestFiles.sample(dir, "clip.bin", MediaFormat.MP4);
        Path image = TestFiles.sample(dir, "face.dat", MediaFormat.JPEG);
        try (Emulator dashscope = Emulators.start("dashscope", EmulatorOptions.defaults().withSpeed(5))) {
            Cli.Run run = Cli.run("generate", "--provider", "dashscope", "--option", "baseUrl=" + dashscope.baseUrl(),
                    "--option", "apiKey=sk-test", "--poll-interval", "100ms", "--prompt", "character1 meets character2",
                    "--video", video.toString(), "--ref", image.toString(), "--ref", "https://example.com/c.png",
                    "--seed", "7", "--no-prompt-extend", "--out", dir.resolve("o.mp4").toString());

            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(dashscope.journal().of(Operation.UPLOAD)).isNotEmpty();
            R2vRequest sent = dashscope.journal().decodedRequests().get(0);
            assertThat(sent.references()).extracting(Reference::kind)
                    .containsExactly(MediaKind.VIDEO, MediaKind.IMAGE, MediaKind.IMAGE);
            assertThat(sent.references().get(0).source()).isInstanceOf(MediaSource.Url.class)
                    .extracting(s -> ((MediaSource.Url) s).url()).asString().startsWith("oss://");
            assertThat(sent.seed()).hasValue(7);
            assertThat(sent.promptExtend()).isFalse();
            assertThat(dashscope.createsReceived()).isEqualTo(1);
            assertThat(run.err().lines()).as("the uploads' bytes").anyMatch(l -> l.matches("\\[\\d+:\\d\\d] UPLOADING .+ of .+"));
        }
    }

    @Test
    void mediaSentInlineShowsItsBytesAndTheResultItsCost() {
        Path video = TestFiles.sample(dir, "clip.mp4", MediaFormat.MP4);

        Cli.Run run = Cli.run("generate", "--emulate", "--emulate-speed", "5", "--provider", "wan26api", "--prompt",
                "character1 waves", "--ref", video.toString(), "--size", "1280*720", "--duration", "4", "--silent",
                "--no-download", "--progress", "plain");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err().lines()).anyMatch(l -> l.matches("\\[\\d+:\\d\\d] SENDING \\d.* \\(media inline\\)"));
        // 4 s of 720P without audio at 0.025 USD a second, as the vendor reports it in the task's usage
        assertThat(run.outLines()).contains("cost:  0.1 USD");
    }

    @Test
    void refusesAnExistingOutputBeforeSendingAnything() throws Exception {
        Path out = Files.writeString(dir.resolve("taken.mp4"), "mine");
        try (Emulator wan = Emulators.start("wan26api")) {
            Cli.Run run = Cli.run("generate", "--provider", "wan26api", "--option", "baseUrl=" + wan.baseUrl(),
                    "--option", "apiKey=sk-test", "--prompt", "x", "--ref", "https://example.com/a.png",
                    "--out", out.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("R2V-DOWNLOAD-TARGET").contains("--force");
            assertThat(Files.readString(out)).isEqualTo("mine");
            assertThat(wan.journal().size()).isZero();
        }
    }
}
