package dev.wanr2v.cli;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.VideoSize;
import dev.wanr2v.cli.progress.ProgressLine;
import dev.wanr2v.cli.progress.ProgressMode;
import dev.wanr2v.cli.progress.ProgressPrinter;
import dev.wanr2v.spi.LocalMediaRoute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: a whole generation offline. Two bundled sample references (a 480x480 JPEG and a 4 s
 * 360x360 MP4 with sound, made with ffmpeg's {@code mandelbrot} and {@code testsrc2} sources) are
 * written to a temporary directory and sent as local files through the real provider code to the
 * provider's built-in emulator, which serves a real MP4.
 */
@Command(name = "demo", sortOptions = false,
        description = {"Generate a clip offline, in seconds, and write it to demo.mp4.",
            "Two bundled sample references (an image and a video) go through the real provider code to its"
                    + " built-in emulator on loopback (no key, no network); the emulator's real MP4 is downloaded"
                    + " to demo.mp4."})
final class DemoCommand extends BaseCommand {
    private static final String PROMPT = "character1 drifts over a glowing fractal sea while character2 flickers"
            + " on a giant screen behind it";

    @Option(order = 20, names = "--provider", paramLabel = "ID", defaultValue = "dashscope",
            description = "dashscope (default: local files go through its upload flow), wan26api (streamed as data"
                    + " URIs) or uniall (public URLs only, so placeholder URLs are sent).")
    String provider;

    @Option(order = 21, names = "--out", paramLabel = "FILE", description = "Where to write the clip (default demo.mp4).")
    Path out;

    @Option(order = 22, names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Option(order = 23, names = "--speed", paramLabel = "FACTOR", defaultValue = "1",
            description = "The emulator's clock: tasks play this many times faster (about 2.5 s at 1).")
    double speed;

    @Option(order = 24, names = "--progress", paramLabel = "MODE", defaultValue = "auto", description = "auto, bar, plain or none.")
    ProgressMode progress = ProgressMode.AUTO;

    @Override
    protected int run(Output output) {
        long start = System.nanoTime();
        Path target = out == null ? Path.of("demo.mp4") : Files.isDirectory(out) ? out.resolve("demo.mp4") : out;
        Requests.checkTarget(out != null ? "--out" : "demo.mp4", target, force).ifPresent(v -> {
            throw new InvalidRequestException(v);
        });
        ClientOptions options = new ClientOptions();
        options.provider = provider;
        EmulateOptions emulate = new EmulateOptions();
        emulate.on = true;
        emulate.speed = speed;
        Path samples = extractSamples();
        try (Session session = options.open(output, null, emulate, false)) {
            R2vRequest request = request(session, samples, output);
            output.result("wan-r2v demo: " + session.providerId() + " through its built-in emulator at "
                    + session.emulator().map(e -> e.baseUrl()).orElse("?") + " (offline; no key)");
            output.result("request:  " + request);
            R2vRequest valid = Requests.validated(session, request, java.util.List.of());
            try (ProgressPrinter printer = new ProgressPrinter(output, progress)) {
                TaskHandle handle = Requests.submit(session, valid, printer, output);
                output.result("task:     " + handle); // its token is on the line submitting it
                GeneratedVideo video = TaskFlow.await(session, handle, waitOptions(), printer, output);
                Path file = TaskFlow.download(video, target, force, printer);
                printer.close();
                long bytes = Files.size(file);
                double seconds = (System.nanoTime() - start) / 1e9;
                output.result("wrote:    " + file.toAbsolutePath() + " (" + ProgressLine.bytes(bytes)
                        + ", a real MP4: play it with any video player)");
                output.result(String.format(Locale.ROOT, "time:     %.1f s", seconds));
                output.result("");
                output.result("Next: the same with a real vendor, e.g.");
                output.result("  export DASHSCOPE_API_KEY=sk-...");
                output.result("  ./wan-r2v generate --provider dashscope --prompt \"character1 waves\" --ref you.jpg --size 1280*720");
                output.resultJson(Json.video(video).put("file", file.toAbsolutePath().toString()).put("bytes", bytes)
                        .put("seconds", seconds).put("emulated", true));
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(samples);
        }
    }

    private R2vRequest request(Session session, Path samples, Output output) {
        R2vRequest.Builder b = R2vRequest.builder().prompt(PROMPT).size(VideoSize.P720_LANDSCAPE).duration(5);
        if (session.client().capabilities().localMedia() == LocalMediaRoute.NONE) {
            output.result("note:     " + session.providerId() + " takes public URLs only, so the demo sends placeholder"
                    + " URLs (an emulator never fetches them)");
            return b.reference(Reference.image("https://example.com/wan-r2v-demo/character1.jpg"))
                    .reference(Reference.video("https://example.com/wan-r2v-demo/character2.mp4")).build();
        }
        return b.reference(Reference.image(samples.resolve("character1.jpg")))
                .reference(Reference.video(samples.resolve("character2.mp4"))).build();
    }

    private static WaitOptions waitOptions() {
        return new WaitOptions();
    }

    private static Path extractSamples() {
        try {
            Path dir = Files.createTempDirectory("wan-r2v-demo-");
            for (String name : new String[] {"character1.jpg", "character2.mp4"}) {
                try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the demo's sample " + name + " is missing from the jar");
                    }
                    Files.copy(in, dir.resolve(name));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
