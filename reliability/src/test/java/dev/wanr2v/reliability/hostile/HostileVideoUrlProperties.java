package dev.wanr2v.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.reliability.support.LocalMediaFiles;
import dev.wanr2v.reliability.support.Rig;
import dev.wanr2v.reliability.support.Secrets;
import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.emulator.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile video URLs (docs/RELIABILITY.md, "Hostile answers"): a finished task's answer names whatever
 * URL, and awaiting and downloading it either works or fails with a typed {@link R2vException}; no
 * exception of another type, no partial file. Every URL is loopback or needs no network at all.
 */
class HostileVideoUrlProperties {
    private static final Map<Vendor, Rig> RIGS = new EnumMap<>(Vendor.class);
    private static final Map<Vendor, R2vClient> CLIENTS = new EnumMap<>(Vendor.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static LocalMediaFiles files;

    @BeforeContainer
    static void start() {
        files = LocalMediaFiles.create();
        for (Vendor vendor : Vendor.values()) {
            Rig rig = Rig.start(vendor);
            RIGS.put(vendor, rig);
            CLIENTS.put(vendor, rig.builder(rig.emulator().baseUrl()).build());
        }
    }

    @AfterContainer
    static void stop() throws IOException {
        CLIENTS.values().forEach(R2vClient::close);
        RIGS.values().forEach(Rig::close);
        files.close();
    }

    @Property(tries = 300)
    void anyVideoUrlIsDownloadedOrFailsTyped(@ForAll Vendor vendor, @ForAll("urls") String url) throws IOException {
        Rig rig = RIGS.get(vendor);
        rig.emulator().reset();
        rig.emulator().faults().always(Operation.STATUS, Fault.reply(200, "application/json",
                finished(vendor, url).getBytes(StandardCharsets.UTF_8)));
        TaskHandle handle = new TaskHandle(vendor.id(), "t-1", rig.emulator().baseUrl(), Instant.EPOCH);
        Path dir = files.newDirectory("try-" + TRIES.incrementAndGet());
        Throwable thrown = catchThrowable(() -> {
            GeneratedVideo video = CLIENTS.get(vendor).await(handle,
                    AwaitOptions.defaults().withTimeout(Duration.ofSeconds(3)));
            video.download(dir.resolve("clip.mp4"));
        });
        Statistics.label("outcome").collect(thrown == null ? "downloaded" : thrown.getClass().getSimpleName());
        if (thrown != null) {
            assertThat(thrown).as("%s: %s", vendor, url).isInstanceOf(R2vException.class);
            assertThat(thrown.getMessage()).isNotBlank().contains("[" + vendor.id() + "]");
            Secrets.assertAbsent(thrown);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("what the download left").hasSize(thrown == null ? 1 : 0);
        }
    }

    /** The vendor's answer for a finished task whose video is at {@code url}. */
    private static String finished(Vendor vendor, String url) {
        ObjectNode root = JSON.createObjectNode();
        switch (vendor) {
            case DASHSCOPE -> root.put("request_id", "r-1").putObject("output").put("task_id", "t-1")
                    .put("task_status", "SUCCEEDED").put("video_url", url);
            case UNIALL -> root.put("id", "t-1").put("status", "completed").put("progress", 100).put("video_url", url);
            case WAN26API -> root.put("id", "t-1").put("status", "completed").putArray("output").addObject()
                    .putArray("content").addObject().put("type", "video").put("url", url);
        }
        return root.toString();
    }

    @Provide
    Arbitrary<String> urls() {
        String emulator = "http://127.0.0.1:" + RIGS.get(Vendor.DASHSCOPE).emulator().port();
        List<String> fixed = List.of("", " ", "not a url", "/relative/clip.mp4", "//127.0.0.1/clip.mp4",
                "ftp://127.0.0.1/clip.mp4", "file:///etc/hostname", "javascript:alert(1)",
                "data:video/mp4;base64,AAAA", "http://[::1", "http://127.0.0.1:99999/clip.mp4",
                "http://127.0.0.1:-1/clip.mp4", "http://127.0.0.1:1/clip.mp4", "https://127.0.0.1:1/clip.mp4",
                "http://127.0.0.1/\u0000clip.mp4", "http://user:pass@127.0.0.1:1/clip.mp4",
                emulator + "/files/t-1.mp4?Expires=1&Signature=forged", emulator + "/api/v1/tasks/t-1",
                emulator + "/files/../../etc/passwd", "HTTP://127.0.0.1:1/CLIP.MP4");
        Arbitrary<String> junk = Arbitraries.strings().ofMinLength(1).ofMaxLength(40)
                .withChars("htps:/.1270%[]@?#\\ \u00e9\u4e2d");
        Arbitrary<String> loopbackPaths = Arbitraries.strings().ofMinLength(0).ofMaxLength(30)
                .withChars("abc/.%?#&=;:@ \u00e9").map(p -> emulator + "/" + p);
        return Arbitraries.oneOf(Arbitraries.of(fixed), junk, loopbackPaths);
    }
}
