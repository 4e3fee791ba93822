package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How rules 3.1 and 8.1 compare what was asked with what the vendor read. */
class RequestFidelityTest {
    private static final Capabilities ALL = Capabilities.builder().build();
    private static final R2vRequest ASKED = R2vRequest.builder().prompt("character1 and character2 dance")
            .image("https://media.example.com/a.png").video("https://media.example.com/b.mp4").seed(7L)
            .negativePrompt("blur").watermark(true).build();

    @Test
    void theSameRequestHasNoDifference() {
        assertThat(RequestFidelity.differences(ASKED, ASKED.toBuilder().build(), ALL)).isEmpty();
    }

    @Test
    void eachDeclaredFieldThatDiffersIsNamed() {
        R2vRequest read = ASKED.toBuilder().seed(null).watermark(false).prompt("character1 and character2 dance!")
                .build();

        assertThat(RequestFidelity.differences(ASKED, read, ALL)).hasSize(3)
                .anySatisfy(d -> assertThat(d).startsWith("seed: asked 7, but the vendor read nothing"))
                .anySatisfy(d -> assertThat(d).startsWith("watermark: asked true"))
                .anySatisfy(d -> assertThat(d).startsWith("prompt: asked 31 code points, the vendor read 32"));
    }

    @Test
    void fieldsTheProviderDoesNotDeclareAreNotCompared() {
        Capabilities bare = ALL.toBuilder().features(List.of()).build();
        R2vRequest read = ASKED.toBuilder().seed(null).watermark(false).negativePrompt(null).build();

        assertThat(RequestFidelity.differences(ASKED, read, bare)).isEmpty();
        assertThat(RequestFidelity.differences(ASKED, read, ALL.toBuilder().withoutFeature(Feature.SEED).build()))
                .hasSize(2);
    }

    @Test
    void referencesAreComparedInOrderByKindAndExactUrl() {
        R2vRequest swapped = ASKED.toBuilder().references(List.of(ASKED.references().get(1),
                ASKED.references().get(0))).build();
        R2vRequest retyped = ASKED.toBuilder().references(List.of(Reference.video("https://media.example.com/a.png"),
                ASKED.references().get(1))).build();
        R2vRequest fewer = ASKED.toBuilder().references(List.of(ASKED.references().get(0))).build();

        assertThat(RequestFidelity.differences(ASKED, swapped, ALL)).hasSize(4);
        assertThat(RequestFidelity.differences(ASKED, retyped, ALL)).containsExactly(
                "references[0].kind: asked IMAGE, but the vendor read VIDEO");
        assertThat(RequestFidelity.differences(ASKED, fewer, ALL)).singleElement().asString()
                .startsWith("references: 2 asked, but the vendor read 1");
    }
}
