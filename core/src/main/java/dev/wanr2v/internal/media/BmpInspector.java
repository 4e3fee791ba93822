package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * BMP: reads the 14-byte file header and the DIB header (OS/2 core or Windows info headers), takes
 * width and height (a negative height means top-down rows), and checks that the pixel data the
 * header describes fits in the file.
 */
final class BmpInspector {
    static final String LABEL = "BMP";
    /** The DIB header sizes that exist: OS/2 core, Windows info V1 to V5, OS/2 2.x. */
    static final Set<Long> DIB_HEADER_SIZES = Set.of(12L, 40L, 52L, 56L, 64L, 108L, 124L);
    private static final int CORE_HEADER = 12;
    private static final int RGB = 0;
    private static final int RLE8 = 1;
    private static final int RLE4 = 2;
    private static final int BITFIELDS = 3;
    private static final int ALPHA_BITFIELDS = 6;

    private BmpInspector() {
    }

    static MediaInfo inspect(MediaInput in) throws IOException, DamagedMediaException {
        ByteBuffer file = in.readLittleEndian(0, 18, "the file header");
        long pixelOffset = MediaInput.u32(file, 10);
        long dibSize = MediaInput.u32(file, 14);
        if (!DIB_HEADER_SIZES.contains(dibSize)) {
            throw new DamagedMediaException("its DIB header has an unknown size of " + dibSize + " bytes");
        }
        ByteBuffer dib = in.readLittleEndian(14, (int) dibSize, "the DIB header");
        long width;
        long height;
        int planes;
        int bitCount;
        int compression = RGB;
        long imageSize = 0;
        if (dibSize == CORE_HEADER) {
            width = MediaInput.u16(dib, 4);
            height = MediaInput.u16(dib, 6);
            planes = MediaInput.u16(dib, 8);
            bitCount = MediaInput.u16(dib, 10);
        } else {
            width = dib.getInt(4);
            height = dib.getInt(8);
            planes = MediaInput.u16(dib, 12);
            bitCount = MediaInput.u16(dib, 14);
            compression = dib.getInt(16);
            imageSize = MediaInput.u32(dib, 20);
        }
        long rows = Math.abs(height);
        if (width <= 0 || rows == 0 || rows > Integer.MAX_VALUE || planes != 1) {
            throw new DamagedMediaException("its header gives an impossible size of " + width + "x" + height
                    + " pixels in " + planes + " planes");
        }
        long pixelBytes = pixelBytes(width, rows, bitCount, compression, imageSize);
        if (pixelOffset < 14 + dibSize) {
            throw new DamagedMediaException("its pixel data would start at byte " + pixelOffset
                    + ", inside its own headers");
        }
        if (pixelBytes > in.size() - pixelOffset) {
            throw new DamagedMediaException("its pixel data (" + pixelBytes + " bytes from byte " + pixelOffset
                    + ") runs past the end of the data at " + in.size() + " bytes: it is cut, or its header lies");
        }
        return MediaInfo.image(MediaFormat.BMP, in.size(), (int) width, (int) rows, false);
    }

    private static long pixelBytes(long width, long rows, int bitCount, int compression, long imageSize)
            throws DamagedMediaException {
        boolean uncompressed = compression == RGB || compression == BITFIELDS || compression == ALPHA_BITFIELDS;
        if (uncompressed) {
            if (!Set.of(1, 4, 8, 16, 24, 32).contains(bitCount)) {
                throw new DamagedMediaException("its header gives " + bitCount + " bits per pixel, which BMP does"
                        + " not define");
            }
            long rowBytes = (width * bitCount + 31) / 32 * 4;
            return rowBytes > Long.MAX_VALUE / rows ? Long.MAX_VALUE : rowBytes * rows;
        }
        if (compression < RLE8 || compression > ALPHA_BITFIELDS) {
            throw new DamagedMediaException("its header names compression " + Integer.toUnsignedString(compression)
                    + ", which BMP does not define");
        }
        if (imageSize == 0 || (compression == RLE8 && bitCount != 8) || (compression == RLE4 && bitCount != 4)) {
            throw new DamagedMediaException("its compressed pixel data has no size, or a bit depth that does not"
                    + " match its compression");
        }
        return imageSize;
    }
}
