package dev.wanr2v.mediafit;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import dev.wanr2v.spi.ImageFitter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * A JPEG's EXIF orientation (TIFF tag 274, read with TwelveMonkeys' segment and TIFF readers) and the
 * turn or flip that makes the pixels upright. 1 is upright; 5 to 8 swap width and height.
 */
final class ExifOrientation {
    private ExifOrientation() {
    }

    /** The orientation of a JPEG's first EXIF segment; 1 when there is none or it cannot be read. */
    static int read(ImageFitter.Original image) {
        try (InputStream in = image.open(); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(stream, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            try (InputStream data = exif.get(0).data()) {
                if (data.read() != 0) {
                    return 1;
                }
                try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
                    Directory ifd0 = new TIFFReader().read(tiff);
                    Entry entry = ifd0.getEntryById(TIFF.TAG_ORIENTATION);
                    int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : 1;
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** Whether the orientation turns the image by a quarter (width and height swap). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The pixels made upright: turned and flipped as the orientation says. */
    static BufferedImage apply(BufferedImage src, int orientation) {
        if (orientation <= 1) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = swapsSides(orientation);
        int dw = swap ? h : w;
        int dh = swap ? w : h;
        int[] in = src.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[in.length];
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                out[y * dw + x] = in[sy * w + sx];
            }
        }
        BufferedImage upright = new BufferedImage(dw, dh, src.getType() == BufferedImage.TYPE_INT_ARGB
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        upright.setRGB(0, 0, dw, dh, out, 0, dw);
        return upright;
    }
}
