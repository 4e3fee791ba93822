package dev.wanr2v.bench;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Hand-built ISO media boxes (ISO/IEC 14496-12), as core's test {@code Boxes} builds them. */
final class IsoBox {
    private IsoBox() {
    }

    static byte[] box(String type, byte[]... payload) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : payload) {
            body.writeBytes(p);
        }
        return ByteBuffer.allocate(8 + body.size()).putInt(8 + body.size()).put(ascii(type)).put(body.toByteArray())
                .array();
    }

    static byte[] ftyp(String brand) {
        return box("ftyp", ascii(brand), new byte[] {0, 0, 2, 0}, ascii(brand), ascii("mp41"));
    }

    /** A movie: an {@code mvhd} (version 0) and one track per handler, each lasting the whole movie. */
    static byte[] moov(long timescale, long duration, String... handlers) {
        byte[][] parts = new byte[handlers.length + 1][];
        ByteBuffer mvhd = ByteBuffer.allocate(100).put(new byte[4]).putInt(0).putInt(0).putInt((int) timescale)
                .putInt((int) duration);
        parts[0] = box("mvhd", mvhd.array());
        for (int i = 0; i < handlers.length; i++) {
            ByteBuffer tkhd = ByteBuffer.allocate(84).put(new byte[] {0, 0, 0, 3}).putInt(0).putInt(0).putInt(1)
                    .putInt(0).putInt((int) duration);
            byte[] hdlr = box("hdlr", new byte[8], ascii(handlers[i]), new byte[13]);
            parts[i + 1] = box("trak", box("tkhd", tkhd.array()), box("mdia", box("mdhd", new byte[24]), hdlr));
        }
        return box("moov", parts);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
