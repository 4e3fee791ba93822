package dev.wanr2v.internal.media;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Hand-built ISO media boxes, laid out as ISO/IEC 14496-12 describes them. */
final class Boxes {
    private Boxes() {
    }

    static byte[] box(String type, byte[]... payload) {
        byte[] body = TestMedia.concat(payload);
        return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length).put(ascii(type)).put(body).array();
    }

    /** A box whose size is in the 64-bit {@code largesize} field (size field 1). */
    static byte[] largeBox(String type, byte[]... payload) {
        byte[] body = TestMedia.concat(payload);
        return ByteBuffer.allocate(16 + body.length).putInt(1).put(ascii(type)).putLong(16 + body.length)
                .put(body).array();
    }

    /** A header claiming any size, with no payload. */
    static byte[] header(long size, String type) {
        return ByteBuffer.allocate(8).putInt((int) size).put(ascii(type)).array();
    }

    static byte[] ftyp(String brand) {
        return box("ftyp", ascii(brand), new byte[] {0, 0, 2, 0}, ascii(brand), ascii("mp41"));
    }

    /** A movie header: version 0 (32-bit times) or 1 (64-bit times), then rate, volume, matrix… zeros. */
    static byte[] mvhd(int version, long timescale, long duration) {
        ByteBuffer b = ByteBuffer.allocate(version == 0 ? 100 : 112).put((byte) version).put(new byte[3]);
        if (version == 0) {
            b.putInt(0).putInt(0).putInt((int) timescale).putInt((int) duration);
        } else {
            b.putLong(0).putLong(0).putInt((int) timescale).putLong(duration);
        }
        return box("mvhd", b.array());
    }

    static byte[] tkhd(int version, long duration) {
        ByteBuffer b = ByteBuffer.allocate(version == 0 ? 84 : 96).put((byte) version).put(new byte[] {0, 0, 3});
        if (version == 0) {
            b.putInt(0).putInt(0).putInt(1).putInt(0).putInt((int) duration);
        } else {
            b.putLong(0).putLong(0).putInt(1).putInt(0).putLong(duration);
        }
        return box("tkhd", b.array());
    }

    static byte[] hdlr(String handler) {
        return box("hdlr", new byte[8], ascii(handler), new byte[13]);
    }

    static byte[] trak(String handler, long duration) {
        return box("trak", tkhd(0, duration), box("mdia", box("mdhd", new byte[24]), hdlr(handler)));
    }

    /** A whole moov: an mvhd and one track per handler, every track lasting the movie's duration. */
    static byte[] moov(long timescale, long duration, String... handlers) {
        byte[][] parts = new byte[handlers.length + 1][];
        parts[0] = mvhd(0, timescale, duration);
        for (int i = 0; i < handlers.length; i++) {
            parts[i + 1] = trak(handlers[i], duration);
        }
        return box("moov", parts);
    }

    /** ftyp, moov, then an mdat of {@code mediaBytes} zero bytes. */
    static byte[] mp4(String brand, long timescale, long duration, int mediaBytes, String... handlers) {
        return TestMedia.concat(ftyp(brand), moov(timescale, duration, handlers), box("mdat", new byte[mediaBytes]));
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
