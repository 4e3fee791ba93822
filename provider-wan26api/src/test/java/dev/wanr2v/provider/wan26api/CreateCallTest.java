package dev.wanr2v.provider.wan26api;

import static dev.wanr2v.provider.wan26api.Fixtures.KEY;
import static dev.wanr2v.provider.wan26api.Fixtures.codec;
import static dev.wanr2v.provider.wan26api.Fixtures.resource;
import static dev.wanr2v.provider.wan26api.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.RequestBody;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The create, status and precharge calls: paths, headers, and golden bodies in both envelopes. */
class CreateCallTest {

    static final Map<String, R2vRequest> REQUESTS = Map.of(
            "minimal", R2vRequest.builder()
                    .prompt("character1 walking in the park with a happy expression")
                    .image("https://example.com/char1.jpg")
                    .build(),
            "full", R2vRequest.builder()
                    .prompt("character1 is talking with character2 in the garden")
                    .video("https://cdn.example.com/bob.mp4?sig=abc123&expires=99")
                    .image("https://example.com/alice.png")
                    .image("https://example.com/c3.webp")
                    .video("https://example.com/v2.mov")
                    .image("https://example.com/c5.bmp")
                    .audioGuide(MediaSource.url("https://example.com/voice.mp3"))
                    .size(VideoSize.P720_PORTRAIT).duration(15).audio(false).shotType(ShotType.MULTI)
                    .watermark(true).seed(12345L)
                    .build(),
            "data-uri", R2vRequest.builder()
                    .prompt("character1 rides a bike past character2")
                    .image("data:image/webp;base64,UklGRoIBAABXRUJQVlA4IHYBAABQJACdASqQAXwBPtFosVMoJiSioAgBABoJaW7hd2Eav7iAAAJ7APfbJyHvtk5D32yclPiitkXXbU4QX1qBZLteLk5D32ych77ZOQ99snIe+2TnERcnIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPgP0u14uTkPfbJyIiG3NrxcnIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2UDLxcnIe+2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPoX0u14uTkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbMZae2TkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyIgeTkPfbJyHvtk5D32ych77ZOQ99snIe+2TkPfbJyHvtzL9PbJyHvtk5D1gAD+/3gv//hzobxPUz/4dQjI2eSurJC9wpC9wpC9wpC9wpC9wkxWFI4CBeCxAEDMFkZywIGYLEAQMwWIAgZgsQBAzBYgCBmCgAAAAA==")
                    .video("https://example.com/rider.mp4")
                    .size("1248*1632").duration(2).promptExtend(false).seed(0L)
                    .build(),
            "text", R2vRequest.builder()
                    .prompt("角色1 says \"hi\" 👋 \\ to\ncharacter2\t!")
                    .image("https://example.com/a.jpg")
                    .image("https://example.com/b.jpg")
                    .video("https://example.com/c.mp4")
                    .size(VideoSize.P720_SQUARE).duration(10).seed(2147483647L)
                    .build());

