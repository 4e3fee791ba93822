package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.temporal.harness.Eventually;
import dev.wanr2v.temporal.harness.Harness;
import dev.wanr2v.temporal.harness.WithHarness;
import dev.wanr2v.temporal.harness.Machine;
import dev.wanr2v.testkit.MediaSamples;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.AccountActivity;
import dev.wanr2v.testkit.emulator.Emulators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Many generations on several worker machines; one of them dies mid-run. Exactly one create per task, always. */
class ManyWorkersTest extends WithHarness {
    @Test
    void fiftyGenerationsOnTwoWorkersEachSucceedWithExactlyOneCreate() throws Exception {
        Machine a = harness.machine();
        Machine b = harness.machine();

        List<Generation> generations = startAll(50);
        List<GenerationResult> results = new ArrayList<>();
        for (Generation g : generations) {
            results.add(g.result());
        }

        assertOneCreatePerTask(results, 50);
        int activities = a.activities().started("WanR2vCreate") + b.activities().started("WanR2vCreate");
        assertThat(activities).isEqualTo(50);
        assertThat(a.activities().started("WanR2vStatus")).as("machine a polled").isPositive();
        assertThat(b.activities().started("WanR2vStatus")).as("machine b polled").isPositive();
    }

    @Test
    void aWorkerThatDiesMidRunIsReplacedAndEveryGenerationStillEndsWithItsVideo() throws Exception {
        harness.emulator().defaultScript(StatusScript.builder().queued(Duration.ofSeconds(40))
                .running(0.5, Duration.ofSeconds(20)).endsWith(Outcome.succeeded()));
        Machine dying = harness.machine();
        harness.machine();

        List<Generation> generations = startAll(20);
        Eventually.until("every create returned its token", Duration.ofSeconds(60),
                () -> generations.stream().allMatch(g -> g.state().token() != null));
        dying.crash();
        Machine replacement = harness.machine();
        List<GenerationResult> results = new ArrayList<>();
        for (Generation g : generations) {
            results.add(g.result());
        }

        assertOneCreatePerTask(results, 20);
        assertThat(dying.activities().started("WanR2vCreate")).as("the dead machine created some").isPositive();
        assertThat(replacement.activities().started("WanR2vCreate")).as("no create after the crash").isZero();
        assertThat(replacement.activities().started("WanR2vStatus")).as("the replacement took over").isPositive();
        try (var parts = Files.list(videos)) {
            assertThat(parts.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".mp4") && !n.startsWith("."));
        }
    }

    /**
     * Against a vendor that enforces DashScope's account limits (5 creates/s, 20 queries/s, 5 running tasks, the
     * rest queued), one worker at the default budget: Temporal's limits are a rate, not aligned with the vendor's
     * one-second window, so some creates are throttled; each was certainly not accepted and is resent. Every
     * generation ends with its video, and accepted creates equal tasks.
     */
    @Test
    void underTheVendorsAccountLimitsThrottledCreatesAreResentAndNoneIsPaidTwice() throws Exception {
        harness.close();
        harness = new Harness(videos, o -> o.withAccountLimits(Emulators.documentedLimits("dashscope")));
        harness.machine();

        List<Generation> generations = startAll(20);
        List<GenerationResult> results = new ArrayList<>();
        for (Generation g : generations) {
            results.add(g.result());
        }

        AccountActivity.Calls creates = harness.emulator().account().of(Operation.CREATE);
        LoggerFactory.getLogger(ManyWorkersTest.class).info("20 generations under DashScope's limits, one worker:"
                + " creates {}, status calls {}", creates, harness.emulator().account().of(Operation.STATUS));
        assertThat(results).hasSize(20);
        assertThat(harness.emulator().tasksCreated()).isEqualTo(20);
        assertThat(creates.received() - creates.throttled()).as("accepted creates").isEqualTo(20);
    }

    private List<Generation> startAll(int n) {
        return IntStream.range(0, n).mapToObj(i -> harness.start("batch-" + i, Harness.input(i))).toList();
    }

    private void assertOneCreatePerTask(List<GenerationResult> results, int n) throws Exception {
        assertThat(harness.emulator().createsReceived()).isEqualTo(n);
        assertThat(harness.emulator().tasksCreated()).isEqualTo(n);
        assertThat(results).extracting(GenerationResult::taskId).doesNotHaveDuplicates().hasSize(n);
        List<R2vRequest> asked = IntStream.range(0, n).mapToObj(Harness::request).toList();
        assertThat(harness.emulator().journal().decodedRequests()).containsExactlyInAnyOrderElementsOf(asked);
        for (GenerationResult r : results) {
            assertThat(Files.readAllBytes(Path.of(r.stored().location()))).isEqualTo(MediaSamples.resultVideo());
        }
    }
}
