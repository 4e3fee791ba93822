package dev.wanr2v.provider.dashscope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.ShotType;
import dev.wanr2v.provider.dashscope.internal.Region;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.testing.RequestGen;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Properties of the codec over generated requests and answers. */
class CodecProperties {
    private static final Set<String> ROOT_KEYS = Set.of("model", "input", "parameters");
    private static final Set<String> INPUT_KEYS = Set.of("prompt", "negative_prompt", "reference_urls", "audio_url");
    private static final Set<String> PARAMETER_KEYS =
            Set.of("size", "duration", "audio", "shot_type", "watermark", "prompt_extend", "seed");

    private static final Map<Region, R2vClient> CLIENTS = new EnumMap<>(Region.class);
    private static final Map<Region, ProviderCodec> CODECS = new EnumMap<>(Region.class);

    static {
        for (Region r : Region.values()) {
            CLIENTS.put(r, Fixtures.client().option("region", r.optionValue()).build());
            CODECS.put(r, Fixtures.codec(r.optionValue()));
        }
    }

    @Provide
    Arbitrary<Tuple2<Region, R2vRequest>> validRequests() {
        return Arbitraries.of(Region.values())
                .flatMap(r -> RequestGen.valid(CODECS.get(r).capabilities()).map(req -> Tuple.of(r, req)));
    }

    /** Any valid request encodes to a body of exactly the documented shape. */
    @Property(tries = 300)
    void everyValidRequestEncodesToTheDocumentedShape(@ForAll("validRequests") Tuple2<Region, R2vRequest> t) {
        Region region = t.get1();
        R2vRequest request = t.get2();
        assertThat(CLIENTS.get(region).validate(request)).as("generated request is valid").isEmpty();
        Statistics.label("region").collect(region).coverage(c -> {
            for (Region r : Region.values()) {
                c.check(r).count(n -> n > 0);
            }
        });
        Statistics.label("references").collect(request.references().size())
                .coverage(c -> c.check(5).count(n -> n > 0));

        JsonNode body = Fixtures.body(CODECS.get(region).createCall(PreparedRequest.of(request)));
        assertNoNulls(body);
        assertThat(names(body)).containsExactlyInAnyOrderElementsOf(ROOT_KEYS);
        assertThat(body.get("model").textValue())
                .isEqualTo(request.tier() == ModelTier.FLASH ? "wan2.6-r2v-flash" : "wan2.6-r2v");

        JsonNode input = body.get("input");
        assertThat(INPUT_KEYS).containsAll(names(input));
        assertThat(input.get("prompt").textValue()).isEqualTo(request.prompt());
        assertThat(input.has("negative_prompt")).isEqualTo(request.negativePrompt().isPresent());
        request.negativePrompt().ifPresent(n -> assertThat(input.get("negative_prompt").textValue()).isEqualTo(n));
        List<String> urls = new ArrayList<>();
        input.get("reference_urls").forEach(u -> urls.add(u.textValue()));
        assertThat(urls).containsExactlyElementsOf(
                request.references().stream().map(Reference::source).map(CodecProperties::url).toList());
        assertThat(input.has("audio_url")).isEqualTo(request.audioGuide().isPresent());
        request.audioGuide().ifPresent(a -> assertThat(input.get("audio_url").textValue()).isEqualTo(url(a)));

        JsonNode p = body.get("parameters");
        assertThat(PARAMETER_KEYS).containsAll(names(p));
        assertThat(p.get("size").textValue()).matches("\\d+\\*\\d+")
                .isEqualTo(request.size().width() + "*" + request.size().height());
        assertThat(p.get("duration").isInt()).isTrue();
        assertThat(p.get("duration").intValue()).isEqualTo(request.durationSeconds());
        assertThat(p.has("audio")).isEqualTo(request.tier() == ModelTier.FLASH);
        if (p.has("audio")) {
            assertThat(p.get("audio").isBoolean()).isTrue();
            assertThat(p.get("audio").booleanValue()).isEqualTo(request.audio());
        }
        assertThat(p.get("shot_type").textValue()).isEqualTo(request.shotType() == ShotType.MULTI ? "multi" : "single");
        assertThat(p.get("watermark").isBoolean()).isTrue();
        assertThat(p.get("watermark").booleanValue()).isEqualTo(request.watermark());
        assertThat(p.has("prompt_extend")).isEqualTo(request.promptExtendSet());
        if (request.promptExtendSet()) {
            assertThat(p.get("prompt_extend").isBoolean()).isTrue();
            assertThat(p.get("prompt_extend").booleanValue()).isEqualTo(request.promptExtend());
        }
        assertThat(p.has("seed")).isEqualTo(request.seed().isPresent());
        request.seed().ifPresent(s -> {
            assertThat(p.get("seed").isIntegralNumber()).isTrue();
            assertThat(p.get("seed").longValue()).isEqualTo(s).isBetween(0L, 2_147_483_647L);
        });
    }

    /** {@code readError} never throws, whatever the status and body. */
    @Property(tries = 300)
    void readErrorNeverThrows(@ForAll @IntRange(min = 100, max = 599) int status,
            @ForAll("errorBodies") byte[] body, @ForAll Operation operation) {
        ErrorInfo e = CODECS.get(Region.INTL).readError(operation, new HttpReply(status, Map.of(), body));
        assertThat(e.category()).isNotNull();
    }

    @Provide
    Arbitrary<byte[]> errorBodies() {
        Arbitrary<String> json = Arbitraries.of("{\"code\":", "{}", "[]", "null", "{\"code\":null}",
                "{\"code\":\"Throttling\",\"message\":7}", "{\"code\":{\"x\":1}}", "{\"output\":{\"code\":1}}",
                "<html>oops</html>", "{\"code\":\"InternalError.Algo\",\"request_id\":[1]}",
                "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>no</Message></Error>",
                "<Error><Code>", "  <Error><Code></Code>", "[".repeat(5000), "{\"a\":".repeat(5000));
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
                json.map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String url(MediaSource source) {
        return ((MediaSource.Url) source).url();
    }

    private static List<String> names(JsonNode node) {
        assertThat(node.isObject()).as("%s is an object", node).isTrue();
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertNoNulls(JsonNode node) {
        assertThat(node.isNull()).as("no null values").isFalse();
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            assertNoNulls(it.next());
        }
    }
}
