package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fit} and {@code "fit": true}: the refusal names them, and with them a large image is sent fitted. */
class FitOptionTest {
    @TempDir
    Path dir;

    @Test
    void withoutFitTheRefusalSaysTheTargetSizeAndTheFlagInCliWords() throws IOException {
        Path photo = FitOptionTestImages.largeJpeg(dir);

        Cli.Run run = Cli.run("submit", "--emulate", "--provider", "wan26api", "--prompt", "character1 waves",
                "--ref", photo.toString(), "--dry-run");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("the image is 2400x1800 pixels, but wan26api takes 360 to 2000 pixels a side;"
                + " scale it down to 2000x1500 or smaller, or let wan-r2v do it: --fit (rule R2V-IMAGE-DIMENSIONS)")
                .doesNotContain("R2vRequest.Builder");
    }

    @Test
    void dryRunSaysWhatFittingDid() throws IOException {
        Path photo = FitOptionTestImages.largeJpeg(dir);

        Cli.Run run = Cli.run("submit", "--emulate", "--provider", "wan26api", "--prompt", "character1 waves",
                "--ref", photo.toString(), "--fit", "--dry-run");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).containsPattern("wan-r2v: fitted references\\[0] " + java.util.regex.Pattern.quote(
                photo.toString()) + " 2400x1800 \\d+\\.\\d MB -> 2000x1500 \\d+\\.\\d MB JPEG\n");
        assertThat(run.out()).contains("data:image/jpeg;base64,");
    }
}
