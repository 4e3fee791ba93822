package dev.wanr2v;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output size of a clip, {@code width*height} in pixels.
 *
 * <p>The model serves exactly ten sizes, five per {@link Resolution} tier; they are the constants
 * of this class and {@link #standardSizes()}. A {@code VideoSize} may hold any positive width and
 * height so that a wrong size is reported by validation (rule {@code R2V-SIZE}) together with every
 * other problem of a request, rather than failing alone where it was written.
 *
 * @param width  width in pixels, positive
 * @param height height in pixels, positive
 */
public record VideoSize(int width, int height) {

    /** 1280*720, 16:9, 720P. */
    public static final VideoSize P720_LANDSCAPE = new VideoSize(1280, 720);
    /** 720*1280, 9:16, 720P. */
    public static final VideoSize P720_PORTRAIT = new VideoSize(720, 1280);
    /** 960*960, 1:1, 720P. */
    public static final VideoSize P720_SQUARE = new VideoSize(960, 960);
    /** 1088*832, 4:3, 720P. */
    public static final VideoSize P720_4_3 = new VideoSize(1088, 832);
    /** 832*1088, 3:4, 720P. */
    public static final VideoSize P720_3_4 = new VideoSize(832, 1088);
    /** 1920*1080, 16:9, 1080P; the default size. */
    public static final VideoSize P1080_LANDSCAPE = new VideoSize(1920, 1080);
    /** 1080*1920, 9:16, 1080P. */
    public static final VideoSize P1080_PORTRAIT = new VideoSize(1080, 1920);
    /** 1440*1440, 1:1, 1080P. */
    public static final VideoSize P1080_SQUARE = new VideoSize(1440, 1440);
    /** 1632*1248, 4:3, 1080P. */
    public static final VideoSize P1080_4_3 = new VideoSize(1632, 1248);
    /** 1248*1632, 3:4, 1080P. */
    public static final VideoSize P1080_3_4 = new VideoSize(1248, 1632);

    /** The default output size, 1920*1080. */
    public static final VideoSize DEFAULT = P1080_LANDSCAPE;

    private static final List<VideoSize> P720 =
            List.of(P720_LANDSCAPE, P720_PORTRAIT, P720_SQUARE, P720_4_3, P720_3_4);
    private static final List<VideoSize> P1080 =
            List.of(P1080_LANDSCAPE, P1080_PORTRAIT, P1080_SQUARE, P1080_4_3, P1080_3_4);
    private static final List<VideoSize> STANDARD = List.of(
            P720_LANDSCAPE, P720_PORTRAIT, P720_SQUARE, P720_4_3, P720_3_4,
            P1080_LANDSCAPE, P1080_PORTRAIT, P1080_SQUARE, P1080_4_3, P1080_3_4);
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,5})\\s*[*xX×]\\s*(\\d{1,5})\\s*");

    /** Checks that both sides are positive. */
    public VideoSize {
        if (width <= 0 || height <= 0) {
            throw new InvalidRequestException(Violation.of(Rule.SIZE, "size", width + "*" + height,
                    "width and height must be positive; use one of " + STANDARD));
        }
    }

    /**
     * Parses {@code "1280*720"} (also accepted: {@code x}, {@code X} or {@code ×} as the separator,
     * and surrounding blanks).
     *
     * @throws InvalidRequestException (rule {@code R2V-SIZE}) if the text is not {@code W*H}
     */
    public static VideoSize parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InvalidRequestException(Violation.of(Rule.SIZE, "size", text,
                    "write the size as WIDTH*HEIGHT, one of " + STANDARD
                            + " (not \"720P\" or \"16:9\")"));
        }
        return new VideoSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The ten sizes the model serves, 720P first. */
    public static List<VideoSize> standardSizes() {
        return STANDARD;
    }

    /** The five sizes of one resolution tier. */
    public static List<VideoSize> sizesOf(Resolution resolution) {
        return resolution == Resolution.P720 ? P720 : P1080;
    }

    /** The resolution tier, or empty when this is not one of the ten sizes. */
    public Optional<Resolution> resolution() {
        if (P720.contains(this)) {
            return Optional.of(Resolution.P720);
        }
        return P1080.contains(this) ? Optional.of(Resolution.P1080) : Optional.empty();
    }

    /** Whether this is one of the ten sizes the model serves. */
    public boolean isStandard() {
        return STANDARD.contains(this);
    }

    /** The wire form, {@code "1280*720"}. */
    @Override
    public String toString() {
        return width + "*" + height;
    }
}
