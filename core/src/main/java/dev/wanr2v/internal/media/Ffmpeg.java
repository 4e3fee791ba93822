package dev.wanr2v.internal.media;

import dev.wanr2v.MediaKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code ffmpeg} command lines for the advice of video and audio rules: wan-r2v never transcodes
 * them, so their messages say how to. The input is the user's file name (quoted for a POSIX shell when
 * needed), or {@code INPUT} for media that is not a file.
 */
final class Ffmpeg {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/+-]+");

    private Ffmpeg() {
    }

    /** Converts to the format the model takes for the kind. */
    static String convert(MediaKind kind, String fileName) {
        String in = input(fileName);
        return switch (kind) {
            case VIDEO -> "ffmpeg -i " + quote(in) + " -c:v libx264 -pix_fmt yuv420p -c:a aac " + quote(output(in, "", "mp4"));
            case AUDIO -> "ffmpeg -i " + quote(in) + " " + quote(output(in, "", "mp3"));
            case IMAGE -> throw new IllegalArgumentException("images are converted by fitting, not by ffmpeg");
        };
    }

    /** Keeps the first {@code seconds}, copying the streams. */
    static String trim(double seconds, String fileName) {
        String in = input(fileName);
        String s = seconds(seconds);
        return "ffmpeg -i " + quote(in) + " -t " + s + " -c copy " + quote(output(in, "-" + s + "s", null));
    }

    /** Encodes again at a lower bit rate. */
    static String compress(MediaKind kind, String fileName) {
        String in = input(fileName);
        return kind == MediaKind.VIDEO
                ? "ffmpeg -i " + quote(in) + " -c:v libx264 -crf 28 -preset veryfast -c:a aac -b:a 128k "
                        + quote(output(in, "-small", "mp4"))
                : "ffmpeg -i " + quote(in) + " -b:a 128k " + quote(output(in, "-small", "mp3"));
    }

    /** {@code 30}, or {@code 2.500} for a fraction. */
    static String seconds(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds)
                : String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static String input(String fileName) {
        return fileName == null || fileName.isBlank() ? "INPUT" : fileName;
    }

    /** {@code clip.webm} to {@code clip<suffix>.<extension>} (the input's extension when {@code null}). */
    private static String output(String in, String suffix, String extension) {
        int dot = in.lastIndexOf('.');
        String base = dot > 0 ? in.substring(0, dot) : in;
        String ext = extension != null ? extension : dot > 0 ? in.substring(dot + 1) : "mp4";
        String out = base + suffix + "." + ext;
        return out.equals(in) ? base + "-converted." + ext : out;
    }

    private static String quote(String s) {
        return PLAIN.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
