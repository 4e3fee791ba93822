package dev.wanr2v.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.reliability.support.Rig;
import dev.wanr2v.reliability.support.Secrets;
import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.HostileBody;
import dev.wanr2v.testkit.R2vArbitraries;
import dev.wanr2v.testkit.emulator.Fault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile answers (docs/RELIABILITY.md, "Hostile answers"): whatever a vendor answers to a create or a
 * status call (the testkit's {@link HostileBody}s, random JSON trees in the vendors' words; with HTTP 2xx,
 * 4xx or 5xx and sometimes a nonsense {@code Retry-After}), the client either reads it or fails with a
 * typed {@link R2vException} whose message says something: never a {@code NullPointerException}, a
 * {@code ClassCastException} or a raw Jackson exception, and never a create sent twice when its fate is
 * unknown. The emulator serves the answers as raw-body faults.
 */
class HostileResponseProperties {
    private static final Map<Vendor, Rig> RIGS = new EnumMap<>(Vendor.class);
    private static final Map<Vendor, R2vClient> CLIENTS = new EnumMap<>(Vendor.class);
    /** Attempts per call: a retry is shown with two; more would only repeat the same hostile answer. */
    private static final int ATTEMPTS = 2;

    /**
     * One hostile answer.
     *
     * @param status      the HTTP status
     * @param contentType its content type, often a lie
     * @param body        the bytes
     * @param retryAfter  a {@code Retry-After} header, or {@code null}
     * @param kind        what the body is, for statistics
     */
    record Answer(int status, String contentType, byte[] body, String retryAfter, String kind) {
        Fault.RawReply fault() {
            Fault.RawReply reply = Fault.reply(status, contentType, body);
            return retryAfter == null ? reply : reply.withHeader("Retry-After", retryAfter);
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + kind + " (" + contentType + ", " + body.length + " bytes)"
                    + (retryAfter == null ? "" : ", Retry-After: " + retryAfter);
        }
    }

    @BeforeContainer
    static void start() {
        for (Vendor vendor : Vendor.values()) {
            Rig rig = Rig.start(vendor);
            RIGS.put(vendor, rig);
            CLIENTS.put(vendor, rig.builder(rig.emulator().baseUrl()).maxResponseBytes(8 << 20)
                    .retryPolicy(new RetryPolicy(ATTEMPTS, Duration.ofMillis(1), Duration.ofMillis(5), 1.0)).build());
        }
    }

    @AfterContainer
    static void stop() {
        CLIENTS.values().forEach(R2vClient::close);
        RIGS.values().forEach(Rig::close);
    }

    @Property(tries = 500)
    void anyAnswerToACreateIsReadOrATypedFailureAndAnUnknownOutcomeIsNeverResent(@ForAll Vendor vendor,
            @ForAll("answers") Answer answer) {
        Rig rig = arm(vendor, Operation.CREATE, answer.fault().afterHandling());
        Throwable thrown = catchThrowable(() -> CLIENTS.get(vendor).submit(vendor.request("hostile")));
        int creates = rig.emulator().createsReceived();
        judge(vendor, answer, thrown);
        assertThat(creates).as("creates sent").isBetween(1, ATTEMPTS);
        if (thrown instanceof SubmitOutcomeUnknownException) {
            assertThat(creates).as("an unknown outcome is never resent").isEqualTo(1);
        }
    }

    @Property(tries = 500)
    void anyAnswerToAStatusCallIsReadOrATypedFailure(@ForAll Vendor vendor, @ForAll("answers") Answer answer) {
        Rig rig = arm(vendor, Operation.STATUS, answer.fault());
        TaskHandle handle = new TaskHandle(vendor.id(), "t-hostile", rig.emulator().baseUrl(), Instant.EPOCH);
        TaskSnapshot[] seen = new TaskSnapshot[1];
        Throwable thrown = catchThrowable(() -> seen[0] = CLIENTS.get(vendor).status(handle));
        judge(vendor, answer, thrown);
        if (thrown == null) {
            assertThat(seen[0].status()).as("a snapshot always has a status").isNotNull();
        }
    }

    private static Rig arm(Vendor vendor, Operation operation, Fault fault) {
        Rig rig = RIGS.get(vendor);
        rig.emulator().reset();
        rig.emulator().faults().always(operation, fault);
        return rig;
    }

    private static void judge(Vendor vendor, Answer answer, Throwable thrown) {
        Statistics.label("answer").collect(answer.kind());
        Statistics.label("outcome").collect(thrown == null ? "read" : thrown.getClass().getSimpleName());
        if (thrown == null) {
            return;
        }
        assertThat(thrown).as("%s: %s", vendor, answer).isInstanceOf(R2vException.class);
        assertThat(thrown.getMessage()).as("%s: the message", vendor).isNotBlank()
                .doesNotMatch("[\\w.$]*(Exception|Error)(: .*)?").contains("[" + vendor.id() + "]");
        Secrets.assertAbsent(thrown);
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Integer> status = Arbitraries.frequencyOf(Tuple.of(14, Arbitraries.just(200)),
                Tuple.of(2, Arbitraries.of(201, 202, 203)), Tuple.of(4, Arbitraries.of(400, 401, 403, 404, 409, 429)),
                Tuple.of(3, Arbitraries.of(500, 502, 503)));
        Arbitrary<String> retryAfter = Arbitraries.of("soon", "-1", "99999999999", "1.5", "",
                "Wed, 21 Oct 2015 07:28:00 GMT", "Thu, 01 Jan 2099 00:00:00 GMT", "0").injectNull(0.7);
        Arbitrary<Answer> hostile = Combinators.combine(status, R2vArbitraries.hostileBodies(), retryAfter)
                .as((s, h, ra) -> new Answer(s, h.contentType(), h.body(), ra, h.kind().name()));
        Arbitrary<Answer> trees = Combinators.combine(status, JsonTrees.texts(), retryAfter)
                .as((s, json, ra) -> new Answer(s, "application/json", json.getBytes(StandardCharsets.UTF_8), ra,
                        "JSON_TREE"));
        return Arbitraries.frequencyOf(Tuple.of(1, hostile), Tuple.of(1, trees));
    }
}
