package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./wan-r2v}, run in a copy of the tree with stand-ins for {@code mvn} and {@code java}:
 * the {@code mvn} stand-in behaves as Maven 3.8/3.9 does, whose console library writes the reset code
 * {@code ESC[0m} on exit, even with {@code -B -q}, unless {@code -Djansi.noreset=true} is in {@code MAVEN_OPTS}.
 */
class LauncherTest {
    @TempDir
    Path root;

    @Test
    void aRebuildPrintsNoEscapeCodes() throws Exception {
        Files.copy(Path.of("..", "wan-r2v"), root.resolve("wan-r2v"));
        Path bin = Files.createDirectories(root.resolve("bin"));
        script(bin.resolve("mvn"), """
                echo "$MAVEN_OPTS $*" > "$PWD/mvn-call"
                case "$MAVEN_OPTS" in *-Djansi.noreset=true*) ;; *) printf '\\033[0m'; printf '\\033[0m' >&2 ;; esac
                mkdir -p cli/target && touch cli/target/wan-r2v.jar
                """);
        script(bin.resolve("java"), "echo \"ran $*\"\n");

        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("wan-r2v").toString(), "demo").redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().remove("MAVEN_OPTS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).as("what the launcher printed").doesNotContain("\u001b").contains("building the command-line jar")
                .contains("ran -jar " + root.resolve("cli/target/wan-r2v.jar") + " demo");
        assertThat(Files.readString(root.resolve("mvn-call"))).contains("-B").contains("-Dstyle.color=never");
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
