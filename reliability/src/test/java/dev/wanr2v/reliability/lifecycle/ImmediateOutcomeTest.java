package dev.wanr2v.reliability.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.R2vClient;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.reliability.support.LeakCheck;
import dev.wanr2v.reliability.support.Rig;
import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.testkit.MediaSamples;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A task already over when its create is answered (PROTOCOLS.md: "a create response may already be
 * completed for fast tasks") ends exactly as a slow one would: the video (fetched with a status call when
 * the create answer, as DashScope's and UniAll's, carries no URL), or the failure with the vendor's code
 * and message (also fetched with a status call when the create answer only says "failed").
 */
class ImmediateOutcomeTest {
    private static final Map<Vendor, Rig> RIGS = new EnumMap<>(Vendor.class);

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        RIGS.values().forEach(Rig::close);
    }

    static Stream<Arguments> cases() {
        return Stream.of(Vendor.values()).flatMap(v -> Stream.of(Outcome.succeeded(),
                Outcome.failed("InternalError.Algo", "the model failed")).map(o -> Arguments.of(v, o)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void aTaskOverBeforeItsCreateIsAnsweredEndsAsPlanned(Vendor vendor, Outcome outcome) throws Exception {
        Rig rig = RIGS.computeIfAbsent(vendor, Rig::start);
        rig.reset();
        rig.emulator().scriptNextTask(StatusScript.immediately(outcome));
        Set<String> threads = LeakCheck.libraryThreads();
        R2vClient client = rig.client();
        try {
            AwaitOptions options = AwaitOptions.defaults().withTimeout(Duration.ofSeconds(5));
            Throwable thrown = catchThrowable(() -> {
                GeneratedVideo video = client.generate(vendor.request("fast"), options);
                assertThat(Files.readAllBytes(video.download(dir.resolve("clip.mp4"))))
                        .isEqualTo(MediaSamples.resultVideo());
            });
            if (outcome.kind() == Outcome.Kind.SUCCEEDED) {
                assertThat(thrown).isNull();
            } else {
                assertThat(thrown).isExactlyInstanceOf(TaskFailedException.class)
                        .hasMessageContaining("InternalError.Algo").hasMessageContaining("the model failed");
            }
            assertThat(rig.emulator().createsReceived()).isEqualTo(1);
        } finally {
            LeakCheck.closeAndAssertClean(client, threads);
        }
    }
}
