package dev.wanr2v.provider.wan26api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.VendorErrorException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the gateway answers, reading never crashes with an NPE or ClassCastException: an error
 * answer always yields an ErrorInfo, a success answer a result or a clear failure.
 */
class LenientReadingProperties {
    private static final ProviderCodec CODEC = Fixtures.codec();
    private static final List<String> KEYS = List.of("id", "task_id", "status", "progress", "error", "code",
            "message", "output", "content", "type", "url", "duration", "jobId", "usage", "cost", "discount", "data",
            "created_at", "completed_at", "metadata", "currency");

    /** Random JSON values made from the gateway's own field names and odd values. */
    private static Arbitrary<String> values() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1028003", "0.0065", "1e400", "\"\"",
                        "\"completed\"", "\"failed\"", "\"in_progress\"", "\"video\"", "\"001028001\"",
                        "\"https://cdn.example.com/v.mp4\"", "\"0.2\"", "\"45%\"", "\"2026-04-10T14:32:05Z\""),
                Arbitraries.strings().ofMaxLength(8).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""));
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]"),
                members(inner).map(m -> "{" + m + "}")), 4);
    }

    private static Arbitrary<String> members(Arbitrary<String> values) {
        return Arbitraries.of(KEYS).flatMap(k -> values.map(v -> "\"" + k + "\":" + v)).list().ofMaxSize(5)
                .map(l -> String.join(",", l));
    }

    /** Mostly objects that start like a task or a precharge answer, then anything; sometimes anything at all. */
    @Provide
    Arbitrary<String> gatewayishJson() {
        Arbitrary<String> start = Arbitraries.of("", "\"id\":\"t-9\"", "\"id\":\"t-9\",\"status\":\"completed\"",
                "\"status\":\"success\",\"data\":{\"cost\":\"0.2\"}", "\"error\":{\"code\":1028001}");
        Arbitrary<String> objects = net.jqwik.api.Combinators.combine(start, members(values()))
                .as((a, b) -> "{" + a + (a.isEmpty() || b.isEmpty() ? "" : ",") + b + "}");
        return Arbitraries.frequencyOf(Tuple.of(4, objects), Tuple.of(1, values()));
    }

    @Provide
    Arbitrary<Integer> errorStatuses() {
        return Arbitraries.oneOf(Arbitraries.integers().between(100, 599).filter(s -> s < 200 || s > 299),
                Arbitraries.of(400, 401, 403, 404, 408, 413, 429, 500, 502, 503));
    }

    @Provide
    Arbitrary<Operation> operations() {
        return Arbitraries.of(Operation.CREATE, Operation.STATUS, Operation.COST_ESTIMATE);
    }

    private static HttpReply reply(int status, String body) {
        return new HttpReply(status, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void readErrorNeverThrows(@ForAll("errorStatuses") int status, @ForAll("gatewayishJson") String body,
            @ForAll("operations") Operation op) {
        ErrorInfo e = CODEC.readError(op, reply(status, body));
        assertThat(e.category()).isNotNull();
    }

    @Property(tries = 200)
    void readErrorNeverThrowsOnArbitraryBytes(@ForAll("errorStatuses") int status, @ForAll byte[] body) {
        HttpReply reply = new HttpReply(status, Map.of(), body);
        assertThat(CODEC.readError(Operation.CREATE, reply).category()).isNotNull();
    }

    @Property(tries = 300)
    void successAnswersGiveAResultOrAClearFailure(@ForAll("gatewayishJson") String body) {
        HttpReply reply = reply(200, body);
        Statistics.label("status").collect(outcome(() -> CODEC.readStatus("t-1", reply)));
        Statistics.label("create").collect(outcome(() -> CODEC.readCreate(reply)));
        Statistics.label("precharge").collect(outcome(() -> CODEC.readCostEstimate(reply)));
        Statistics.label("status").coverage(c -> c.check("read").percentage(p -> p > 20));
        Statistics.label("create").coverage(c -> c.check("read").percentage(p -> p > 2));
        Statistics.label("precharge").coverage(c -> c.check("read").percentage(p -> p > 2));
        Statistics.label("status").coverage(c -> c.check("vendor error").count(n -> n > 0));
    }

    /** "read", or the kind of clear failure; anything else fails the property. */
    private static String outcome(Runnable read) {
        try {
            read.run();
            return "read";
        } catch (VendorErrorException e) {
            assertThat(e.getMessage()).isNotBlank();
            return "vendor error";
        } catch (IllegalStateException e) {
            assertThat(e.getMessage()).isNotBlank();
            return "unreadable";
        }
    }
}
