package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFormat;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * MP3: skips ID3v2 tags, then walks every frame header (4 bytes read per frame, the audio seeked
 * past) and adds up the samples, so the duration is exact for CBR and VBR alike. A Xing/Info or VBRI
 * header in the first frame is not counted as audio; its frame count must match the frames found,
 * which catches a file cut at a frame boundary. A frame that runs past the end means the file is cut.
 * After the last frame, tags (ID3v1, APE, Lyrics3) and up to 4 KB of other bytes are allowed. Past
 * {@link #MAX_FRAMES} frames the rest is estimated from the first frame's bitrate.
 */
final class Mp3Inspector {
    static final String LABEL = "MP3";
    private static final int MAX_TAGS = 16;
    /** Over 38 minutes of audio at 48 kHz: far past the 30 s limit, so the rest is estimated. */
    static final int MAX_FRAMES = 100_000;
    private static final int MAX_TRAILER = 4096;
    /** Consecutive frames needed to recognise a stream: one sync word can occur in any data by chance. */
    private static final int MIN_FRAMES = 2;
    private static final int VBRI_OFFSET = 36;

    private Mp3Inspector() {
    }

    /** A Xing/Info or VBRI header: how many audio frames it announces ({@code -1}: not said), give or take. */
    private record InfoFrame(long frames, int tolerance) {
    }

    static MediaInfo inspect(MediaInput in) throws IOException, DamagedMediaException, ForeignMediaException {
        long start = skipZeros(in, skipId3Tags(in));
        Mp3Frame first = Mp3Frame.parse(in.read(start, 4, "the first frame header").getInt(0));
        if (first == null) {
            Inspection.Foreign other = ForeignFormats.identify(in.readUpTo(start, ForeignFormats.HEAD_BYTES));
            if (other.kind() != null) {
                throw new ForeignMediaException(other.kind(), other.description() + " behind an ID3 tag");
            }
            throw new DamagedMediaException("byte " + start + " should start an MP3 frame, but does not");
        }
        InfoFrame info = infoFrame(in, start, first);
        long pos = info == null ? start : start + first.length();
        long frames = 0;
        long samples = 0;
        while (in.size() - pos >= 4 && frames < MAX_FRAMES) {
            Mp3Frame frame = Mp3Frame.parse(in.read(pos, 4, "a frame header").getInt(0));
            if (frame == null || !frame.sameStream(first)) {
                break;
            }
            if (pos + frame.length() > in.size()) {
                throw DamagedMediaException.cut("frame " + (frames + 1), pos, pos + frame.length(), in.size());
            }
            frames++;
            samples += frame.samples();
            pos += frame.length();
        }
        double seconds = (double) samples / first.sampleRate();
        if (frames == MAX_FRAMES) {
            return MediaInfo.timed(MediaFormat.MP3, in.size(), seconds + (in.size() - pos) * 8.0 / first.bitrate());
        }
        if (frames < MIN_FRAMES) {
            throw new DamagedMediaException(frames == 0 ? "it holds no audio frames"
                    : "it holds a single audio frame; a frame sync followed by anything is not yet an MP3 stream");
        }
        checkTrailer(in, pos);
        if (info != null && info.frames() >= 0 && Math.abs(info.frames() - frames) > info.tolerance()) {
            throw new DamagedMediaException("its header announces " + info.frames() + " frames, but " + frames
                    + " were found: it is cut, or was joined from several files");
        }
        return MediaInfo.timed(MediaFormat.MP3, in.size(), seconds);
    }

    private static long skipId3Tags(MediaInput in) throws IOException, DamagedMediaException {
        long pos = 0;
        for (int tags = 0; tags < MAX_TAGS; tags++) {
            ByteBuffer b = in.readUpTo(pos, 10);
            if (b.remaining() < 10 || !MediaInput.fourCc(b, 0).startsWith("ID3")) {
                return pos;
            }
            long size = 0;
            for (int i = 6; i < 10; i++) {
                int part = MediaInput.u8(b, i);
                if (part >= 0x80) {
                    throw new DamagedMediaException("the ID3v2 tag at byte " + pos + " has a broken size field");
                }
                size = size << 7 | part;
            }
            long end = pos + 10 + size + ((MediaInput.u8(b, 5) & 0x10) != 0 ? 10 : 0);
            if (end > in.size()) {
                throw DamagedMediaException.cut("the ID3v2 tag", pos, end, in.size());
            }
            pos = end;
        }
        throw new DamagedMediaException("more than " + MAX_TAGS + " ID3v2 tags");
    }

    /** Some taggers leave zero padding after the tag, outside its declared size. */
    private static long skipZeros(MediaInput in, long pos) throws IOException {
        ByteBuffer first = in.readUpTo(pos, 1);
        if (!first.hasRemaining() || first.get(0) != 0) {
            return pos;
        }
        ByteBuffer window = in.readUpTo(pos, MAX_TRAILER);
        int zeros = 0;
        while (zeros < window.limit() && window.get(zeros) == 0) {
            zeros++;
        }
        return pos + zeros;
    }

    private static InfoFrame infoFrame(MediaInput in, long pos, Mp3Frame frame)
            throws IOException, DamagedMediaException {
        if (pos + frame.length() > in.size()) {
            throw DamagedMediaException.cut("the first frame", pos, pos + frame.length(), in.size());
        }
        ByteBuffer xing = in.readUpTo(pos + frame.xingOffset(), Math.min(12, frame.length() - frame.xingOffset()));
        if (xing.remaining() >= 8) {
            String tag = MediaInput.fourCc(xing, 0);
            if (tag.equals("Xing") || tag.equals("Info")) {
                boolean hasFrames = (xing.getInt(4) & 1) != 0 && xing.remaining() >= 12;
                return new InfoFrame(hasFrames ? MediaInput.u32(xing, 8) : -1, 0);
            }
        }
        ByteBuffer vbri = in.readUpTo(pos + VBRI_OFFSET, Math.min(18, frame.length() - VBRI_OFFSET));
        if (vbri.remaining() == 18 && MediaInput.fourCc(vbri, 0).equals("VBRI")) {
            return new InfoFrame(MediaInput.u32(vbri, 14), 1);
        }
        return null;
    }

    private static void checkTrailer(MediaInput in, long pos) throws IOException, DamagedMediaException {
        long remaining = in.size() - pos;
        if (remaining == 0) {
            return;
        }
        ByteBuffer head = in.readUpTo(pos, 11);
        if (remaining < 4 && MediaInput.u8(head, 0) == 0xFF) {
            throw new DamagedMediaException("it ends inside a frame header at byte " + pos + ": it is cut");
        }
        String text = new String(head.array(), 0, head.limit(), java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean tag = text.startsWith("TAG") || text.startsWith("APETAGEX") || text.startsWith("LYRICSBEGIN")
                || text.startsWith("ID3");
        if (!tag && remaining > MAX_TRAILER) {
            throw new DamagedMediaException(remaining + " bytes from byte " + pos + " are not MP3 frames");
        }
    }
}
