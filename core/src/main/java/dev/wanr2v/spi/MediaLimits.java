package dev.wanr2v.spi;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider's vendor accepts as media content: image sides, bytes and transparency, video and
 * audio guide durations and bytes. Part of {@link Capabilities}; core checks every local file, byte
 * array and data URI against it before anything is sent (rules {@code R2V-IMAGE-DIMENSIONS},
 * {@code R2V-IMAGE-BYTES}, {@code R2V-IMAGE-TRANSPARENCY}, {@code R2V-VIDEO-DURATION},
 * {@code R2V-VIDEO-BYTES}, {@code R2V-AUDIO-DURATION}, {@code R2V-AUDIO-BYTES}), and messages quote these
 * figures. Every bound is inclusive; a megabyte is {@value #MEGABYTE} bytes.
 *
 * <pre>{@code
 * MediaLimits seed004 = MediaLimits.alibaba()
 *         .withImage(new MediaLimits.ImageLimits(360, 2000, 10 * MediaLimits.MEGABYTE, false))
 *         .withVideo(MediaLimits.TimedLimits.ofSeconds(3, 30, 100 * MediaLimits.MEGABYTE));
 * }</pre>
 *
 * @param image limits of image references
 * @param video limits of video references
 * @param audio limits of the audio guide
 */
public record MediaLimits(ImageLimits image, TimedLimits video, TimedLimits audio) {
    /** Bytes in a megabyte, as the vendors count them. */
    public static final long MEGABYTE = 1024L * 1024L;

    private static final MediaLimits ALIBABA = new MediaLimits(new ImageLimits(240, 8000, 20 * MEGABYTE, false),
            TimedLimits.ofSeconds(1, 30, 100 * MEGABYTE), TimedLimits.ofSeconds(3, 30, 15 * MEGABYTE));

    /** Checks that nothing is null. */
    public MediaLimits {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(audio, "audio");
    }

    /**
     * Alibaba's own parameter table for wan2.6 R2V (DashScope): images 240..8000 pixels a side, at most
     * 20 MB, no transparency; videos 1..30 s, at most 100 MB; audio guides 3..30 s, at most 15 MB (the
     * table lists no audio guide: those figures are seed 004's). The default of {@link Capabilities}.
     */
    public static MediaLimits alibaba() {
        return ALIBABA;
    }

    /** These limits with other image limits. */
    public MediaLimits withImage(ImageLimits image) {
        return new MediaLimits(image, video, audio);
    }

    /** These limits with other video limits. */
    public MediaLimits withVideo(TimedLimits video) {
        return new MediaLimits(image, video, audio);
    }

    /** These limits with other audio guide limits. */
    public MediaLimits withAudio(TimedLimits audio) {
        return new MediaLimits(image, video, audio);
    }

    /** {@code "20 MB"}, or the exact bytes when they are not whole megabytes. */
    public static String megabytes(long bytes) {
        return bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB" : bytes + " bytes";
    }

    /**
     * Limits of image references.
     *
     * @param minSide      the smallest width and height allowed, in pixels
     * @param maxSide      the largest width and height allowed, in pixels
     * @param maxBytes     the largest file allowed
     * @param transparency whether images with transparency (an alpha channel) are accepted
     */
    public record ImageLimits(int minSide, int maxSide, long maxBytes, boolean transparency) {
        /** Checks that the range is not empty and the figures are positive. */
        public ImageLimits {
            if (minSide < 1 || maxSide < minSide || maxBytes < 1) {
                throw new IllegalArgumentException("image limits need 1 <= minSide <= maxSide and maxBytes >= 1: "
                        + minSide + ".." + maxSide + ", " + maxBytes);
            }
        }

        /** Whether both sides are within {@code minSide..maxSide}. */
        public boolean accepts(int width, int height) {
            return width >= minSide && height >= minSide && width <= maxSide && height <= maxSide;
        }

        /**
         * The largest size of the same aspect ratio (rounded to whole pixels) that these limits accept,
         * never larger than the image itself; empty when the image is too small, or so elongated that its
         * short side would fall below {@code minSide} once its long side fits.
         */
        public Optional<Size> scaledSize(int width, int height) {
            double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
            int w = Math.min(maxSide, Math.max(1, (int) Math.round(width * scale)));
            int h = Math.min(maxSide, Math.max(1, (int) Math.round(height * scale)));
            return accepts(w, h) ? Optional.of(new Size(w, h)) : Optional.empty();
        }

        /** {@code "240 to 8000 pixels a side, at most 20 MB, no transparency"}. */
        @Override
        public String toString() {
            return minSide + " to " + maxSide + " pixels a side, at most " + megabytes(maxBytes)
                    + (transparency ? "" : ", no transparency");
        }
    }

    /**
     * An image's size in pixels.
     *
     * @param width  the width
     * @param height the height
     */
    public record Size(int width, int height) {
        /** {@code "2000x1500"}. */
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /**
     * Limits of timed media (videos, audio guides).
     *
     * @param minDuration the shortest duration allowed
     * @param maxDuration the longest duration allowed
     * @param maxBytes    the largest file allowed
     */
    public record TimedLimits(Duration minDuration, Duration maxDuration, long maxBytes) {
        /** Checks that the range is not empty and the figures are positive. */
        public TimedLimits {
            Objects.requireNonNull(minDuration, "minDuration");
            Objects.requireNonNull(maxDuration, "maxDuration");
            if (minDuration.isNegative() || maxDuration.compareTo(minDuration) < 0 || maxBytes < 1) {
                throw new IllegalArgumentException("timed limits need 0 <= minDuration <= maxDuration and"
                        + " maxBytes >= 1: " + minDuration + ".." + maxDuration + ", " + maxBytes);
            }
        }

        /** Whole seconds from {@code min} to {@code max}, at most {@code maxBytes}. */
        public static TimedLimits ofSeconds(int min, int max, long maxBytes) {
            return new TimedLimits(Duration.ofSeconds(min), Duration.ofSeconds(max), maxBytes);
        }

        /** The shortest duration in seconds. */
        public double minSeconds() {
            return minDuration.toNanos() / 1e9;
        }

        /** The longest duration in seconds. */
        public double maxSeconds() {
            return maxDuration.toNanos() / 1e9;
        }

        /** Whether a duration in seconds is within the range. */
        public boolean accepts(double seconds) {
            return seconds >= minSeconds() && seconds <= maxSeconds();
        }

        /** {@code "3 to 30 s"} (fractions shown to the millisecond). */
        public String rangeText() {
            return seconds(minSeconds()) + " to " + seconds(maxSeconds()) + " s";
        }

        /** {@code "3 to 30 s, at most 100 MB"}. */
        @Override
        public String toString() {
            return rangeText() + ", at most " + megabytes(maxBytes);
        }

        static String seconds(double s) {
            return s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.3f", s);
        }
    }
}
