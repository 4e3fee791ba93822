package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Emulators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @TempDir
    Path dir;

    @Test
    void servesOtherCommandsUntilStopped() throws Exception {
        Server server = Server.start("emulate", "--provider", "wan26api", "--speed", "4");
        String baseUrl = server.baseUrl();

        Path clip = dir.resolve("clip.mp4");
        Cli.Run generated = Cli.run("generate", "--provider", "wan26api", "--option", "baseUrl=" + baseUrl,
                "--option", "apiKey=anything", "--poll-interval", "100ms", "--prompt", "character1 waves",
                "--ref", "https://example.com/a.png", "--out", clip.toString());
        assertThat(generated.exit()).as(generated.toString()).isZero();
        assertThat(Files.readAllBytes(clip)).isEqualTo(TestFiles.resultVideo());
        assertThat(server.out()).contains("export WAN_R2V_PROVIDER=wan26api WAN26API_BASE_URL=" + baseUrl)
                .contains("R2v.builder().provider(\"wan26api\").baseUrl(\"" + baseUrl + "\")");
        waitFor(() -> server.stderr().toString().contains("POST /model/v1/generation -> 200"));

        server.close();

        assertThat(server.stderr().toString()).contains("emulator stopped");
        assertThat(accepts(URI.create(baseUrl).getPort())).as("port still open after stop").isFalse();
    }

    @Test
    void dashScopesDocumentedLimitsAreEnforcedByDefault() throws Exception {
        try (Server server = Server.start("emulate", "--provider", "dashscope", "--quiet")) {
            assertThat(server.out()).contains("Account limits: 5 creates/s, 20 queries/s, 5 running (the rest queue),"
                    + " as dashscope documents");

            HttpResponse<String> throttled = null;
            for (int i = 0; i < 200 && throttled == null; i++) { // 5 creates/s: one of the first few seconds' is refused
                HttpResponse<String> response = create(server.baseUrl());
                if (response.statusCode() == 429) {
                    throttled = response;
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                }
            }

            assertThat(throttled).as("200 creates, none throttled").isNotNull();
            assertThat(throttled.body()).contains("\"code\":\"Throttling.RateQuota\"")
                    .contains("Requests rate limit exceeded, please try again later.");
        }
    }

    @Test
    void accountLimitsOffLiftsThem() throws Exception {
        try (Server server = Server.start("emulate", "--provider", "dashscope", "--account-limits", "off", "--quiet")) {
            assertThat(server.out()).contains("Account limits: off");

            for (int i = 0; i < 30; i++) {
                HttpResponse<String> response = create(server.baseUrl());
                assertThat(response.statusCode()).as("create %d: %s", i, response.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void accountLimitsOfYourOwnArePrintedAndBadOnesRefused() throws Exception {
        try (Server server = Server.start("emulate", "--provider", "uniall", "--account-limits", "10,50,20", "--quiet")) {
            assertThat(server.out()).contains("Account limits: 10 creates/s, 50 queries/s, 20 running (the rest queue);"
                    + " calls above them get the vendor's 429");
        }
        try (Server server = Server.start("emulate", "--provider", "uniall", "--quiet")) {
            assertThat(server.out()).contains("Account limits: none (uniall publishes none");
        }
        for (String bad : new String[] {"fast", "5,20", "0,20,5", "5,x,5"}) {
            Cli.Run run = Cli.run("emulate", "--provider", "dashscope", "--account-limits", bad);
            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("--account-limits must be documented, off or CREATES,QUERIES,RUNNING")
                    .contains("'" + bad + "'");
        }
    }

    private static HttpResponse<String> create(String baseUrl) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl
                + "/api/v1/services/aigc/video-generation/video-synthesis")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer emulator-key").header("X-DashScope-Async", "enable")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"wan2.6-r2v-flash\",\"input\":{\"prompt\":\"character1 waves\","
                                + "\"reference_urls\":[\"https://example.com/a.png\"]},"
                                + "\"parameters\":{\"size\":\"1280*720\",\"duration\":5}}")).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code emulate} running on a thread of this JVM, stopped by interrupting it. */
    private record Server(Thread thread, StringWriter stdout, StringWriter stderr, AtomicInteger exit, String baseUrl)
            implements AutoCloseable {
        static Server start(String... args) throws InterruptedException {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cmd = Main.commandLine();
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(err, true));
            AtomicInteger exit = new AtomicInteger(-1);
            Thread thread = new Thread(() -> exit.set(cmd.execute(args)));
            thread.start();
            String baseUrl = awaitUrl(out).group(1);
            waitFor(() -> out.toString().contains("R2v.builder()")); // the banner's end
            return new Server(thread, out, err, exit, baseUrl);
        }

        String out() {
            return stdout.toString();
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            assertThat(thread.isAlive()).isFalse();
            assertThat(exit.get()).as(stderr.toString()).isZero();
        }
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
