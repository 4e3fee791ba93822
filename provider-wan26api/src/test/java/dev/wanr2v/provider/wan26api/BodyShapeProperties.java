package dev.wanr2v.provider.wan26api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.testing.RequestGen;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Every valid request becomes a body of seed 004's documented shape, in both envelopes. */
class BodyShapeProperties {
    private static final ProviderCodec OBJECT = Fixtures.codec("object");
    private static final ProviderCodec ARRAY = Fixtures.codec("array");

    @Provide
    Arbitrary<R2vRequest> validRequests() {
        return RequestGen.valid(OBJECT.capabilities());
    }

    @Provide
    Arbitrary<String> envelopes() {
        return Arbitraries.of("object", "array");
    }

    @Property(tries = 400)
    void theBodyHasTheDocumentedShape(@ForAll("validRequests") R2vRequest r, @ForAll("envelopes") String envelope) {
        ProviderCodec codec = envelope.equals("array") ? ARRAY : OBJECT;
        JsonNode body = Fixtures.tree(codec.createCall(PreparedRequest.of(r)));

        assertNoNulls(body, "$");
        assertThat(body.get("model").isTextual()).isTrue();
        assertThat(body.get("model").asText()).isEqualTo("wan26_r2v");
        JsonNode holder;
        if (envelope.equals("array")) {
            assertThat(names(body)).containsExactly("input", "model");
            assertThat(body.get("input").isArray()).isTrue();
            assertThat(body.get("input")).hasSize(1);
            JsonNode item = body.get("input").get(0);
            assertThat(names(item)).containsExactly("params");
            holder = item.get("params");
            assertThat(names(holder)).containsExactly("input", "parameters");
        } else {
            assertThat(names(body)).containsExactly("input", "model", "parameters");
            holder = body;
        }

        JsonNode input = holder.get("input");
        Set<String> inputNames = new TreeSet<>(List.of("prompt", "reference_urls"));
        r.audioGuide().ifPresent(a -> inputNames.add("audio_url"));
        assertThat(names(input)).containsExactlyElementsOf(inputNames);
        assertThat(input.get("prompt").isTextual()).isTrue();
        assertThat(input.get("prompt").asText()).isEqualTo(r.prompt());
        JsonNode refs = input.get("reference_urls");
        assertThat(refs.isArray()).isTrue();
        List<String> sent = new ArrayList<>();
        refs.forEach(n -> {
            assertThat(n.isTextual()).isTrue();
            sent.add(n.asText());
        });
        assertThat(sent).containsExactlyElementsOf(r.references().stream().map(ref -> text(ref.source())).toList());
        r.audioGuide().ifPresent(a -> assertThat(input.get("audio_url").asText()).isEqualTo(text(a)));

        JsonNode p = holder.get("parameters");
        Set<String> paramNames = new TreeSet<>(List.of("size", "duration", "prompt_extend", "watermark", "audio",
                "shot_type"));
        if (r.seed().isPresent()) {
            paramNames.add("seed");
        }
        assertThat(names(p)).containsExactlyElementsOf(paramNames);
        assertThat(p.get("size").isTextual()).isTrue();
        assertThat(p.get("size").asText()).isEqualTo(r.size().width() + "*" + r.size().height());
        assertThat(p.get("duration").isInt()).isTrue();
        assertThat(p.get("duration").asInt()).isEqualTo(r.durationSeconds());
        assertThat(p.get("prompt_extend").isBoolean()).isTrue();
        assertThat(p.get("prompt_extend").asBoolean()).isEqualTo(r.promptExtend());
        assertThat(p.get("watermark").isBoolean()).isTrue();
        assertThat(p.get("watermark").asBoolean()).isEqualTo(r.watermark());
        assertThat(p.get("audio").isBoolean()).isTrue();
        assertThat(p.get("audio").asBoolean()).isEqualTo(r.audio());
        assertThat(p.get("shot_type").asText()).isEqualTo(r.shotType() == ShotType.MULTI ? "multi" : "single");
        r.seed().ifPresent(seed -> {
            assertThat(p.get("seed").isIntegralNumber()).isTrue();
            assertThat(p.get("seed").asLong()).isEqualTo(seed);
        });

        Statistics.label("envelope").collect(envelope);
        Statistics.label("data URI reference")
                .collect(r.references().stream().anyMatch(x -> x.source() instanceof MediaSource.DataUri));
        Statistics.label("five references").collect(r.references().size() == 5);
        Statistics.label("seed").collect(r.seed().isPresent());
        Statistics.label("audio guide").collect(r.audioGuide().isPresent());
        Statistics.label("data URI reference").coverage(c -> c.check(true).count(n -> n > 20));
        Statistics.label("five references").coverage(c -> c.check(true).count(n -> n > 5));
        Statistics.label("seed").coverage(c -> c.check(true).count(n -> n > 50));
        Statistics.label("audio guide").coverage(c -> c.check(true).count(n -> n > 20));
    }

    private static String text(MediaSource source) {
        if (source instanceof MediaSource.Url u) {
            return u.url();
        }
        if (source instanceof MediaSource.DataUri d) {
            return d.uri();
        }
        throw new AssertionError("the generator made local media for a provider without a local media route: " + source);
    }

    private static List<String> names(JsonNode object) {
        assertThat(object.isObject()).as("a JSON object").isTrue();
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        out.sort(null);
        return out;
    }

    private static void assertNoNulls(JsonNode node, String path) {
        assertThat(node.isNull()).as("null at " + path).isFalse();
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                assertNoNulls(node.get(name), path + "." + name);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertNoNulls(node.get(i), path + "[" + i + "]");
            }
        }
    }
}
