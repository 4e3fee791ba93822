package dev.wanr2v.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageInspectionTest {

    static MediaInfo recognised(byte[] data) {
        Inspection inspection = MediaInspector.inspect(data);
        assertThat(inspection).isInstanceOf(Inspection.Recognised.class);
        return ((Inspection.Recognised) inspection).info();
    }

    static List<String> rules(byte[] data) {
        return MediaChecks.check("references[0]", MediaKind.IMAGE, MediaSource.bytes(data), TestMedia.SEED_004).stream()
                .map(Violation::ruleId).toList();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"jpeg, JPEG, 400, 380", "jpeg, JPEG, 2001, 359", "png, PNG, 361, 2000", "png, PNG, 1999, 360",
            "bmp, BMP, 401, 399", "bmp, BMP, 359, 2001"})
    void sizeAndFormatComeFromTheHeaders(String writer, MediaFormat format, int width, int height) {
        byte[] data = TestMedia.image(writer, width, height);

        MediaInfo info = recognised(data);

        assertThat(info).isEqualTo(new MediaInfo(format, data.length, width, height, null, false));
    }

    @ParameterizedTest(name = "{0} {1}x{2} breaks the size rule: {3}")
    @CsvSource({"jpeg, 360, 2000, false", "jpeg, 359, 400, true", "jpeg, 400, 2001, true",
            "png, 2000, 360, false", "png, 2001, 400, true", "png, 400, 359, true",
            "bmp, 360, 2000, false", "bmp, 2000, 1700, false", "bmp, 359, 2001, true"})
    void eachSideMustBeFrom360To2000Pixels(String writer, int width, int height, boolean broken) {
        List<Violation> violations = MediaChecks.check("references[1]", MediaKind.IMAGE,
                MediaSource.bytes(TestMedia.image(writer, width, height)), TestMedia.SEED_004);

        if (broken) {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo(Rule.IMAGE_DIMENSIONS.id());
                assertThat(v.field()).isEqualTo("references[1]");
                assertThat(v.message()).contains(width + "x" + height + " pixels", "360 to 2000");
            });
        } else {
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void aLargestSizeUncompressedBmpIsOverTenMegabytes() {
        byte[] bmp = TestMedia.image("bmp", 2000, 2000);
        assertThat(bmp).hasSize(54 + 2000 * 2000 * 3);

        assertThat(rules(bmp)).containsExactly(Rule.IMAGE_BYTES.id());
    }

    @Test
    void webpFixturesOfEachKindGiveTheirSize() {
        assertThat(recognised(TestMedia.fixture("image-lossy-400x380.webp")))
                .isEqualTo(new MediaInfo(MediaFormat.WEBP, 394, 400, 380, null, false));
        assertThat(recognised(TestMedia.fixture("image-lossless-361x2000.webp")))
                .isEqualTo(new MediaInfo(MediaFormat.WEBP, 74, 361, 2000, null, false));
        assertThat(recognised(TestMedia.fixture("image-extended-alpha-2000x360.webp")))
                .isEqualTo(new MediaInfo(MediaFormat.WEBP, 1644, 2000, 360, null, true));
    }

    @Test
    void webpAlphaIsReportedButOnlyPngTransparencyBreaksTheRule() {
        assertThat(rules(TestMedia.fixture("image-extended-alpha-2000x360.webp"))).isEmpty();
    }

    @Test
    void pngWithAlphaChannelOrTransparentColourIsRefused() {
        byte[] palette = TestMedia.pngWithTransparentColour(400, 400);
        assertThat(TestMedia.indexOf(palette, "tRNS")).as("ImageIO wrote a tRNS chunk").isPositive();

        assertThat(rules(TestMedia.pngWithAlpha(400, 400))).containsExactly(Rule.IMAGE_TRANSPARENCY.id());
        assertThat(rules(palette)).containsExactly(Rule.IMAGE_TRANSPARENCY.id());
        assertThat(rules(TestMedia.image("png", 400, 400))).isEmpty();
    }

    @ParameterizedTest(name = "colour type {0}, depth {1}, tRNS {2}: transparency {3}")
    @CsvSource({"0, 8, false, false", "0, 16, true, true", "2, 8, false, false", "2, 8, true, true",
            "4, 8, false, true", "6, 16, false, true", "3, 8, false, false"})
    void transparencyComesFromTheColourTypeOrATrnsChunk(int colourType, int depth, boolean trns, boolean expected) {
        byte[][] extra = trns ? new byte[][] {TestMedia.chunk("tRNS", new byte[6])}
                : colourType == 3 ? new byte[][] {TestMedia.chunk("PLTE", new byte[3])} : new byte[0][];
        byte[] png = TestMedia.png(500, 400, colourType, depth, extra);

        assertThat(recognised(png)).isEqualTo(new MediaInfo(MediaFormat.PNG, png.length, 500, 400, null, expected));
    }

    @Test
    void topDownBmpWithNegativeHeightHasThatHeight() {
        byte[] bmp = TestMedia.image("bmp", 420, 380);
        ByteBuffer header = ByteBuffer.wrap(bmp).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(22)).as("ImageIO wrote a bottom-up BMP").isEqualTo(380);
        header.putInt(22, -380);

        assertThat(recognised(bmp)).isEqualTo(new MediaInfo(MediaFormat.BMP, bmp.length, 420, 380, null, false));
    }

    @Test
    void os2CoreHeaderBmpIsRead() {
        int width = 400;
        int height = 361;
        int rowBytes = (width * 24 + 31) / 32 * 4;
        ByteBuffer b = TestMedia.littleEndian(26 + rowBytes * height);
        b.put((byte) 'B').put((byte) 'M').putInt(b.capacity()).putInt(0).putInt(26)
                .putInt(12).putShort((short) width).putShort((short) height).putShort((short) 1).putShort((short) 24);

        assertThat(recognised(b.array()))
                .isEqualTo(new MediaInfo(MediaFormat.BMP, b.capacity(), width, height, null, false));
    }

    @Test
    void jpegWithSmallTrailerPassesButOneBeyond64KbHidesItsEnd() {
        byte[] jpeg = TestMedia.image("jpeg", 400, 400);

        assertThat(rules(TestMedia.concat(jpeg, new byte[1000]))).isEmpty();
        assertThat(rules(TestMedia.concat(jpeg, new byte[70_000]))).containsExactly(Rule.MEDIA_UNREADABLE.id());
    }

    @Test
    void anImageOfAnotherFormatIsNamed() {
        List<Violation> gif = MediaChecks.check("references[0]", MediaKind.IMAGE,
                MediaSource.bytes(TestMedia.image("gif", 400, 400)), TestMedia.SEED_004);

        assertThat(gif).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo(Rule.MEDIA_FORMAT.id());
            assertThat(v.message()).isEqualTo("the content is a GIF image, not a JPEG, PNG, BMP or WEBP image;"
                    + " convert it to PNG or JPEG");
        });
    }
}
