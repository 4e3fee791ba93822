package dev.wanr2v.mediafit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaSource;
import dev.wanr2v.spi.ImageFitter;
import dev.wanr2v.spi.MediaLimits;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DefaultImageFitterTest {
    private static final MediaLimits.ImageLimits SMALL = new MediaLimits.ImageLimits(100, 250, 10 * MediaLimits.MEGABYTE,
            false);
    private final ImageFitter fitter = new DefaultImageFitter();

    private static ImageFitter.Original original(byte[] bytes, MediaFormat format, int w, int h) {
        return new ImageFitter.Original("test." + format.name().toLowerCase(), format, w, h, bytes.length, false,
                MediaSource.bytes(bytes));
    }

    private record Result(ImageFitter.Fitted fitted, byte[] bytes, BufferedImage image) {
    }

    private Result fit(byte[] bytes, MediaFormat format, int w, int h, MediaLimits.ImageLimits limits)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageFitter.Fitted fitted = fitter.fit(original(bytes, format, w, h), limits, out);
        return new Result(fitted, out.toByteArray(), ImageIO.read(new ByteArrayInputStream(out.toByteArray())));
    }

    /** The stored top-left quarter is red; where it ends up says how the image was turned. */
    @ParameterizedTest(name = "orientation {0}: red at {1}")
    @CsvSource({"1, TL", "2, TR", "3, BR", "4, BL", "5, TL", "6, TR", "7, BR", "8, BL"})
    void everyExifOrientationIsTurnedUpright(int orientation, String corner) throws IOException {
        Result r = fit(TestImages.phonePhoto(500, 300, orientation), MediaFormat.JPEG, 500, 300, SMALL);

        boolean turned = orientation >= 5;
        assertThat(r.image().getWidth()).isEqualTo(turned ? 150 : 250);
        assertThat(r.image().getHeight()).isEqualTo(turned ? 250 : 150);
        assertThat(r.fitted()).isEqualTo(new ImageFitter.Fitted(MediaFormat.JPEG, r.image().getWidth(),
                r.image().getHeight(), orientation, false));
        int x = corner.endsWith("L") ? 10 : r.image().getWidth() - 10;
        int y = corner.startsWith("T") ? 10 : r.image().getHeight() - 10;
        assertThat(r.image().getRGB(x, y) & 0xFFFFFF).as("red corner %s", corner).satisfies(rgb ->
                assertThat((rgb >> 16) & 0xFF).isGreaterThan(200));
    }

    @Test
    void anImageOverTheByteLimitIsScaledFurtherUntilItFits() throws IOException {
        BufferedImage noise = new BufferedImage(250, 250, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < 250; y++) {
            for (int x = 0; x < 250; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        byte[] bmp = TestImages.encode(noise, "bmp");
        MediaLimits.ImageLimits tight = new MediaLimits.ImageLimits(100, 250, 50_000, false);

        Result r = fit(bmp, MediaFormat.BMP, 250, 250, tight);

        assertThat(r.bytes().length).isLessThanOrEqualTo(50_000);
        assertThat(r.fitted().format()).isEqualTo(MediaFormat.JPEG);
        assertThat(r.image().getWidth()).isLessThan(250).isGreaterThanOrEqualTo(100);
    }

    @Test
    void aLosslessSourceStaysLosslessWhenThePngFits() throws IOException {
        byte[] png = TestImages.transparentPng(200, 200);

        Result r = fit(png, MediaFormat.PNG, 200, 200, SMALL);

        assertThat(r.fitted()).isEqualTo(new ImageFitter.Fitted(MediaFormat.PNG, 200, 200, 1, true));
        assertThat(r.image().getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void anImageTooElongatedToKeepBothSidesCannotBeFitted() {
        byte[] strip = TestImages.encode(new BufferedImage(2000, 100, BufferedImage.TYPE_INT_RGB), "png");

        assertThatThrownBy(() -> fit(strip, MediaFormat.PNG, 2000, 100, SMALL))
                .isInstanceOf(ImageFitter.CannotFitException.class)
                .hasMessage("at 2000x100 pixels it cannot keep 100 to 250 pixels a side by scaling down");
    }
}
