package dev.wanr2v.internal.media;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Test media: the committed fixtures, images drawn with ImageIO, and hand-built PNG chunks. */
public final class TestMedia {
    /** Every committed fixture. */
    static final List<String> FIXTURES = List.of("image-lossy-400x380.webp", "image-lossless-361x2000.webp",
            "image-extended-alpha-2000x360.webp", "video-5s-faststart.mp4", "video-5s-moov-at-end.mp4",
            "video-2s.mp4", "video-5s-sound.mov", "audio-only-5s.m4a", "audio-5s.wav", "audio-2s.wav",
            "audio-5s-cbr.mp3", "audio-5s-vbr.mp3", "audio-5s-mpeg25-no-xing.mp3");

    /**
     * Seed 004's media limits (the strictest a provider declares: 360..2000 px, 10 MB, videos 3..30 s),
     * for a provider named {@code wan26api}; what the inspection tests were written against.
     */
    public static final MediaScope SEED_004 = new MediaScope(dev.wanr2v.spi.MediaLimits.alibaba()
            .withImage(new dev.wanr2v.spi.MediaLimits.ImageLimits(360, 2000, 10 * dev.wanr2v.spi.MediaLimits.MEGABYTE,
                    false))
            .withVideo(dev.wanr2v.spi.MediaLimits.TimedLimits.ofSeconds(3, 30, 100 * dev.wanr2v.spi.MediaLimits.MEGABYTE)),
            "wan26api", false);

    private TestMedia() {
    }

    public static byte[] fixture(String name) {
        try (InputStream in = TestMedia.class.getResourceAsStream("/media/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] data) {
        try {
            return Files.write(dir.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An opaque RGB image in {@code format} ("jpeg", "png", "bmp", "gif"), drawn by ImageIO. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x3366CC);
        return encode(image, format);
    }

    /** A PNG with an alpha channel (colour type 6). */
    public static byte[] pngWithAlpha(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A palette PNG whose colour 0 is transparent: ImageIO writes it as colour type 3 with a tRNS chunk. */
    static byte[] pngWithTransparentColour(int width, int height) {
        byte[] grey = {0, (byte) 0x80};
        IndexColorModel palette = new IndexColorModel(8, 2, grey, grey, grey, 0);
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, palette), "png");
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("ImageIO has no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG built chunk by chunk: IHDR, the given extra chunks, one IDAT of blank rows, IEND. */
    static byte[] png(int width, int height, int colourType, int bitDepth, byte[]... extraChunks) {
        int channels = switch (colourType) {
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 1;
        };
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
                .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        int rowBytes = 1 + (width * channels * bitDepth + 7) / 8;
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[rowBytes * height]);
        deflater.finish();
        byte[] buffer = new byte[rowBytes * height + 1024];
        int compressed = deflater.deflate(buffer);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ihdr.array()));
        for (byte[] extra : extraChunks) {
            out.writeBytes(extra);
        }
        out.writeBytes(chunk("IDAT", java.util.Arrays.copyOf(buffer, compressed)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** One PNG chunk: length, type, data, CRC of type and data. */
    static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static ByteBuffer littleEndian(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Where {@code needle} first occurs in {@code haystack}, or -1. */
    static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
