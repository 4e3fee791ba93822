package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.R2vArbitraries;
import dev.wanr2v.testkit.StatusScript;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The running-task limit agrees with a textbook first-come-first-served queue with k servers, whenever
 * anyone looks: no server, no HTTP, the runtime driven directly on a manual clock.
 */
class TaskSlotsProperties {
    private static final R2vRequest REQUEST = R2vRequest.builder().prompt("character1 waves")
            .reference(Reference.image("https://example.com/a.png")).build();

    record Arrival(int afterMillis, StatusScript script) {
    }

    @Provide
    Arbitrary<List<Arrival>> arrivals() {
        return Combinators.combine(Arbitraries.integers().between(0, 300), R2vArbitraries.statusScripts())
                .as(Arrival::new).list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 200)
    void tasksEndWhenAFifoQueueWithKSlotsSaysTheyDo(@ForAll("arrivals") List<Arrival> arrivals,
            @ForAll @IntRange(min = 1, max = 4) int slots, @ForAll @IntRange(min = 1, max = 3) int speed) {
        ManualClock clock = new ManualClock();
        EmulatorRuntime runtime = new EmulatorRuntime(Emulators.protocol("dashscope"), EmulatorOptions.defaults()
                .withClock(clock).withSpeed(speed).withAccountLimits(AccountLimits.none().withRunningTasks(slots)));
        PriorityQueue<Instant> free = new PriorityQueue<>();
        for (int i = 0; i < slots; i++) {
            free.add(Instant.MIN);
        }
        List<Instant> expectedEnds = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            clock.advance(Duration.ofMillis(arrival.afterMillis()));
            Instant now = clock.instant();
            String id = "t" + ids.size();
            ids.add(id);
            runtime.createTask(new Exchange(now, "POST", "/", "", Map.of(), new byte[0]), id, REQUEST,
                    arrival.script());
            Instant start = max(now, free.poll());
            Instant end = start.plusNanos(arrival.script().length().toNanos() / speed);
            expectedEnds.add(end);
            free.add(end);
            assertAtMostKRunning(runtime, slots);
        }
        clock.advance(Duration.ofHours(1));

        List<TaskState> states = runtime.tasks();
        for (int i = 0; i < ids.size(); i++) {
            assertThat(states.get(i).endedAt()).as(ids.get(i)).isCloseTo(expectedEnds.get(i), within1ms());
        }
        AccountActivity activity = runtime.activity();
        assertThat(activity.running()).isZero();
        assertThat(activity.queued()).isZero();
        assertThat(activity.mostRunning()).isLessThanOrEqualTo(slots);
    }

    private static void assertAtMostKRunning(EmulatorRuntime runtime, int slots) {
        long started = runtime.tasks().stream()
                .filter(t -> !t.isTerminal() && (t.status() != TaskStatus.QUEUED || t.startedAt() != null)).count();
        assertThat(started).isLessThanOrEqualTo(slots);
        assertThat(runtime.activity().running()).isLessThanOrEqualTo(slots);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static org.assertj.core.data.TemporalUnitOffset within1ms() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(1, java.time.temporal.ChronoUnit.MILLIS);
    }
}
