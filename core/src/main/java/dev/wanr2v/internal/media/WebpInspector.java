package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * WEBP: checks the RIFF size against the data, walks the chunk headers, and reads the size from the
 * first chunk: a lossy {@code VP8 } key-frame header, a lossless {@code VP8L} header, or the canvas of
 * an extended {@code VP8X} file (whose flags also say whether it has alpha).
 */
final class WebpInspector {
    static final String LABEL = "WEBP";
    private static final int VP8X_ALPHA = 0x10;

    private WebpInspector() {
    }

    static MediaInfo inspect(MediaInput in) throws IOException, DamagedMediaException {
        List<Riff.Chunk> chunks = Riff.chunks(in, 12, Riff.formEnd(in));
        if (chunks.isEmpty()) {
            throw new DamagedMediaException("it holds no image chunk");
        }
        Riff.Chunk first = chunks.get(0);
        return switch (first.id()) {
            case "VP8 " -> lossy(in, first);
            case "VP8L" -> lossless(in, first);
            case "VP8X" -> extended(in, first, chunks);
            default -> throw new DamagedMediaException("its first chunk is '" + first.id()
                    + "', not VP8, VP8L or VP8X");
        };
    }

    private static MediaInfo lossy(MediaInput in, Riff.Chunk chunk) throws IOException, DamagedMediaException {
        ByteBuffer b = read(in, chunk, 10);
        boolean keyFrame = (MediaInput.u8(b, 0) & 1) == 0;
        boolean startCode = MediaInput.u8(b, 3) == 0x9D && MediaInput.u8(b, 4) == 0x01 && MediaInput.u8(b, 5) == 0x2A;
        if (!keyFrame || !startCode) {
            throw new DamagedMediaException("its VP8 chunk does not start with a key frame");
        }
        return image(in, MediaInput.u16(b, 6) & 0x3FFF, MediaInput.u16(b, 8) & 0x3FFF, false);
    }

    private static MediaInfo lossless(MediaInput in, Riff.Chunk chunk) throws IOException, DamagedMediaException {
        ByteBuffer b = read(in, chunk, 5);
        long bits = MediaInput.u32(b, 1);
        if (MediaInput.u8(b, 0) != 0x2F || (bits >>> 29) != 0) {
            throw new DamagedMediaException("its VP8L chunk has no valid lossless header");
        }
        int width = (int) (bits & 0x3FFF) + 1;
        int height = (int) ((bits >>> 14) & 0x3FFF) + 1;
        return image(in, width, height, ((bits >>> 28) & 1) == 1);
    }

    private static MediaInfo extended(MediaInput in, Riff.Chunk chunk, List<Riff.Chunk> chunks)
            throws IOException, DamagedMediaException {
        if (chunks.stream().noneMatch(c -> c.id().equals("VP8 ") || c.id().equals("VP8L") || c.id().equals("ANMF"))) {
            throw new DamagedMediaException("its extended header is followed by no image data");
        }
        ByteBuffer b = read(in, chunk, 10);
        int width = uint24(b, 4) + 1;
        int height = uint24(b, 7) + 1;
        return image(in, width, height, (MediaInput.u8(b, 0) & VP8X_ALPHA) != 0);
    }

    private static ByteBuffer read(MediaInput in, Riff.Chunk chunk, int length)
            throws IOException, DamagedMediaException {
        if (chunk.size() < length) {
            throw new DamagedMediaException("its '" + chunk.id() + "' chunk is too short: " + chunk.size() + " bytes");
        }
        return in.readLittleEndian(chunk.dataStart(), length, "the '" + chunk.id() + "' header");
    }

    private static int uint24(ByteBuffer b, int index) {
        return MediaInput.u8(b, index) | MediaInput.u8(b, index + 1) << 8 | MediaInput.u8(b, index + 2) << 16;
    }

    private static MediaInfo image(MediaInput in, int width, int height, boolean alpha) throws DamagedMediaException {
        if (width == 0 || height == 0) {
            throw new DamagedMediaException("its header gives a size of " + width + "x" + height + " pixels");
        }
        return MediaInfo.image(MediaFormat.WEBP, in.size(), width, height, alpha);
    }
}
