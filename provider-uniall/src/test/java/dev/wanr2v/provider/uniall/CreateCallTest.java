package dev.wanr2v.provider.uniall;

import static dev.wanr2v.provider.uniall.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateCallTest {

    private static R2vRequest.Builder minimal() {
        return R2vRequest.builder().prompt("character1 walks").image("https://example.com/a.png");
    }

    private static JsonNode bodyOf(R2vRequest request) {
        return body(Fixtures.codec().createCall(PreparedRequest.of(request)));
    }

    @ParameterizedTest
    @CsvSource({
        "STANDARD, 1280*720,  true,  wan2.6-r2v-720p",
        "STANDARD, 832*1088,  true,  wan2.6-r2v-720p",
        "STANDARD, 1920*1080, true,  wan2.6-r2v-1080p",
        "STANDARD, 1248*1632, true,  wan2.6-r2v-1080p",
        "FLASH,    1280*720,  true,  wan2.6-r2v-flash-720p-audio",
        "FLASH,    960*960,   false, wan2.6-r2v-flash-720p-silent",
        "FLASH,    1440*1440, true,  wan2.6-r2v-flash-1080p-audio",
        "FLASH,    1080*1920, false, wan2.6-r2v-flash-1080p-silent",
    })
    void theModelIdFollowsTierSizeTierAndAudio(ModelTier tier, String size, boolean audio, String model) {
        JsonNode body = bodyOf(minimal().tier(tier).size(size).audio(audio).build());

        assertThat(body.get("model").textValue()).isEqualTo(model);
        assertThat(body.get("size").textValue()).isEqualTo(size);
    }

    @Test
    void absentOptionalValuesAreOmittedNeverNull() {
        JsonNode body = bodyOf(minimal().build());

        assertThat(body.has("videos")).isFalse();
        assertThat(body.path("extra_body").has("negative_prompt")).isFalse();
        assertThat(body.path("extra_body").has("audio")).isFalse();
        assertThat(body.toString()).doesNotContain("null");
    }

    @Test
    void defaultsAreSentExplicitlyWithSeedMinusOneForRandom() {
        JsonNode body = bodyOf(minimal().build());

        assertThat(body.get("duration").intValue()).isEqualTo(5);
        assertThat(body.get("size").textValue()).isEqualTo("1920*1080");
        assertThat(body.at("/extra_body/shot_type").textValue()).isEqualTo("single");
        assertThat(body.at("/extra_body/enable_prompt_expansion").booleanValue()).isTrue();
        assertThat(body.at("/extra_body/seed").longValue()).isEqualTo(-1L);
    }

    @Test
    void theLargestSeedIsSentAsANumber() {
        JsonNode body = bodyOf(minimal().seed(2_147_483_647L).build());

        assertThat(body.at("/extra_body/seed").isNumber()).isTrue();
        assertThat(body.at("/extra_body/seed").longValue()).isEqualTo(2_147_483_647L);
    }

    @Test
    void imagesAndVideosGoToTheirOwnArraysInTheirOwnOrder() {
        R2vRequest request = R2vRequest.builder().prompt("character1 and character4")
                .image("https://example.com/1.png").image("https://example.com/2.png")
                .video("https://example.com/3.mp4").video("https://example.com/4.mov").build();

        JsonNode body = bodyOf(request);

        assertThat(body.get("images")).hasSize(2);
        assertThat(body.at("/images/0").textValue()).isEqualTo("https://example.com/1.png");
        assertThat(body.at("/images/1").textValue()).isEqualTo("https://example.com/2.png");
        assertThat(body.at("/videos/0").textValue()).isEqualTo("https://example.com/3.mp4");
        assertThat(body.at("/videos/1").textValue()).isEqualTo("https://example.com/4.mov");
    }

    @Test
    void signedUrlsAreSentUnchanged() {
        String signed = "https://cdn.example.com/a.png?X-Sig=abc%2Fdef&Expires=9";

        JsonNode body = bodyOf(R2vRequest.builder().prompt("p").image(signed).build());

        assertThat(body.at("/images/0").textValue()).isEqualTo(signed);
    }

    @Test
    void aModelOverrideIsSentInsteadOfTheDerivedId() {
        HttpCall call = Fixtures.codec(Map.of("model", "wan2.6-r2v-flash-720p-audio-v2"))
                .createCall(PreparedRequest.of(minimal().size(VideoSize.P720_LANDSCAPE).build()));

        assertThat(body(call).get("model").textValue()).isEqualTo("wan2.6-r2v-flash-720p-audio-v2");
    }

    @Test
    void statusIsAnAuthenticatedGetOfTheVideosPath() {
        HttpCall call = Fixtures.codec().statusCall("task_abc-123");

        assertThat(call.operation()).isEqualTo(Operation.STATUS);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.target()).isEqualTo("/v1/videos/task_abc-123");
        assertThat(call.header("Authorization")).contains("Bearer " + Fixtures.KEY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a/b c|/v1/videos/a%2Fb%20c",
        "t?x=1#f|/v1/videos/t%3Fx%3D1%23f",
        "é|/v1/videos/%C3%A9",
        "..|/v1/videos/%2E%2E",
        "a.b_c~d|/v1/videos/a.b_c~d",
    })
    void theTaskIdIsEncodedAsOnePathSegment(String taskId, String target) {
        assertThat(Fixtures.codec().statusCall(taskId).target()).isEqualTo(target);
    }
}
