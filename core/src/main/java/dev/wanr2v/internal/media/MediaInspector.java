package dev.wanr2v.internal.media;

import dev.wanr2v.internal.Redaction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Set;

/**
 * Recognises media by its content (magic bytes, never a file name) and measures it with positional
 * reads of headers only. Never throws for bad content: every problem is an {@link Inspection}.
 */
public final class MediaInspector {
    /** No image, video or audio file we accept is smaller; shorter content is reported as cut. */
    static final int MIN_BYTES = 12;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Box types an ISO media file (MP4, QuickTime) starts with; old QuickTime files have no ftyp. */
    private static final Set<String> FIRST_BOXES = Set.of("ftyp", "moov", "mdat", "free", "skip", "wide", "pnot");

    private MediaInspector() {
    }

    @FunctionalInterface
    private interface FormatInspector {
        MediaInfo inspect(MediaInput in) throws IOException, DamagedMediaException, ForeignMediaException;
    }

    private record Detected(String label, FormatInspector inspector) {
    }

    /** Inspects bytes in memory, without copying them. */
    public static Inspection inspect(byte[] data) {
        return inspect(new ByteArrayChannel(data));
    }

    /**
     * Inspects the content of a channel, reading only what it needs by position. The channel is left
     * open; its position is changed.
     */
    public static Inspection inspect(SeekableByteChannel channel) {
        try {
            MediaInput in = new MediaInput(channel);
            if (in.size() < MIN_BYTES) {
                return new Inspection.Unreadable(in.size() == 0 ? "it is empty (0 bytes)"
                        : "it has only " + in.size() + " bytes, too few for any image, video or audio: it is cut");
            }
            ByteBuffer head = in.readUpTo(0, ForeignFormats.HEAD_BYTES + 4);
            Detected detected = detect(head, in.size());
            if (detected == null) {
                return ForeignFormats.identify(head);
            }
            try {
                return new Inspection.Recognised(detected.inspector().inspect(in));
            } catch (DamagedMediaException e) {
                return new Inspection.Unreadable("damaged " + detected.label() + ": " + e.getMessage());
            } catch (ForeignMediaException e) {
                return e.toInspection();
            }
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Inspection.Unreadable("reading failed: " + Redaction.shorten(reason, 200));
        }
    }

    private static Detected detect(ByteBuffer head, long size) {
        int b0 = MediaInput.u8(head, 0);
        int b1 = MediaInput.u8(head, 1);
        String first4 = MediaInput.fourCc(head, 0);
        String second4 = MediaInput.fourCc(head, 4);
        String third4 = MediaInput.fourCc(head, 8);
        if (b0 == 0xFF && b1 == 0xD8 && MediaInput.u8(head, 2) == 0xFF) {
            return new Detected(JpegInspector.LABEL, JpegInspector::inspect);
        }
        if (head.limit() >= 8 && head.slice(0, 8).equals(ByteBuffer.wrap(PNG_SIGNATURE))) {
            return new Detected(PngInspector.LABEL, PngInspector::inspect);
        }
        if (b0 == 'B' && b1 == 'M' && (size < 18 || BmpInspector.DIB_HEADER_SIZES.contains(
                Integer.toUnsignedLong(Integer.reverseBytes(head.getInt(14)))))) {
            return new Detected(BmpInspector.LABEL, BmpInspector::inspect);
        }
        if (first4.equals("RIFF") && third4.equals("WEBP")) {
            return new Detected(WebpInspector.LABEL, WebpInspector::inspect);
        }
        if (first4.equals("RIFF") && third4.equals("WAVE")) {
            return new Detected(WavInspector.LABEL, WavInspector::inspect);
        }
        if (FIRST_BOXES.contains(second4)) {
            return new Detected(IsoMediaInspector.LABEL, IsoMediaInspector::inspect);
        }
        if (first4.startsWith("ID3") || Mp3Frame.looksLikeStart(b0, b1)) {
            return new Detected(Mp3Inspector.LABEL, Mp3Inspector::inspect);
        }
        return null;
    }
}
