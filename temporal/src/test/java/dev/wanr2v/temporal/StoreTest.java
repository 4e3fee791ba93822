package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vClient;
import dev.wanr2v.temporal.harness.Eventually;
import dev.wanr2v.temporal.harness.Harness;
import dev.wanr2v.temporal.harness.WithHarness;
import dev.wanr2v.temporal.harness.Machine;
import dev.wanr2v.testkit.MediaSamples;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Storing results: whole or nothing, idempotent by name, heartbeating, and taken over when a worker dies. */
class StoreTest extends WithHarness {
    private final CountDownLatch testOver = new CountDownLatch(1);

    /** Before the harness closes: lets the dead machine's stuck store end. */
    @AfterEach
    void releaseTheDeadStore() {
        testOver.countDown();
    }

    @Test
    void aStoreCutShortByAWorkerCrashIsDoneByAnotherWorkerAndLeavesNothingPartial() throws Exception {
        CountDownLatch storing = new CountDownLatch(1);
        Machine dying = harness.machine(b -> b.sink(new DyingMidWrite(videos, storing, testOver)));

        Generation generation = harness.start("store-crash", Harness.input(1));
        storing.await();
        Eventually.until("the store's progress heartbeat reached Temporal", Duration.ofSeconds(30),
                () -> heartbeatOfPendingStore(generation).filter(bytes -> bytes == 7000L).isPresent());
        assertThat(generation.state().phase()).isEqualTo(GenerationState.Phase.STORING);
        dying.crash();
        harness.machine();
        GenerationResult result = generation.result();

        assertThat(Files.readAllBytes(Path.of(result.stored().location()))).isEqualTo(MediaSamples.resultVideo());
        try (var files = Files.list(videos)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("wan-r2v-store-crash.mp4");
        }
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
    }

    @Test
    void theDirectorySinkFindsWhatAnEarlierAttemptStoredAndRefusesUnsafeNames() throws Exception {
        VideoSink sink = VideoSink.directory(videos);
        GeneratedVideo video;
        try (R2vClient client = harness.client()) {
            video = client.generate(Harness.request(2));
            assertThat(sink.find("clip")).isEmpty();

            StoredVideo first = sink.store("clip", video, ProgressListener.none());
            StoredVideo again = sink.store("clip", video, ProgressListener.none());

            assertThat(sink.find("clip")).contains(first);
            assertThat(again).isEqualTo(first);
            assertThat(first.bytes()).isEqualTo(MediaSamples.resultVideo().length);
            assertThat(catchThrowable(() -> sink.find("../etc/passwd"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("../etc/passwd");
        }
    }

    /** The heartbeat details (bytes so far) of the generation's pending store activity, if it has heartbeated. */
    private Optional<Long> heartbeatOfPendingStore(Generation generation) {
        List<PendingActivityInfo> pending = harness.env().getWorkflowClient()
                .newUntypedWorkflowStub(generation.workflowId()).describe().getRawDescription()
                .getPendingActivitiesList();
        return pending.stream().filter(a -> a.getActivityType().getName().equals("WanR2vStore"))
                .filter(PendingActivityInfo::hasHeartbeatDetails).findFirst()
                .map(a -> DefaultDataConverter.STANDARD_INSTANCE.fromPayloads(0,
                        Optional.of(a.getHeartbeatDetails()), Long.class, Long.class));
    }

    /**
     * The sink of a worker that dies mid-download: it writes part of the video to a temporary file beside the
     * target, as the library's download does, reports the bytes, and never returns (until the test is over).
     */
    private record DyingMidWrite(Path dir, CountDownLatch storing, CountDownLatch testOver) implements VideoSink {
        @Override
        public Optional<StoredVideo> find(String name) {
            return Optional.empty();
        }

        @Override
        public StoredVideo store(String name, GeneratedVideo video, ProgressListener listener) {
            try {
                Files.write(dir.resolve("." + name + ".mp4.0123456789abcdef.part"),
                        Arrays.copyOf(MediaSamples.resultVideo(), 7000));
                listener.onDownload(video.handle(), 7000, MediaSamples.resultVideo().length);
                storing.countDown();
                testOver.await();
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("this worker is dead");
        }
    }
}
