package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Emulators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code emulate}: a standalone emulator other invocations can use, until it is stopped. */
class EmulateCommandTest {
    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @TempDir
    Path dir;

    @Test
    void servesOtherCommandsUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread server = new Thread(() -> exit.set(cmd.execute("emulate", "--provider", "wan26api", "--speed", "4")));
        server.start();
        Matcher m = awaitUrl(out);
        String baseUrl = m.group(1);
        int port = Integer.parseInt(m.group(2));

        Path clip = dir.resolve("clip.mp4");
        Cli.Run generated = Cli.run("generate", "--provider", "wan26api", "--option", "baseUrl=" + baseUrl,
                "--option", "apiKey=anything", "--poll-interval", "100ms", "--prompt", "character1 waves",
                "--ref", "https://example.com/a.png", "--out", clip.toString());
        assertThat(generated.exit()).as(generated.toString()).isZero();
        assertThat(Files.readAllBytes(clip)).isEqualTo(TestFiles.resultVideo());
        assertThat(out.toString()).contains("export WAN_R2V_PROVIDER=wan26api WAN26API_BASE_URL=" + baseUrl)
                .contains("R2v.builder().provider(\"wan26api\").baseUrl(\"" + baseUrl + "\")");
        waitFor(() -> err.toString().contains("POST /model/v1/generation -> 200"));

        server.interrupt();
        server.join(10_000);

        assertThat(server.isAlive()).isFalse();
        assertThat(exit.get()).as(err.toString()).isZero();
        assertThat(err.toString()).contains("emulator stopped");
        assertThat(accepts(port)).as("port still open after stop").isFalse();
    }

    @Test
    void aBusyPortIsAUsageError() {
        try (Emulator busy = Emulators.start("uniall")) {
            Cli.Run run = Cli.run("emulate", "--provider", "uniall", "--port", String.valueOf(busy.port()));

            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(String.valueOf(busy.port())).contains("choose another port");
        }
    }

    @Test
    void anUnknownProviderHasNoEmulator() {
        Cli.Run run = Cli.run("emulate", "--provider", "acme");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("no built-in emulator for provider 'acme'").contains("dashscope, uniall, wan26api");
    }

    private static Matcher awaitUrl(StringWriter out) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(end)) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the emulator never said where it listens: " + out);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(5));
        while (!condition.getAsBoolean() && Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
