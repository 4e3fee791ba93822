package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import java.util.Objects;

/**
 * What inspection learnt from a piece of media's own bytes.
 *
 * @param format          the format recognised by content, never by file name
 * @param bytes           the size in bytes
 * @param width           the image width in pixels; {@code null} for video and audio
 * @param height          the image height in pixels; {@code null} for video and audio
 * @param durationSeconds the duration of video and audio; {@code null} for images
 * @param transparency    whether an image has an alpha channel or a transparent colour (PNG colour
 *                        types 4 and 6 or a {@code tRNS} chunk; WEBP alpha); always false for BMP,
 *                        video and audio
 */
public record MediaInfo(MediaFormat format, long bytes, Integer width, Integer height, Double durationSeconds,
        boolean transparency) {

    public MediaInfo {
        Objects.requireNonNull(format, "format");
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes < 0: " + bytes);
        }
    }

    static MediaInfo image(MediaFormat format, long bytes, int width, int height, boolean transparency) {
        return new MediaInfo(format, bytes, width, height, null, transparency);
    }

    static MediaInfo timed(MediaFormat format, long bytes, double durationSeconds) {
        return new MediaInfo(format, bytes, null, null, durationSeconds, false);
    }

    /** Image, video or audio, from the format. */
    public MediaKind kind() {
        return format.kind();
    }
}
