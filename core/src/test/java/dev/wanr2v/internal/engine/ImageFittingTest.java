package dev.wanr2v.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaSource;
import dev.wanr2v.internal.engine.ImageFitting.LocalCopy;
import dev.wanr2v.internal.media.MediaInfo;
import dev.wanr2v.internal.media.TestMedia;
import dev.wanr2v.spi.ImageFitter;
import dev.wanr2v.spi.MediaLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The engine's side of fitting: the copy is checked, hashed as written, and never left behind. */
class ImageFittingTest {
    private static final MediaLimits.ImageLimits LIMITS = TestMedia.SEED_004.limits().image();
    private static final MediaSource ORIGINAL = MediaSource.bytes(TestMedia.image("png", 2400, 400));
    private static final MediaInfo INFO = new MediaInfo(MediaFormat.PNG, 1000, 2400, 400, null, false);

    private static ImageFitter writing(byte[] bytes) {
        return (image, limits, out) -> {
            out.write(bytes);
            return new ImageFitter.Fitted(MediaFormat.PNG, 0, 0, 1, false);
        };
    }

    @Test
    void theCopyIsInspectedAndHashedAsWrittenAndDeletedOnRelease() throws Exception {
        byte[] good = TestMedia.image("png", 2000, 400);
        ImageFitting fitting = new ImageFitting(writing(good), "acme");

        LocalCopy copy = fitting.fit("references[0]", ORIGINAL, INFO, LIMITS);

        assertThat(copy.info()).isEqualTo(new MediaInfo(MediaFormat.PNG, good.length, 2000, 400, null, false));
        assertThat(copy.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(good)));
        assertThat(Files.readAllBytes(copy.path())).isEqualTo(good);
        assertThat(copy.fitted().toString()).isEqualTo("references[0] " + ORIGINAL.describe()
                + " 2400x400 0.0 MB -> 2000x400 0.0 MB PNG");
        fitting.release(copy);
        assertThat(copy.path()).doesNotExist();
        assertThat(fitting.liveFiles()).isEmpty();
        fitting.close();
    }

    @Test
    void aCopyThatStillBreaksTheLimitsIsRefusedAndDeleted() {
        ImageFitting fitting = new ImageFitting(writing(TestMedia.image("png", 2400, 400)), "acme");

        assertThatThrownBy(() -> fitting.fit("references[0]", ORIGINAL, INFO, LIMITS))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("[acme]").hasMessageContaining("wrote a copy that still breaks the limits (PNG"
                        + " 2400x400");
        assertThat(fitting.liveFiles()).isEmpty();
        fitting.close();
    }

    @Test
    void anImageTheFitterCannotConvertIsRefusedWithItsReason() {
        ImageFitting fitting = new ImageFitting((image, limits, out) -> {
            throw new ImageFitter.CannotFitException("the WEBP is animated");
        }, "acme");

        assertThatThrownBy(() -> fitting.fit("references[0]", ORIGINAL, INFO, LIMITS))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("references[0] (character1, " + ORIGINAL.describe() + "): the image cannot be"
                        + " fitted: the WEBP is animated; convert it yourself to within 360 to 2000 pixels a side");
        assertThat(fitting.liveFiles()).isEmpty();
        fitting.close();
    }

    @Test
    void closingDeletesCopiesStillInUseAndTheirDirectory() throws IOException {
        ImageFitting fitting = new ImageFitting(writing(TestMedia.image("png", 2000, 400)), "acme");
        LocalCopy copy = fitting.fit("references[0]", ORIGINAL, INFO, LIMITS);
        Path directory = copy.path().getParent();

        fitting.close();

        assertThat(copy.path()).doesNotExist();
        assertThat(directory).doesNotExist();
        assertThatThrownBy(() -> fitting.fit("references[0]", ORIGINAL, INFO, LIMITS))
                .hasMessageContaining("the client is closed");
    }
}
