package dev.wanr2v.internal.media;

import dev.wanr2v.MediaKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Names common formats the model does not take, from their first bytes, so messages can say what a file is. */
final class ForeignFormats {
    static final int HEAD_BYTES = 16;
    private static final Inspection.Foreign UNKNOWN = new Inspection.Foreign(null, "of no known media format");

    private ForeignFormats() {
    }

    /** What the first bytes show; a description without kind when nothing is recognised. */
    static Inspection.Foreign identify(ByteBuffer head) {
        byte[] b = new byte[Math.min(head.remaining(), HEAD_BYTES)];
        head.duplicate().get(b);
        String text = new String(b, StandardCharsets.ISO_8859_1);
        String form = text.length() >= 12 ? text.substring(8, 12) : "";
        if (text.startsWith("GIF87a") || text.startsWith("GIF89a")) {
            return image("a GIF image");
        }
        if (text.startsWith("II*\0") || text.startsWith("MM\0*")) {
            return image("a TIFF image");
        }
        if (text.startsWith("\u00FF\n") || text.startsWith("\0\0\0\fJXL ")) {
            return image("a JPEG XL image");
        }
        if (text.startsWith("\u001AE\u00DF\u00A3")) {
            return video("a WebM or Matroska video");
        }
        if (text.startsWith("RIFF") && form.equals("AVI ")) {
            return video("an AVI video");
        }
        if (text.startsWith("FLV\u0001")) {
            return video("an FLV video");
        }
        if (text.startsWith("\0\0\u0001\u00BA") || text.startsWith("\0\0\u0001\u00B3")) {
            return video("an MPEG program stream video");
        }
        if (text.startsWith("fLaC")) {
            return audio("FLAC audio");
        }
        if (text.startsWith("OggS")) {
            return audio("an Ogg file (Vorbis or Opus audio)");
        }
        if (text.startsWith("FORM") && (form.equals("AIFF") || form.equals("AIFC"))) {
            return audio("AIFF audio");
        }
        if (text.startsWith("#!AMR")) {
            return audio("AMR audio");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xF6) == 0xF0) {
            return audio("AAC audio in ADTS frames");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0 && (b[1] & 0x04) != 0) {
            return audio("MPEG audio of layer I or II (not layer III, MP3)");
        }
        if (text.startsWith("RIFF")) {
            return new Inspection.Foreign(null, "a RIFF file of type '" + printable(form) + "'");
        }
        if (text.startsWith("%PDF")) {
            return new Inspection.Foreign(null, "a PDF document");
        }
        if (text.startsWith("PK\u0003\u0004")) {
            return new Inspection.Foreign(null, "a ZIP archive");
        }
        return UNKNOWN;
    }

    /** The kind and name of an ISO media file by its {@code ftyp} major brand, or {@code null} for MP4 brands. */
    static Inspection.Foreign ofBrand(String brand) {
        if (brand.startsWith("M4A") || brand.startsWith("M4B") || brand.startsWith("M4P")) {
            return audio("M4A audio (an MP4 file for sound only)");
        }
        if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
            return image("a HEIF/HEIC image");
        }
        if (brand.equals("avif") || brand.equals("avis")) {
            return image("an AVIF image");
        }
        if (brand.startsWith("3gp") || brand.startsWith("3g2")) {
            return video("a 3GP video");
        }
        if (brand.equals("crx ")) {
            return image("a Canon raw image");
        }
        return null;
    }

    private static Inspection.Foreign image(String what) {
        return new Inspection.Foreign(MediaKind.IMAGE, what);
    }

    private static Inspection.Foreign video(String what) {
        return new Inspection.Foreign(MediaKind.VIDEO, what);
    }

    private static Inspection.Foreign audio(String what) {
        return new Inspection.Foreign(MediaKind.AUDIO, what);
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