    private static HttpCall create(String envelope, String name) {
        return codec(envelope).createCall(PreparedRequest.of(REQUESTS.get(name)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"minimal", "full", "data-uri", "text"})
    void theObjectBodyIsSeed004sShape(String name) {
        assertThat(tree(create(null, name))).isEqualTo(resource("golden/" + name + ".object.json"));
        assertThat(tree(create("object", name))).isEqualTo(resource("golden/" + name + ".object.json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"minimal", "full", "data-uri"})
    void theArrayEnvelopeWrapsTheSameInputAndParameters(String name) {
        assertThat(tree(create("array", name))).isEqualTo(resource("golden/" + name + ".array.json"));
        assertThat(tree(create(" ARRAY ", name))).isEqualTo(resource("golden/" + name + ".array.json"));
    }

    /** What observers report as {@code gen_ai.request.model}: the model the body names, for a resumed task too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"minimal", "full"})
    void theModelObserversHearIsTheOneTheBodyNames(String name) {
        String sent = tree(create(null, name)).get("model").textValue();
        assertThat(codec().modelId(REQUESTS.get(name))).contains(sent);
        assertThat(codec().modelId(dev.wanr2v.TaskSnapshot.builder(dev.wanr2v.TaskStatus.RUNNING).build()))
                .contains(sent);
    }

    @Test
    void createIsAnAuthenticatedJsonPost() {
        HttpCall call = create(null, "full");
        assertThat(call.operation()).isEqualTo(Operation.CREATE);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.target()).isEqualTo("/model/v1/generation");
        assertThat(call.isAbsolute()).isFalse();
        assertThat(call.header("Authorization")).hasValue("Bearer " + KEY);
        assertThat(call.header("content-type")).hasValue("application/json");
        assertThat(call.body().contentType()).isEqualTo("application/json");
        assertThat(call.toString()).doesNotContain(KEY);
    }

    @Test
    void inMemoryMediaGiveABodyOfKnownLength() {
        RequestBody body = create(null, "data-uri").body();
        assertThat(body).isInstanceOf(RequestBody.Bytes.class);
        assertThat(body.contentLength()).isEqualTo(Fixtures.bytes(body).length);
    }

    @Test
    void theBodyIsUtf8AndNeverCarriesNull() {
        String text = new String(Fixtures.bytes(create(null, "text").body()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("角色1").contains("👋").doesNotContain("null");
        assertThat(new String(Fixtures.bytes(create(null, "minimal").body()), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("null").doesNotContain("seed").doesNotContain("audio_url")
                .doesNotContain("negative");
    }

    @Test
    void statusIsAnAuthenticatedGetOfTheEncodedTaskId() {
        ProviderCodec codec = codec();
        HttpCall call = codec.statusCall("task_abc001");
        assertThat(call.operation()).isEqualTo(Operation.STATUS);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.target()).isEqualTo("/model/v1/generation/task/task_abc001");
        assertThat(call.header("Authorization")).hasValue("Bearer " + KEY);
        assertThat(call.body().contentLength()).isZero();

        assertThat(codec.statusCall("a/b c?d=1#e").target())
                .isEqualTo("/model/v1/generation/task/a%2Fb%20c%3Fd%3D1%23e");
    }

    /** A dot segment would address the collection (or its parent) instead of the task; it is escaped. */
    @Test
    void dotSegmentsAreEscapedSoATaskIdStaysOneSegment() {
        ProviderCodec codec = codec();
        assertThat(codec.statusCall("..").target()).isEqualTo("/model/v1/generation/task/%2E%2E");
        assertThat(codec.statusCall(".").target()).isEqualTo("/model/v1/generation/task/%2E");
        assertThat(codec.statusCall("a~b*c").target()).isEqualTo("/model/v1/generation/task/a~b%2Ac");
    }

    @Test
    void prechargePostsTheCreateBodyToItsOwnPath() {
        ProviderCodec codec = codec("array");
        PreparedRequest request = PreparedRequest.of(REQUESTS.get("full"));
        HttpCall call = codec.costEstimateCall(request);
        assertThat(call.operation()).isEqualTo(Operation.COST_ESTIMATE);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.target()).isEqualTo("/model/v1/generation/precharge");
        assertThat(call.header("Authorization")).hasValue("Bearer " + KEY);
        assertThat(call.header("Content-Type")).hasValue("application/json");
        assertThat(tree(call)).isEqualTo(resource("golden/full.array.json"));
    }

    @Test
    void theEndpointIsTheConfiguredBaseUrlWithoutTrailingSlash() {
        Wan26ApiProvider provider = new Wan26ApiProvider();
        ProviderCodec codec = provider.codec(new dev.wanr2v.spi.ProviderConfig("wan26api", provider.configOptions(),
                Map.of("apiKey", KEY, "baseUrl", "http://127.0.0.1:8089/gw/")));
        assertThat(codec.endpoint()).hasToString("http://127.0.0.1:8089/gw");
        assertThat(codec.toString()).doesNotContain(KEY);
    }
}
