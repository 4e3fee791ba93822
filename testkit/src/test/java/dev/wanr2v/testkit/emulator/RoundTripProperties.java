package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.ReferenceOrder;
import dev.wanr2v.testkit.R2vArbitraries;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any valid request, written the way each vendor documents it, is accepted and decoded back unchanged. */
class RoundTripProperties {
    private static Emulator dashscope;
    private static Emulator uniall;
    private static Emulator wan26api;

    @BeforeContainer
    static void start() {
        dashscope = Emulators.start("dashscope");
        uniall = Emulators.start("uniall");
        wan26api = Emulators.start("wan26api");
    }

    @AfterContainer
    static void stop() {
        dashscope.close();
        uniall.close();
        wan26api.close();
    }

    private static R2vRequest sendAndDecode(Emulator emulator, String path, String body, Http client) {
        int before = emulator.journal().decodedRequests().size();
        HttpResponse<byte[]> response = client.post(path, body);
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(200);
        return emulator.journal().decodedRequests().get(before);
    }

    @Provide
    Arbitrary<R2vRequest> dashScopeRequests() {
        return R2vArbitraries.validRequests(Capabilities.builder().dataUris(true).build());
    }

    @Provide
    Arbitrary<R2vRequest> uniAllRequests() {
        return R2vArbitraries.validRequests(Capabilities.builder().dataUris(true).durationRange(2, 15)
                .referenceOrder(ReferenceOrder.IMAGES_THEN_VIDEOS).withoutFeature(Feature.WATERMARK).build());
    }

    @Provide
    Arbitrary<R2vRequest> wan26ApiRequests() {
        return R2vArbitraries.validRequests(Capabilities.builder().dataUris(true).durationRange(2, 15)
                .tiers(ModelTier.FLASH).features(EnumSet.of(Feature.SEED, Feature.WATERMARK, Feature.SHOT_TYPE,
                        Feature.PROMPT_EXTEND, Feature.SILENT_OUTPUT)).build());
    }

    @Property(tries = 120)
    void dashScopeDecodesWhatWasSent(@ForAll("dashScopeRequests") R2vRequest request) {
        Http client = Http.to(dashscope).bearer("k").header("X-DashScope-Async", "enable");
        assertThat(sendAndDecode(dashscope, "/api/v1/services/aigc/video-generation/video-synthesis",
                WireEncodings.dashScope(request), client)).isEqualTo(request);
    }

    @Property(tries = 120)
    void uniAllDecodesWhatWasSent(@ForAll("uniAllRequests") R2vRequest request) {
        assertThat(sendAndDecode(uniall, "/v1/video/generations", WireEncodings.uniAll(request),
                Http.to(uniall).bearer("k"))).isEqualTo(request);
    }

    @Property(tries = 120)
    void wan26ApiDecodesBothShapes(@ForAll("wan26ApiRequests") R2vRequest request, @ForAll boolean envelope) {
        assertThat(sendAndDecode(wan26api, "/model/v1/generation", WireEncodings.wan26Api(request, envelope),
                Http.to(wan26api).bearer("k"))).isEqualTo(request);
    }
}
