package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFormat;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * PNG: reads the IHDR chunk (size, colour type) and walks every chunk header up to IEND, reading 8
 * bytes per chunk and seeking past the data, to find a {@code tRNS} chunk and to catch a cut file.
 * CRCs are not checked (that would read everything).
 */
final class PngInspector {
    static final String LABEL = "PNG";
    private static final int MAX_CHUNKS = 65_536;
    private static final long MAX_CHUNK_LENGTH = 0x7FFF_FFFFL;

    private PngInspector() {
    }

    static MediaInfo inspect(MediaInput in) throws IOException, DamagedMediaException {
        ByteBuffer ihdr = in.read(8, 8 + 13, "the IHDR header chunk");
        if (!MediaInput.fourCc(ihdr, 4).equals("IHDR") || MediaInput.u32(ihdr, 0) != 13) {
            throw new DamagedMediaException("the first chunk is not a 13-byte IHDR header");
        }
        long width = MediaInput.u32(ihdr, 8);
        long height = MediaInput.u32(ihdr, 12);
        int bitDepth = MediaInput.u8(ihdr, 16);
        int colourType = MediaInput.u8(ihdr, 17);
        if (width == 0 || height == 0 || width > MAX_CHUNK_LENGTH || height > MAX_CHUNK_LENGTH) {
            throw new DamagedMediaException("IHDR gives an impossible size of " + width + "x" + height + " pixels");
        }
        if (!validDepth(colourType, bitDepth)) {
            throw new DamagedMediaException("IHDR gives colour type " + colourType + " with bit depth " + bitDepth
                    + ", which PNG does not define");
        }
        boolean transparency = colourType == 4 || colourType == 6;
        long pos = 8;
        for (int chunks = 0; chunks < MAX_CHUNKS; chunks++) {
            ByteBuffer header = in.read(pos, 8, "the chunk header at byte " + pos);
            long length = MediaInput.u32(header, 0);
            String type = MediaInput.fourCc(header, 4);
            if (length > MAX_CHUNK_LENGTH || !isChunkType(type)) {
                throw new DamagedMediaException("the chunk header at byte " + pos + " is not a valid PNG chunk");
            }
            long end = pos + 12 + length;
            if (end > in.size()) {
                throw DamagedMediaException.cut("chunk " + type, pos, end, in.size());
            }
            if (type.equals("tRNS")) {
                transparency = true;
            } else if (type.equals("IEND")) {
                return MediaInfo.image(MediaFormat.PNG, in.size(), (int) width, (int) height, transparency);
            }
            pos = end;
        }
        throw new DamagedMediaException("more than " + MAX_CHUNKS + " chunks before IEND");
    }

    private static boolean validDepth(int colourType, int depth) {
        return switch (colourType) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
    }

    private static boolean isChunkType(String type) {
        for (int i = 0; i < 4; i++) {
            char c = type.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }
}
