package dev.wanr2v.internal.media;

/**
 * The model's limits on media content. A megabyte is 1024 * 1024 bytes; every bound is inclusive:
 * an image of exactly 10 MB or a video of exactly 3.000 s passes, one byte or one millisecond beyond
 * does not. Where the vendors' documents disagree (images up to 10 or 20 MB, videos from 2 or 3 s),
 * the stricter figure is used.
 */
public final class MediaLimits {
    public static final long MEGABYTE = 1024L * 1024L;
    public static final long MAX_IMAGE_BYTES = 10 * MEGABYTE;
    public static final long MAX_VIDEO_BYTES = 100 * MEGABYTE;
    public static final long MAX_AUDIO_BYTES = 15 * MEGABYTE;
    public static final int MIN_IMAGE_SIDE = 360;
    public static final int MAX_IMAGE_SIDE = 2000;
    public static final double MIN_SECONDS = 3.0;
    public static final double MAX_SECONDS = 30.0;

    private MediaLimits() {
    }
}
