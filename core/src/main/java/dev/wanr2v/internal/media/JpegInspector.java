package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFormat;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * JPEG: walks the marker segments from SOI, reading 4 bytes per segment header and seeking past the
 * payloads (EXIF, ICC…), takes the size from the SOFn frame header, and checks that an end-of-image
 * marker follows the first scan within the last 64 KB, which catches a file cut anywhere in its image
 * data (entropy-coded data never holds FF D9; stuffing turns FF into FF 00).
 */
final class JpegInspector {
    static final String LABEL = "JPEG";
    private static final int MAX_SEGMENTS = 4096;
    private static final int END_WINDOW = 64 * 1024;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    private JpegInspector() {
    }

    static MediaInfo inspect(MediaInput in) throws IOException, DamagedMediaException {
        long pos = 2;
        int width = -1;
        int height = -1;
        for (int segments = 0; segments < MAX_SEGMENTS; segments++) {
            ByteBuffer marker = in.read(pos, 2, "the marker at byte " + pos);
            if (MediaInput.u8(marker, 0) != 0xFF) {
                throw new DamagedMediaException("byte " + pos + " should start a marker (FF) but holds "
                        + hex(MediaInput.u8(marker, 0)));
            }
            int code = MediaInput.u8(marker, 1);
            if (code == 0xFF) {
                pos++;
                continue;
            }
            if (code == 0x01 || (code >= 0xD0 && code <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (code == EOI || code == 0xD8) {
                throw new DamagedMediaException("marker " + hex(code) + " at byte " + pos
                        + " comes before any image data");
            }
            int length = MediaInput.u16(in.read(pos + 2, 2, "the length of segment " + hex(code)), 0);
            if (length < 2) {
                throw new DamagedMediaException("segment " + hex(code) + " at byte " + pos + " declares a length of "
                        + length + ", less than its own length field");
            }
            long end = pos + 2 + length;
            if (end > in.size()) {
                throw DamagedMediaException.cut("segment " + hex(code), pos, end, in.size());
            }
            if (isFrameHeader(code)) {
                if (length < 8) {
                    throw new DamagedMediaException("the frame header at byte " + pos + " is too short: " + length);
                }
                ByteBuffer frame = in.read(pos + 4, 6, "the frame header at byte " + pos);
                height = MediaInput.u16(frame, 1);
                width = MediaInput.u16(frame, 3);
                if (width == 0 || height == 0) {
                    throw new DamagedMediaException("the frame header gives a size of " + width + "x" + height
                            + " pixels (a height defined later by a DNL marker is not supported)");
                }
            } else if (code == SOS) {
                if (width < 0) {
                    throw new DamagedMediaException("the image data at byte " + pos + " has no frame header before it");
                }
                requireEndOfImage(in, end);
                return MediaInfo.image(MediaFormat.JPEG, in.size(), width, height, false);
            }
            pos = end;
        }
        throw new DamagedMediaException("more than " + MAX_SEGMENTS + " segments before the image data");
    }

    /** SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrameHeader(int code) {
        return code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
    }

    private static void requireEndOfImage(MediaInput in, long scanStart) throws IOException, DamagedMediaException {
        long from = Math.max(scanStart, in.size() - END_WINDOW);
        ByteBuffer tail = in.readUpTo(from, (int) (in.size() - from));
        for (int i = tail.limit() - 2; i >= 0; i--) {
            if (MediaInput.u8(tail, i) == 0xFF && MediaInput.u8(tail, i + 1) == EOI) {
                return;
            }
        }
        throw new DamagedMediaException("no end-of-image marker (FF D9) after the image data: the file is cut"
                + (from > scanStart ? ", or carries more than 64 KB of other data after the image" : ""));
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }
}
