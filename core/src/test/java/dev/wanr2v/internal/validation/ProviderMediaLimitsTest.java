package dev.wanr2v.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.MediaFit;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Rule;
import dev.wanr2v.ShotType;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.media.TestMedia;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.MediaLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media limits, the shot-type dependency and reference naming come from the provider's declared capabilities. */
class ProviderMediaLimitsTest {
    private static final Capabilities ALIBABA = Capabilities.builder().localMedia(LocalMediaRoute.PROVIDER_UPLOAD)
            .qualifier("region intl").build();
    private static final Capabilities SEED_004 = Capabilities.builder().dataUris(true)
            .localMedia(LocalMediaRoute.DATA_URI).multiShotNeedsPromptExtend(true)
            .mediaLimits(TestMedia.SEED_004.limits()).build();

    @TempDir
    Path dir;

    private static List<Violation> validate(Capabilities caps, String id, R2vRequest request) {
        return new RequestValidator(caps, RequestValidator.label(id, caps), false).validate(request);
    }

    private R2vRequest.Builder withImage(String name, int width, int height) throws IOException {
        Path image = Files.write(dir.resolve(name), TestMedia.image("jpg", width, height));
        return R2vRequest.builder().prompt("character1 waves").image(image);
    }

    @Test
    void aThreeHundredPixelImageIsFineForAlibabasTableAndRefusedWithSeed004sFigures() throws IOException {
        R2vRequest request = withImage("square.jpg", 300, 300).build();

        assertThat(validate(ALIBABA, "dashscope", request)).isEmpty();
        assertThat(validate(SEED_004, "wan26api", request)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo(Rule.IMAGE_DIMENSIONS.id());
            assertThat(v.message()).isEqualTo("the image is 300x300 pixels, but wan26api takes 360 to 2000 pixels"
                    + " a side; use a larger image, at least 360 pixels a side (images are never enlarged)");
        });
    }

    @Test
    void aTooLargeImageIsToldTheTargetSizeAndHowToAskForFitting() throws IOException {
        R2vRequest request = withImage("wide.jpg", 2400, 1800).build();

        assertThat(validate(ALIBABA, "dashscope", request)).isEmpty();
        assertThat(validate(SEED_004, "wan26api", request)).singleElement().extracting(Violation::message)
                .isEqualTo("the image is 2400x1800 pixels, but wan26api takes 360 to 2000 pixels a side; scale it down"
                        + " to 2000x1500 or smaller, or let wan-r2v do it: R2vRequest.Builder.fit(MediaFit.IMAGES)");
    }

    @Test
    void fittingWithoutTheFitModuleOnTheClassPathNamesTheArtifact() throws IOException {
        R2vRequest request = withImage("wide.jpg", 2400, 1800).fit(MediaFit.IMAGES).build();

        assertThatThrownBy(() -> validate(SEED_004, "wan26api", request)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("[wan26api] the request asks for fitting")
                .hasMessageContaining("dev.wanr2v:wan-r2v-media-fit");
    }

    @Test
    void withAFitterAnImageTooLargeIsMarkedForFittingButOneTooSmallIsStillRefused() throws IOException {
        RequestValidator validator = new RequestValidator(SEED_004, "wan26api", false, true);
        R2vRequest large = withImage("large.jpg", 2400, 1800).fit(MediaFit.IMAGES).build();
        R2vRequest small = withImage("small.jpg", 300, 300).fit(MediaFit.IMAGES).build();

        RequestValidator.Result result = validator.check(large);
        assertThat(result.violations()).isEmpty();
        assertThat(result.media().get("references[0]").fit()).isTrue();
        assertThat(validator.validate(small)).extracting(Violation::ruleId).containsExactly(Rule.IMAGE_DIMENSIONS.id());
    }

    @Test
    void multiShotNeedsPromptExtensionOnlyWhereTheProviderDeclaresIt() throws IOException {
        R2vRequest request = withImage("square.jpg", 400, 400).shotType(ShotType.MULTI).promptExtend(false).build();

        assertThat(validate(ALIBABA, "dashscope", request)).isEmpty();
        assertThat(validate(SEED_004, "wan26api", request)).extracting(Violation::ruleId)
                .containsExactly(Rule.SHOT_TYPE.id());
    }

    @Test
    void aReferenceIsNamedByItsPlaceInThePromptAndItsFile() throws IOException {
        Path small = Files.write(dir.resolve("phone.jpg"), TestMedia.image("jpg", 100, 100));
        R2vRequest request = R2vRequest.builder().prompt("character1 waves at character2")
                .image("https://example.com/alice.png").image(small).build();

        InvalidRequestException e = new InvalidRequestException(validate(ALIBABA, "dashscope", request));

        assertThat(e.getMessage()).contains("\n  - references[1] (character2, " + small + "): the image is 100x100");
        assertThat(e.violations().get(0).field()).isEqualTo("references[1]");
    }

    @Test
    void aWebmGivenWithoutAKindIsAnUnsupportedVideoFormatNotAnImage() throws IOException {
        byte[] webm = new byte[64];
        System.arraycopy(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, 0, webm, 0, 4);
        Path clip = Files.write(dir.resolve("clip.webm"), webm);
        R2vRequest request = R2vRequest.builder().prompt("character1 waves").reference(Reference.image(clip)).build();

        assertThat(validate(ALIBABA, "dashscope", request)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo(Rule.MEDIA_FORMAT.id());
            assertThat(v.message()).isEqualTo("the content is a WebM or Matroska video, a video format the model does"
                    + " not take (it takes an MP4 or MOV video); convert it to MP4 (H.264), e.g. ffmpeg -i clip.webm"
                    + " -c:v libx264 -pix_fmt yuv420p -c:a aac clip.mp4, then pass it as a video reference");
        });
    }

    @Test
    void videosAndAudioAreNeverConvertedTheirErrorsSayHowWithFfmpeg() throws IOException {
        Path clip = Files.write(dir.resolve("my clip.mp4"), TestMedia.fixture("video-2s.mp4"));
        Capabilities shortClips = ALIBABA.toBuilder().mediaLimits(MediaLimits.alibaba().withVideo(
                new MediaLimits.TimedLimits(Duration.ofSeconds(1), Duration.ofMillis(1500), 100 * MediaLimits.MEGABYTE)))
                .build();
        R2vRequest request = R2vRequest.builder().prompt("character1 waves").video(clip).build();

        assertThat(validate(ALIBABA, "dashscope", request)).isEmpty();
        assertThat(validate(shortClips, "acme", request)).singleElement().extracting(Violation::message)
                .isEqualTo("the video lasts 2.000 s, but acme (region intl) takes 1 to 1.500 s; trim it to 1.500 s or less, e.g."
                        + " ffmpeg -i 'my clip.mp4' -t 1.500 -c copy 'my clip-1.500s.mp4'");
    }
}
