package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code demo}: a whole generation from the bundled samples, offline. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"dashscope", "wan26api", "uniall"})
    void writesARealMp4AndSaysWhatItDid(String provider) throws Exception {
        Path out = dir.resolve("demo.mp4");

        Cli.Run run = Cli.run("demo", "--provider", provider, "--out", out.toString(), "--progress", "plain", "--speed", "5");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(TestFiles.resultVideo());
        assertThat(run.out()).contains("wan-r2v demo: " + provider + " through its built-in emulator at http://127.0.0.1:")
                .contains("request:  R2vRequest[FLASH").contains("task:     " + provider + " task ")
                .contains("wrote:    " + out.toAbsolutePath() + " (14.6 KB");
        assertThat(run.err()).contains("SUCCEEDED");
        if (!provider.equals("uniall")) {
            assertThat(run.out()).contains("image /").contains("character1.jpg").contains("video /").contains("character2.mp4");
        } else {
            assertThat(run.out()).contains("placeholder URLs");
        }
    }

    @Test
    void refusesToOverwriteUnlessForced() throws Exception {
        Path out = Files.writeString(dir.resolve("demo.mp4"), "precious");
        Files.setLastModifiedTime(out, FileTime.fromMillis(1_000_000));

        Cli.Run refused = Cli.run("demo", "--out", out.toString(), "--progress", "none");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("exists; pass --force");
        assertThat(Files.readString(out)).isEqualTo("precious");

        Cli.Run forced = Cli.run("demo", "--out", out.toString(), "--force", "--progress", "none", "--json", "--speed", "5");

        assertThat(forced.exit()).as(forced.toString()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(TestFiles.resultVideo());
        assertThat(forced.json().get("emulated").asBoolean()).isTrue();
        assertThat(forced.json().get("bytes").asLong()).isEqualTo(TestFiles.resultVideo().length);
    }
}
