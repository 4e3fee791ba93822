package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * MP4 and MOV: walks the top-level boxes by their headers (wherever {@code moov} is, even after a huge
 * {@code mdat}), tells MOV from MP4 by the {@code ftyp} major brand, reads the duration from
 * {@code mvhd} (version 0 or 1), and reads each track's {@code tkhd} duration and {@code hdlr} type.
 * The movie must have a video track, and its duration must agree with its longest track within a
 * second; fragmented files without one fall back to {@code mehd}.
 */
final class IsoMediaInspector {
    static final String LABEL = "MP4/MOV";
    private static final long UNKNOWN = -1;

    private IsoMediaInspector() {
    }

    private record Tracks(boolean video, boolean sound, long longest) {
    }

    static MediaInfo inspect(MediaInput in) throws IOException, DamagedMediaException, ForeignMediaException {
        IsoBoxes boxes = new IsoBoxes(in);
        List<IsoBoxes.Box> top = boxes.topLevel();
        MediaFormat format = format(in, top);
        IsoBoxes.Box moov = required(top, "moov", "the movie header: the file is cut, or was never finished");
        required(top, "mdat", "the media data");
        List<IsoBoxes.Box> movie = boxes.children(moov);
        IsoBoxes.Box mvhd = required(movie, "mvhd", "the movie header");
        long duration = versioned(in, mvhd, 16, 24, "the movie header");
        boolean version1 = in.read(mvhd.payload(), 1, "the movie header").get(0) == 1;
        long timescale = MediaInput.u32(in.read(mvhd.payload() + (version1 ? 20 : 12), 4, "the time scale"), 0);
        if (timescale == 0) {
            throw new DamagedMediaException("its movie header gives a time scale of 0");
        }
        Tracks tracks = tracks(in, boxes, movie);
        if (!tracks.video()) {
            String what = format == MediaFormat.MOV ? "a MOV" : "an MP4";
            throw new ForeignMediaException(tracks.sound() ? MediaKind.AUDIO : null, what + " file with "
                    + (tracks.sound() ? "sound" : "no sound") + " and no video track");
        }
        if (duration <= 0) {
            duration = Math.max(fragmentDuration(in, boxes, movie), tracks.longest());
            if (duration <= 0) {
                throw new DamagedMediaException("its duration is not recorded (a fragmented file without an 'mehd'"
                        + " box); remux it: ffmpeg -i IN -c copy -movflags +faststart OUT.mp4");
            }
        } else if (tracks.longest() > 0 && Math.abs(duration - tracks.longest()) > timescale) {
            throw new DamagedMediaException("its movie header says " + seconds(duration, timescale)
                    + " s, but its longest track lasts " + seconds(tracks.longest(), timescale) + " s");
        }
        return MediaInfo.timed(format, in.size(), (double) duration / timescale);
    }

    private static MediaFormat format(MediaInput in, List<IsoBoxes.Box> top)
            throws IOException, DamagedMediaException, ForeignMediaException {
        IsoBoxes.Box ftyp = IsoBoxes.find(top, "ftyp");
        if (ftyp == null) {
            return MediaFormat.MOV;
        }
        if (ftyp.payloadSize() < 8) {
            throw new DamagedMediaException("its 'ftyp' box is too short: " + ftyp.payloadSize() + " bytes");
        }
        String brand = MediaInput.fourCc(in.read(ftyp.payload(), 4, "the file type"), 0);
        Inspection.Foreign other = ForeignFormats.ofBrand(brand);
        if (other != null) {
            throw new ForeignMediaException(other.kind(), other.description());
        }
        return brand.equals("qt  ") ? MediaFormat.MOV : MediaFormat.MP4;
    }

    private static Tracks tracks(MediaInput in, IsoBoxes boxes, List<IsoBoxes.Box> movie)
            throws IOException, DamagedMediaException {
        boolean video = false;
        boolean sound = false;
        long longest = 0;
        for (IsoBoxes.Box trak : movie) {
            if (!trak.type().equals("trak")) {
                continue;
            }
            List<IsoBoxes.Box> track = boxes.children(trak);
            IsoBoxes.Box tkhd = IsoBoxes.find(track, "tkhd");
            if (tkhd != null) {
                longest = Math.max(longest, versioned(in, tkhd, 20, 28, "a track header"));
            }
            IsoBoxes.Box mdia = IsoBoxes.find(track, "mdia");
            IsoBoxes.Box hdlr = mdia == null ? null : IsoBoxes.find(boxes.children(mdia), "hdlr");
            if (hdlr != null && hdlr.payloadSize() >= 12) {
                String handler = MediaInput.fourCc(in.read(hdlr.payload() + 8, 4, "a handler type"), 0);
                video |= handler.equals("vide");
                sound |= handler.equals("soun");
            }
        }
        return new Tracks(video, sound, longest);
    }

    private static long fragmentDuration(MediaInput in, IsoBoxes boxes, List<IsoBoxes.Box> movie)
            throws IOException, DamagedMediaException {
        IsoBoxes.Box mvex = IsoBoxes.find(movie, "mvex");
        IsoBoxes.Box mehd = mvex == null ? null : IsoBoxes.find(boxes.children(mvex), "mehd");
        return mehd == null ? UNKNOWN : versioned(in, mehd, 4, 4, "the fragment header");
    }

    /**
     * A duration field of a full box: 32 bits at {@code v0Offset} in version 0, 64 bits at
     * {@code v1Offset} in version 1. All ones means unknown ({@code -1}).
     */
    private static long versioned(MediaInput in, IsoBoxes.Box box, int v0Offset, int v1Offset, String what)
            throws IOException, DamagedMediaException {
        int version = MediaInput.u8(in.read(box.payload(), 1, what), 0);
        if (version > 1) {
            throw new DamagedMediaException(what + " at byte " + box.start() + " has unknown version " + version);
        }
        int offset = version == 0 ? v0Offset : v1Offset;
        int width = version == 0 ? 4 : 8;
        if (box.payloadSize() < offset + width) {
            throw new DamagedMediaException(what + " at byte " + box.start() + " is too short: "
                    + box.payloadSize() + " bytes");
        }
        ByteBuffer field = in.read(box.payload() + offset, width, what);
        long value = version == 0 ? MediaInput.u32(field, 0) : field.getLong(0);
        if (value == -1 || (version == 0 && value == 0xFFFF_FFFFL)) {
            return UNKNOWN;
        }
        if (value < 0) {
            throw new DamagedMediaException(what + " at byte " + box.start() + " gives an impossible duration");
        }
        return value;
    }

    private static IsoBoxes.Box required(List<IsoBoxes.Box> boxes, String type, String what)
            throws DamagedMediaException {
        IsoBoxes.Box box = IsoBoxes.find(boxes, type);
        if (box == null) {
            throw new DamagedMediaException("it has no '" + type + "' box (" + what + ")");
        }
        return box;
    }

    private static String seconds(long duration, long timescale) {
        return String.format(java.util.Locale.ROOT, "%.3f", (double) duration / timescale);
    }
}
