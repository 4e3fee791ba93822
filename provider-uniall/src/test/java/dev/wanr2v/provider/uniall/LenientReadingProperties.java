package dev.wanr2v.provider.uniall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.VendorErrorException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever UniAll answers, reading it never crashes: errors always give a category, tasks a snapshot. */
class LenientReadingProperties {
    private static final ProviderCodec CODEC = Fixtures.codec();
    private static final List<String> FIELDS = List.of("status", "progress", "video_url", "result", "error",
            "created_at", "completed_at", "expires_at", "raw_status", "model", "id", "task_id", "message", "code");

    @Provide
    Arbitrary<String> anyJsonValue() {
        Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.of("null", "true", "0", "-1", "1e308", "12.5",
                "9223372036854775808", "\"\"", "\"completed\"", "\"50%\"", "\"https://a.example/v.mp4\"",
                "\"\\u0000\"", "[]", "{}"),
                Arbitraries.strings().ofMaxLength(20).map(s -> '"' + s.replace("\\", "\\\\").replace("\"", "\\\"")
                        .replaceAll("\\p{Cntrl}", "") + '"'));
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]"),
                Arbitraries.maps(Arbitraries.of(FIELDS).map(f -> '"' + f + '"'), inner).ofMaxSize(3)
                        .map(m -> m.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                                .reduce((a, b) -> a + "," + b).map(s -> "{" + s + "}").orElse("{}"))), 3);
    }

    @Provide
    Arbitrary<String> anyTaskObject() {
        return Arbitraries.maps(Arbitraries.of(FIELDS), anyJsonValue()).ofMaxSize(8).map(m -> {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            return sb.append('}').toString();
        });
    }

    @Property(tries = 300)
    void aStatusAnswerGivesASnapshotOrAVendorError(@ForAll("anyTaskObject") String json) {
        try {
            TaskSnapshot snapshot = CODEC.readStatus("t", HttpReply.json(200, json));
            assertThat(snapshot.status()).isNotNull();
        } catch (VendorErrorException e) {
            assertThat(e.error().category()).isNotNull();
        }
    }

    @Property(tries = 300)
    void anErrorAnswerAlwaysGivesACategory(@ForAll("anyTaskObject") String json,
            @ForAll @IntRange(min = 100, max = 599) int status) {
        ErrorInfo e = CODEC.readError(Operation.STATUS, HttpReply.json(status, json));

        assertThat(e.category()).isNotNull();
    }

    @Property(tries = 300)
    void anyBytesAsAnErrorAnswerAlwaysGiveACategory(@ForAll byte[] body,
            @ForAll @IntRange(min = 400, max = 599) int status) {
        ErrorInfo e = CODEC.readError(Operation.CREATE, new HttpReply(status, Map.of(), body));

        assertThat(e.category()).isIn((Object[]) ErrorCategory.values());
        if (status >= 500) {
            assertThat(e.category()).isIn(ErrorCategory.PROVIDER_ERROR, ErrorCategory.PERMISSION,
                    ErrorCategory.CONTENT_REJECTED);
        }
    }
}
