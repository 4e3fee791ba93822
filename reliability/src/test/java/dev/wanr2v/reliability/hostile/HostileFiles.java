package dev.wanr2v.reliability.hostile;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.Rule;
import dev.wanr2v.reliability.support.LocalMediaFiles;
import dev.wanr2v.testkit.MediaSamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Local files that must be refused, made once, each with the rule the README names for it. Lying files
 * are real samples whose headers were edited: a PNG that claims 9000x9000 pixels or an alpha channel, a
 * JPEG that claims 100x100, MP4s of 0.5 s and 120 s (outside every provider's limits), and one whose movie header contradicts its tracks.
 *
 * <p>Permissions: a file made unreadable with {@code chmod 000} is still readable by root, and these
 * tests may run as root. So that case is judged honestly: if reading it really fails it must be
 * {@code R2V-MEDIA-UNREADABLE}; if it does not (root), its content (text) must be refused as
 * {@code R2V-MEDIA-FORMAT}. {@link #permissionsDenyReading()} tells which one this run checked.
 */
final class HostileFiles implements AutoCloseable {

    /** The cases: which kind of reference the file is given as, and how it is broken. */
    enum Case {
        MISSING(MediaKind.IMAGE, Rule.MEDIA_MISSING),
        DIRECTORY(MediaKind.VIDEO, Rule.MEDIA_DIRECTORY),
        NOT_READABLE(MediaKind.IMAGE, Rule.MEDIA_UNREADABLE),
        SYMLINK_LOOP(MediaKind.IMAGE, Rule.MEDIA_UNREADABLE),
        DANGLING_SYMLINK(MediaKind.VIDEO, Rule.MEDIA_MISSING),
        EMPTY(MediaKind.IMAGE, Rule.MEDIA_UNREADABLE),
        FIVE_BYTES(MediaKind.VIDEO, Rule.MEDIA_UNREADABLE),
        TRUNCATED_JPEG(MediaKind.IMAGE, Rule.MEDIA_UNREADABLE),
        TRUNCATED_PNG(MediaKind.IMAGE, Rule.MEDIA_UNREADABLE),
        TRUNCATED_MP4(MediaKind.VIDEO, Rule.MEDIA_UNREADABLE),
        TEXT_NAMED_PNG(MediaKind.IMAGE, Rule.MEDIA_FORMAT),
        GIF_IMAGE(MediaKind.IMAGE, Rule.MEDIA_FORMAT),
        MP4_NAMED_JPG(MediaKind.IMAGE, Rule.MEDIA_KIND),
        JPEG_NAMED_MP4(MediaKind.VIDEO, Rule.MEDIA_KIND),
        WAV_AS_VIDEO(MediaKind.VIDEO, Rule.MEDIA_KIND),
        PNG_CLAIMING_9000_PX(MediaKind.IMAGE, Rule.IMAGE_DIMENSIONS),
        JPEG_CLAIMING_100_PX(MediaKind.IMAGE, Rule.IMAGE_DIMENSIONS),
        PNG_CLAIMING_ALPHA(MediaKind.IMAGE, Rule.IMAGE_TRANSPARENCY),
        MP4_HEADER_CONTRADICTING_TRACKS(MediaKind.VIDEO, Rule.MEDIA_UNREADABLE),
        MP4_OF_HALF_A_SECOND(MediaKind.VIDEO, Rule.VIDEO_DURATION),
        MP4_OF_120_S(MediaKind.VIDEO, Rule.VIDEO_DURATION);

        private final MediaKind kind;
        private final Rule rule;

        Case(MediaKind kind, Rule rule) {
            this.kind = kind;
            this.rule = rule;
        }

        MediaKind kind() {
            return kind;
        }
    }

    private final LocalMediaFiles files = LocalMediaFiles.create();
    private final Map<Case, Path> paths = new EnumMap<>(Case.class);
    private final boolean permissionsDenyReading;

    HostileFiles() {
        byte[] jpeg = sample(MediaFormat.JPEG);
        byte[] png = sample(MediaFormat.PNG);
        byte[] mp4 = sample(MediaFormat.MP4);
        Path root = files.root();
        paths.put(Case.MISSING, root.resolve("no-such-file.png"));
        paths.put(Case.DIRECTORY, files.newDirectory("a-directory.mp4"));
        paths.put(Case.NOT_READABLE, locked(files.write("locked.png", text())));
        paths.put(Case.SYMLINK_LOOP, loop(root));
        paths.put(Case.DANGLING_SYMLINK, link(root.resolve("dangling.mp4"), root.resolve("gone.mp4")));
        paths.put(Case.EMPTY, files.write("empty.jpg", new byte[0]));
        paths.put(Case.FIVE_BYTES, files.write("five.mp4", new byte[] {0, 0, 0, 24, 'f'}));
        paths.put(Case.TRUNCATED_JPEG, files.write("cut.jpg", Arrays.copyOf(jpeg, 300)));
        paths.put(Case.TRUNCATED_PNG, files.write("cut.png", Arrays.copyOf(png, 30)));
        paths.put(Case.TRUNCATED_MP4, files.write("cut.mp4", Arrays.copyOf(mp4, 500)));
        paths.put(Case.TEXT_NAMED_PNG, files.write("notes.png", text()));
        paths.put(Case.GIF_IMAGE, files.write("anim.png", gif()));
        paths.put(Case.MP4_NAMED_JPG, files.write("clip.jpg", mp4));
        paths.put(Case.JPEG_NAMED_MP4, files.write("photo.mp4", jpeg));
        paths.put(Case.WAV_AS_VIDEO, files.write("voice.mp4", sample(MediaFormat.WAV)));
        paths.put(Case.PNG_CLAIMING_9000_PX, files.write("huge.png", pngHeader(png, 9000, 9000, png[25])));
        paths.put(Case.JPEG_CLAIMING_100_PX, files.write("small.jpg", jpegSize(jpeg, 100, 100)));
        paths.put(Case.PNG_CLAIMING_ALPHA, files.write("alpha.png", pngHeader(png, 360, 360, (byte) 6)));
        paths.put(Case.MP4_HEADER_CONTRADICTING_TRACKS, files.write("liar.mp4", seconds(mp4, 1, false)));
        paths.put(Case.MP4_OF_HALF_A_SECOND, files.write("short.mp4", seconds(mp4, 0.5, true)));
        paths.put(Case.MP4_OF_120_S, files.write("long.mp4", seconds(mp4, 120, true)));
        permissionsDenyReading = !readable(paths.get(Case.NOT_READABLE));
    }

    Path path(Case c) {
        return paths.get(c);
    }

    /** Whether {@code chmod 000} really stops this process from reading (false when running as root). */
    boolean permissionsDenyReading() {
        return permissionsDenyReading;
    }

    /** The rule the file must be refused with, when the provider reads local files of its kind. */
    Rule rule(Case c) {
        return c == Case.NOT_READABLE && !permissionsDenyReading ? Rule.MEDIA_FORMAT : c.rule;
    }

    private static byte[] sample(MediaFormat format) {
        return MediaSamples.bytes(format).orElseThrow();
    }

    private static byte[] text() {
        return "These are the director's notes, not an image.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gif() {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.put("GIF89a".getBytes(StandardCharsets.US_ASCII)).put((byte) 0x68).put((byte) 0x01).put((byte) 0x68)
                .put((byte) 0x01).put((byte) 0).put((byte) 0).put((byte) 0);
        return b.array();
    }

    /** A PNG whose IHDR says these dimensions and color type (6: with alpha), its CRC made to match. */
    private static byte[] pngHeader(byte[] png, int width, int height, byte colorType) {
        byte[] out = png.clone();
        ByteBuffer b = ByteBuffer.wrap(out);
        b.putInt(16, width).putInt(20, height);
        out[25] = colorType;
        CRC32 crc = new CRC32();
        crc.update(out, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return out;
    }

    /** A JPEG whose SOF0 segment says these dimensions. */
    private static byte[] jpegSize(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 9 < out.length; i++) {
            if ((out[i] & 0xFF) == 0xFF && (out[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(out).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return out;
            }
        }
        throw new IllegalStateException("the sample JPEG has no SOF0 segment");
    }

    /**
     * The 4 s sample MP4 with its movie header ({@code mvhd}, version 0) claiming this many seconds, and
     * its track headers ({@code tkhd}) too when {@code tracks}: consistently edited it is simply a video of
     * that length; with the tracks left at 4 s the file contradicts itself.
     */
    private static byte[] seconds(byte[] mp4, double seconds, boolean tracks) {
        byte[] out = mp4.clone();
        ByteBuffer b = ByteBuffer.wrap(out);
        int mvhd = indexOf(out, "mvhd", 0);
        b.putInt(mvhd + 20, (int) (b.getInt(mvhd + 16) * seconds));
        for (int tkhd = indexOf(out, "tkhd", 0); tracks && tkhd >= 0; tkhd = indexOf(out, "tkhd", tkhd + 4)) {
            b.putInt(tkhd + 24, (int) (b.getInt(tkhd + 24) * seconds / 4));
        }
        return out;
    }

    /** Where a box type's four letters start, from {@code from}; -1 if nowhere. */
    private static int indexOf(byte[] data, String type, int from) {
        byte[] what = type.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i + what.length <= data.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Path locked(Path file) {
        try {
            Files.setPosixFilePermissions(file, Set.of());
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX permissions: the file stays readable and is judged by content
        }
        return file;
    }

    private static boolean readable(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path loop(Path root) {
        Path a = root.resolve("loop-a.png");
        Path b = root.resolve("loop-b.png");
        link(a, b);
        link(b, a);
        return a;
    }

    private static Path link(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
