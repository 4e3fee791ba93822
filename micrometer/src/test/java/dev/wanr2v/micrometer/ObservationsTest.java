package dev.wanr2v.micrometer;

import static dev.wanr2v.micrometer.EmulatedClients.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.R2vClient;
import dev.wanr2v.TaskCanceledException;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.tck.ObservationContextAssert;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import dev.wanr2v.testkit.emulator.Emulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The observations and meters of tasks against DashScope's emulator: a success, a vendor failure, throttling,
 * a cancel, a resumed task; and never a secret in a name, key or tag.
 */
class ObservationsTest {
    private static Emulator emulator;
    private final EmulatedClients dashscope = new EmulatedClients(emulator);
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @BeforeAll
    static void startEmulator() {
        emulator = EmulatedClients.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    ObservationsTest() {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    }

    private R2vClient client() {
        return dashscope.client(R2vObservations.of(observations, meters));
    }

    private TestObservationRegistryAssert then() {
        return TestObservationRegistryAssert.assertThat(observations);
    }

    private List<Observation.Context> contexts() {
        List<Observation.Context> all = new ArrayList<>();
        then().hasHandledContextsThatSatisfy(all::addAll);
        return all;
    }

    /** The one observation with this contextual name and these low-cardinality key values. */
    private ObservationContextAssert<?> the(String contextualName, String... keyValues) {
        KeyValues wanted = KeyValues.of(keyValues);
        List<Observation.Context> found = contexts().stream()
                .filter(c -> contextualName.equals(c.getContextualName()))
                .filter(c -> wanted.stream().allMatch(kv -> kv.equals(c.getLowCardinalityKeyValue(kv.getKey()))))
                .toList();
        assertThat(found).as(contextualName + " " + wanted).hasSize(1);
        return ObservationContextAssert.assertThat(found.get(0));
    }

    private double count(String name, String... tags) {
        return meters.get(name).tags(tags).counter().count();
    }

    @AfterEach
    void noSecretAnywhere() {
        try {
            Stream<String> texts = Stream.concat(contexts().stream().flatMap(EmulatedClients::texts),
                    meters.getMeters().stream().flatMap(m -> Stream.concat(Stream.of(m.getId().getName()),
                            m.getId().getTags().stream().flatMap(t -> Stream.of(t.getKey(), t.getValue())))));
            assertThat(texts.filter(t -> t != null && EmulatedClients.secrets().stream().anyMatch(t::contains)))
                    .isEmpty();
        } finally {
            dashscope.close();
        }
    }

    @Test
    void aSucceededTaskIsOneTaskObservationWhoseCallsAreItsChildren() {
        var video = client().generate(request());

        then().hasObservationWithNameEqualTo("wanr2v.task").that()
                .hasContextualNameEqualTo("generate_video wan2.6-r2v-flash")
                .hasLowCardinalityKeyValue("gen_ai.provider.name", "dashscope")
                .hasLowCardinalityKeyValue("gen_ai.request.model", "wan2.6-r2v-flash")
                .hasLowCardinalityKeyValue("wanr2v.task.outcome", "succeeded")
                .hasLowCardinalityKeyValue("error.type", "none")
                .hasLowCardinalityKeyValue("wanr2v.task.resumed", "false")
                .hasHighCardinalityKeyValue("wanr2v.task.id", video.handle().taskId())
                .doesNotHaveHighCardinalityKeyValueWithKey("wanr2v.prompt")
                .hasBeenStarted().hasBeenStopped();
        assertThat(contexts()).filteredOn(c -> c.getName().equals("gen_ai.client.operation")).isNotEmpty()
                .allSatisfy(c -> ObservationContextAssert.assertThat(c)
                        .hasLowCardinalityKeyValue("gen_ai.provider.name", "dashscope")
                        .hasLowCardinalityKeyValue("gen_ai.request.model", "wan2.6-r2v-flash")
                        .hasLowCardinalityKeyValue("error.type", "none")
                        .hasLowCardinalityKeyValue("http.response.status_code", "200")
                        .hasHighCardinalityKeyValueWithKey("wanr2v.request.id")
                        .hasParentObservationContextSatisfying(task -> assertThat(task.getName())
                                .isEqualTo("wanr2v.task")));
        the("create_task wan2.6-r2v-flash").hasLowCardinalityKeyValue("gen_ai.operation.name", "create_task")
                .doesNotHaveHighCardinalityKeyValueWithKey("wanr2v.task.id");
        then().forAllObservationsWithNameEqualTo("gen_ai.client.operation", call -> call
                .hasHighCardinalityKeyValue("wanr2v.attempt", "1"));
        assertThat(contexts()).filteredOn(c -> "get_task wan2.6-r2v-flash".equals(c.getContextualName()))
                .allSatisfy(c -> ObservationContextAssert.assertThat(c)
                        .hasLowCardinalityKeyValue("gen_ai.operation.name", "get_task")
                        .hasHighCardinalityKeyValue("wanr2v.task.id", video.handle().taskId()));

        assertThat(count("wanr2v.tasks", "wanr2v.task.outcome", "succeeded", "gen_ai.provider.name", "dashscope"))
                .isEqualTo(1);
        assertThat(meters.get("wanr2v.task.video.seconds").summary().totalAmount()).isEqualTo(5);
        long polls = contexts().stream().filter(c -> "get_task wan2.6-r2v-flash".equals(c.getContextualName()))
                .count();
        assertThat(meters.get("wanr2v.task.status.calls").summary().totalAmount()).isEqualTo(polls).isPositive();
        assertThat(meters.get("wanr2v.task.duration").timer().count()).isEqualTo(1);
        assertThat(meters.get("wanr2v.tasks.active").gauge().value()).isZero();
        assertThat(meters.get("gen_ai.client.operation").tags("gen_ai.operation.name", "get_task").timer().count())
                .as("the registry's meter handler times every exchange").isEqualTo(polls);
    }

    @Test
    void aTaskTheVendorFailedEndsFailedWithItsCategory() {
        dashscope.emulator.scriptNextTask(StatusScript.immediately(Outcome.failed("InternalError.Algo", "boom")));

        assertThatThrownBy(() -> client().generate(request())).isInstanceOf(TaskFailedException.class);

        then().hasObservationWithNameEqualTo("wanr2v.task").that()
                .hasLowCardinalityKeyValue("wanr2v.task.outcome", "failed")
                .hasLowCardinalityKeyValue("error.type", "task_failed").hasError();
        assertThat(count("wanr2v.tasks", "wanr2v.task.outcome", "failed", "error.type", "task_failed")).isEqualTo(1);
        assertThat(meters.find("wanr2v.task.video.seconds").summary()).isNull();
    }

    @Test
    void aThrottledCreateIsAThrottledExchangeThenAWaitForBudget() {
        dashscope.emulator.faults().next(Operation.CREATE, Fault.throttled(Duration.ofSeconds(1)));

        client().generate(request());

        the("create_task wan2.6-r2v-flash", "error.type", "rate_limited")
                .hasLowCardinalityKeyValue("http.response.status_code", "429")
                .hasHighCardinalityKeyValue("wanr2v.attempt", "1");
        the("create_task wan2.6-r2v-flash", "error.type", "none")
                .hasLowCardinalityKeyValue("http.response.status_code", "200")
                .hasHighCardinalityKeyValue("wanr2v.attempt", "2");
        assertThat(count("wanr2v.calls.throttled", "gen_ai.operation.name", "create_task")).isEqualTo(1);
        var waits = meters.get("wanr2v.budget.wait").tags("wanr2v.budget", "create", "granted", "true").timer();
        assertThat(waits.count()).isEqualTo(1);
        assertThat(waits.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isGreaterThan(500);
        assertThat(meters.get("wanr2v.budget.waiting").tags("wanr2v.budget", "create").gauge().value()).isZero();
        assertThat(count("wanr2v.tasks", "wanr2v.task.outcome", "succeeded")).isEqualTo(1);
    }

    @Test
    void aCanceledTaskHasItsCancelCallAsAChild() {
        dashscope.emulator.scriptNextTask(StatusScript.queuedForever());
        R2vClient client = client();
        TaskHandle task = client.submit(request());

        client.cancel(task);
        assertThatThrownBy(() -> client.await(task)).isInstanceOf(TaskCanceledException.class);

        the("cancel_task wan2.6-r2v-flash").hasLowCardinalityKeyValue("http.response.status_code", "200")
                .hasParentObservationContextSatisfying(t -> assertThat(t.getName()).isEqualTo("wanr2v.task"));
        then().hasNumberOfObservationsWithNameEqualTo("wanr2v.task", 1)
                .hasObservationWithNameEqualTo("wanr2v.task").that()
                .hasLowCardinalityKeyValue("wanr2v.task.outcome", "canceled")
                .hasLowCardinalityKeyValue("error.type", "task_canceled");
    }

    @Test
    void aTaskResumedFromItsTokenIsATaskOfItsOwnWhoseModelDashScopeDoesNotName() {
        TaskHandle task = dashscope.client(null).submit(request());

        client().await(TaskHandle.parse(task.toToken()));

        then().hasObservationWithNameEqualTo("wanr2v.task").that()
                .hasContextualNameEqualTo("generate_video")
                .hasLowCardinalityKeyValue("wanr2v.task.resumed", "true")
                .hasLowCardinalityKeyValue("gen_ai.request.model", "unknown")
                .hasLowCardinalityKeyValue("wanr2v.task.outcome", "succeeded");
        then().forAllObservationsWithNameEqualTo("gen_ai.client.operation", call -> call
                .hasContextualNameEqualTo("get_task").hasLowCardinalityKeyValue("gen_ai.request.model", "unknown"));
    }

    @Test
    void thePromptIsAKeyOnlyWhenAskedFor() {
        dashscope.client(R2vObservations.builder(observations).includePrompt(true).build()).submit(request());
        dashscope.close();

        then().hasObservationWithNameEqualTo("wanr2v.task").that()
                .hasHighCardinalityKeyValue("wanr2v.prompt", EmulatedClients.PROMPT)
                .hasLowCardinalityKeyValue("wanr2v.task.outcome", "abandoned");
        observations.clear();
    }
}
