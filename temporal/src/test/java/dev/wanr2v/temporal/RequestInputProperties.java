package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.testkit.R2vArbitraries;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link RequestInput} and {@link GenerationInput} round-trip every request, through Temporal's data converter. */
class RequestInputProperties {
    private static final DataConverter CONVERTER = DefaultDataConverter.newDefaultInstance();

    @Provide
    Arbitrary<R2vRequest> requests() {
        return R2vArbitraries.validRequests(R2vArbitraries.openCapabilities());
    }

    /** request -> input -> Temporal payload (JSON) -> input -> request is the identity, on every field. */
    @Property(tries = 300)
    void everyValidRequestRoundTripsThroughAWorkflowPayload(@ForAll("requests") R2vRequest request) {
        GenerationInput input = GenerationInput.of(request);
        GenerationInput back = throughPayload(input);

        assertThat(back).isEqualTo(input);
        assertThat(back.request().toRequest(MediaResolver.none())).isEqualTo(request);
    }

    /** The forms the generators do not make: local files on the worker and bytes. */
    @Example
    void localFilesAndBytesRoundTripToo() {
        R2vRequest request = R2vRequest.builder().prompt("character1 meets character2")
                .reference(Reference.image(Path.of("/data/alice.png")))
                .reference(Reference.video(MediaSource.bytes(new byte[] {0, 1, 2, (byte) 255})))
                .audioGuide(MediaSource.file(Path.of("/data/voice.mp3"))).seed(7L).build();

        assertThat(throughPayload(GenerationInput.of(request)).request().toRequest(MediaResolver.none()))
                .isEqualTo(request);
    }

    /** Object references are read on the worker, as the resolver says, with the kind they are used as. */
    @Example
    void objectReferencesAreReadByTheWorkersResolver() {
        RequestInput input = RequestInput.of(R2vRequest.builder().prompt("character1 waves").build())
                .withReference(ReferenceInput.imageObject("people/alice.png"))
                .withReference(ReferenceInput.videoObject("people/bob.mp4"));
        Map<String, String> signed = Map.of("people/alice.png", "https://bucket.example/alice.png?sig=1",
                "people/bob.mp4", "https://bucket.example/bob.mp4?sig=2");
        MediaResolver resolver = (name, kind) -> MediaSource.url(signed.get(name) + "&kind=" + kind);

        R2vRequest request = throughPayload(GenerationInput.of(input)).request().toRequest(resolver);

        assertThat(request.references()).containsExactly(
                Reference.image("https://bucket.example/alice.png?sig=1&kind=IMAGE"),
                Reference.video("https://bucket.example/bob.mp4?sig=2&kind=VIDEO"));
    }

    /** A worker without a resolver refuses object references, naming the setting. */
    @Example
    void aWorkerWithoutResolverNamesTheMissingSetting() {
        RequestInput input = new RequestInput(null, "character1", null,
                List.of(ReferenceInput.imageObject("alice.png")), null, null, 5, true, null, true, false, null, null);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> input.toRequest(MediaResolver.none())))
                .hasMessageContaining("alice.png").hasMessageContaining("mediaResolver");
    }

    /** toString shows neither a URL's query string nor a payload. */
    @Example
    void toStringKeepsSecretsOut() {
        RequestInput input = RequestInput.of(R2vRequest.builder().prompt("character1")
                .image("https://cdn.example/a.png?Signature=SECRET123")
                .reference(Reference.video(MediaSource.dataUri("data:video/mp4;base64,AAAAIGZ0eXBpc29tSECRET")))
                .build());

        assertThat(input.toString()).contains("cdn.example/a.png").doesNotContain("SECRET");
        assertThat(MediaInput.of(MediaSource.bytes(new byte[] {1})).toString()).doesNotContain("AQ==");
        assertThat(new MediaInput(MediaInput.Form.OBJECT, "k").toSource(MediaKind.IMAGE, (n, k) -> MediaSource.url(n)))
                .isEqualTo(MediaSource.url("k"));
    }

    private static GenerationInput throughPayload(GenerationInput input) {
        Payload payload = CONVERTER.toPayload(input).orElseThrow();
        return CONVERTER.fromPayload(payload, GenerationInput.class, GenerationInput.class);
    }
}
