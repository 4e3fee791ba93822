package dev.wanr2v.provider.uniall;

import static dev.wanr2v.provider.uniall.Fixtures.body;
import static dev.wanr2v.provider.uniall.Fixtures.resource;
import static dev.wanr2v.provider.uniall.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import org.junit.jupiter.api.Test;

/** The request examples of UniAll's R2V page (seeds 000/001), rebuilt from neutral requests. */
class SeedExamplesTest {

    /** Example 1, "videoreference": one video, an audio guide, FLASH 720P with audio, random seed. */
    static final R2vRequest VIDEO_REFERENCE = R2vRequest.builder()
            .tier(ModelTier.FLASH)
            .prompt(" subject and style, generate a newcamera. ")
            .video("https://example.com/reference-shot-1.mp4")
            .audioGuide(MediaSource.url("https://example.com/guide-audio.mp3"))
            .negativePrompt("watermark, blur, flicker")
            .size(VideoSize.P720_LANDSCAPE)
            .duration(5)
            .audio(true)
            .shotType(ShotType.SINGLE)
            .promptExtend(false)
            .build();

    /** Example 2, "reference": two images, FLASH 1080P silent, multi-shot, seed 42. */
    static final R2vRequest IMAGE_REFERENCE = R2vRequest.builder()
            .tier(ModelTier.FLASH)
            .prompt(" andstyle, generate a video. ")
            .image("https://example.com/ref-1.png")
            .image("https://example.com/ref-2.png")
            .negativePrompt("watermark, blur")
            .size(VideoSize.P1080_LANDSCAPE)
            .duration(10)
            .audio(false)
            .shotType(ShotType.MULTI)
            .promptExtend(true)
            .seed(42L)
            .build();

    @Test
    void example1VideoReferenceIsSentExactlyAsDocumented() {
        HttpCall call = Fixtures.codec().createCall(PreparedRequest.of(VIDEO_REFERENCE));

        assertThat(body(call)).isEqualTo(tree(resource("seed-000-example-1-videoreference.json")));
    }

    @Test
    void example2ReferenceIsSentExactlyAsDocumented() {
        HttpCall call = Fixtures.codec().createCall(PreparedRequest.of(IMAGE_REFERENCE));

        assertThat(body(call)).isEqualTo(tree(resource("seed-000-example-2-reference.json")));
    }

    @Test
    void thePromptKeepsItsLeadingAndTrailingSpaces() {
        HttpCall call = Fixtures.codec().createCall(PreparedRequest.of(IMAGE_REFERENCE));

        assertThat(body(call).get("prompt").textValue()).isEqualTo(" andstyle, generate a video. ");
    }

    @Test
    void createIsAnAuthenticatedJsonPostToTheGenerationsPath() {
        HttpCall call = Fixtures.codec().createCall(PreparedRequest.of(VIDEO_REFERENCE));

        assertThat(call.operation()).isEqualTo(Operation.CREATE);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.target()).isEqualTo("/v1/video/generations");
        assertThat(call.header("Authorization")).contains("Bearer " + Fixtures.KEY);
        assertThat(call.body().contentType()).isEqualTo("application/json");
        assertThat(call.toString()).doesNotContain(Fixtures.KEY);
    }

    @Test
    void bothExamplesAreValidRequestsForUniAll() {
        try (R2vClient client = Fixtures.client().build()) {
            assertThat(client.validate(VIDEO_REFERENCE)).isEmpty();
            assertThat(client.validate(IMAGE_REFERENCE)).isEmpty();
        }
    }
}
