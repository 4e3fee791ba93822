package dev.wanr2v.provider.dashscope;

import static dev.wanr2v.provider.dashscope.Fixtures.KEY;
import static dev.wanr2v.provider.dashscope.Fixtures.body;
import static dev.wanr2v.provider.dashscope.Fixtures.createCall;
import static dev.wanr2v.provider.dashscope.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedMedia;
import dev.wanr2v.spi.PreparedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden create calls: the exact JSON DashScope documents, compared as trees, and the headers. */
class CreateCallTest {
    private static final String A = "https://cdn.example.com/alice.png";
    private static final String B = "https://cdn.example.com/bob.mp4";

    private static R2vRequest.Builder minimal() {
        return R2vRequest.builder().prompt("character1 waves").image(A);
    }

    @Test
    void theCallIsAnAsyncJsonPostWithTheBearerKey() {
        HttpCall call = createCall(minimal().build());
        assertThat(call.operation()).isEqualTo(Operation.CREATE);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.target()).isEqualTo("/api/v1/services/aigc/video-generation/video-synthesis");
        assertThat(call.headers()).containsOnly(
                Map.entry("Authorization", List.of("Bearer " + KEY)),
                Map.entry("Content-Type", List.of("application/json")),
                Map.entry("X-DashScope-Async", List.of("enable")));
        assertThat(call.body().contentType()).isEqualTo("application/json");
        assertThat(call.toString()).doesNotContain(KEY);
    }

    /** {@code prompt_extend} is not in Alibaba's table: left out unless the caller set it, so DashScope's default applies. */
    @Test
    void defaultsSendEveryDocumentedDefaultAndNoOptionalField() {
        assertThat(body(createCall(minimal().build()))).isEqualTo(json("""
                {"model": "wan2.6-r2v-flash",
                 "input": {"prompt": "character1 waves", "reference_urls": ["https://cdn.example.com/alice.png"]},
                 "parameters": {"size": "1920*1080", "duration": 5, "audio": true, "shot_type": "single",
                                "watermark": false}}
                """));
    }

    @Test
    void promptExtensionIsSentOnlyWhenTheCallerSetIt() {
        assertThat(body(createCall(minimal().promptExtend(true).build())).get("parameters").get("prompt_extend"))
                .isEqualTo(json("true"));
        assertThat(body(createCall(minimal().promptExtend(false).build())).get("parameters").get("prompt_extend"))
                .isEqualTo(json("false"));
        assertThat(body(createCall(minimal().promptExtend(true).promptExtend((Boolean) null).build()))
                .get("parameters").has("prompt_extend")).isFalse();
    }

    @Test
    void everyFieldSet() {
        R2vRequest request = minimal().video(B).negativePrompt("blur, low quality")
                .audioGuide(MediaSource.url("https://cdn.example.com/song.mp3")).size(VideoSize.P720_PORTRAIT)
                .duration(8).audio(false).shotType(ShotType.MULTI).watermark(true).promptExtend(true).seed(42L)
                .build();
        assertThat(body(createCall(request))).isEqualTo(json("""
                {"model": "wan2.6-r2v-flash",
                 "input": {"prompt": "character1 waves", "negative_prompt": "blur, low quality",
                           "reference_urls": ["https://cdn.example.com/alice.png", "https://cdn.example.com/bob.mp4"],
                           "audio_url": "https://cdn.example.com/song.mp3"},
                 "parameters": {"size": "720*1280", "duration": 8, "audio": false, "shot_type": "multi",
                                "watermark": true, "prompt_extend": true, "seed": 42}}
                """));
    }

    @Test
    void standardUsesItsModelIdAndLeavesOutTheFlashOnlyAudioSwitch() {
        R2vRequest request = minimal().tier(ModelTier.STANDARD).promptExtend(false).size("1280*720").duration(10)
                .build();
        assertThat(body(createCall(request))).isEqualTo(json("""
                {"model": "wan2.6-r2v",
                 "input": {"prompt": "character1 waves", "reference_urls": ["https://cdn.example.com/alice.png"]},
                 "parameters": {"size": "1280*720", "duration": 10, "shot_type": "single",
                                "watermark": false, "prompt_extend": false}}
                """));
    }

    @Test
    void seedsAtBothEndsOfTheRangeAreWrittenAsIntegers() {
        assertThat(body(createCall(minimal().seed(0L).build())).at("/parameters/seed"))
                .isEqualTo(json("0"));
        JsonNode max = body(createCall(minimal().seed(2_147_483_647L).build())).at("/parameters/seed");
        assertThat(max.isIntegralNumber()).isTrue();
        assertThat(max.asText()).isEqualTo("2147483647");
    }

    @Test
    void fiveMixedReferencesKeepTheRequestsOrder() {
        List<Reference> refs = List.of(Reference.video("https://v.example.com/1.mp4"),
                Reference.image("https://i.example.com/2.png"), Reference.video("https://v.example.com/3.mov"),
                Reference.image("https://i.example.com/4.jpg?sig=abc&expires=9"),
                Reference.image("https://i.example.com/5.webp"));
        R2vRequest request = R2vRequest.builder().prompt("character1 and character5").references(refs).build();
        assertThat(body(createCall(request)).get("input").get("reference_urls")).isEqualTo(json("""
                ["https://v.example.com/1.mp4", "https://i.example.com/2.png", "https://v.example.com/3.mov",
                 "https://i.example.com/4.jpg?sig=abc&expires=9", "https://i.example.com/5.webp"]
                """));
    }

    @Test
    void anAudioGuideGoesToInputAudioUrl() {
        R2vRequest request = minimal().audioGuide(MediaSource.url("https://a.example.com/voice.wav")).build();
        JsonNode input = body(createCall(request)).get("input");
        assertThat(input.get("audio_url")).isEqualTo(json("\"https://a.example.com/voice.wav\""));
        assertThat(input.has("negative_prompt")).isFalse();
    }

    @Test
    void textIsEscapedAsJson() {
        String prompt = "character1 says \"hi\" \\ 你好 😀\nnext line";
        JsonNode body = body(createCall(R2vRequest.builder().prompt(prompt).image(A).build()));
        assertThat(body.get("input").get("prompt").textValue()).isEqualTo(prompt);
    }

    /**
     * The example request of DashScope's create page (seed 003) is exactly what the codec writes for the
     * equivalent neutral request (prompt extension left unset, so no {@code prompt_extend}, as in the example).
     */
    @Test
    void theVendorsDocumentedExampleIsReproduced() {
        String prompt = "Character2 sits on a chair by the window, holding character3, and plays a soothing American"
                + " country folk song next to character4. Character1 says to Character2: \"that sounds great\"";
        String base = "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/";
        R2vRequest request = R2vRequest.builder().tier(ModelTier.FLASH).prompt(prompt)
                .video(base + "en-US/20260205/aacgyk/wan-r2v-role1.mp4")
                .video(base + "en-US/20260205/mmizqq/wan-r2v-role2.mp4")
                .image(base + "zh-CN/20260129/qpzxps/wan-r2v-object4.png")
                .image(base + "zh-CN/20260129/wfjikw/wan-r2v-backgroud5.png")
                .size("1280*720").duration(10).audio(true).shotType(ShotType.MULTI).watermark(true).build();
        JsonNode seed = json("""
                {
                  "model": "wan2.6-r2v-flash",
                  "input": {
                    "prompt": "Character2 sits on a chair by the window, holding character3, and plays a soothing American country folk song next to character4. Character1 says to Character2: \\"that sounds great\\"",
                    "reference_urls": [
                      "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/en-US/20260205/aacgyk/wan-r2v-role1.mp4",
                      "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/en-US/20260205/mmizqq/wan-r2v-role2.mp4",
                      "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/zh-CN/20260129/qpzxps/wan-r2v-object4.png",
                      "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/zh-CN/20260129/wfjikw/wan-r2v-backgroud5.png"
                    ]
                  },
                  "parameters": {
                    "size": "1280*720",
                    "duration": 10,
                    "audio": true,
                    "shot_type": "multi",
                    "watermark": true
                  }
                }
                """);
        assertThat(body(createCall(request))).isEqualTo(seed);
    }

    @Test
    void uploadedMediaAsksDashScopeToResolveOssReferences() {
        R2vRequest request = minimal().build();
        PreparedMedia uploaded = PreparedMedia.inMemory(MediaKind.IMAGE, request.references().get(0).source(),
                PreparedMedia.Form.UPLOADED, "oss://dashscope-instant/abc/alice.png", "image/png");
        HttpCall call = Fixtures.codec().createCall(new PreparedRequest(request, List.of(uploaded), null));
        assertThat(call.header("X-DashScope-OssResourceResolve")).contains("enable");
        assertThat(body(call).at("/input/reference_urls/0").textValue())
                .isEqualTo("oss://dashscope-instant/abc/alice.png");
    }
}
