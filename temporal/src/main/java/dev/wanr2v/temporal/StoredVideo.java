package dev.wanr2v.temporal;

import java.util.Objects;

/**
 * Where a {@link VideoSink} stored a video.
 *
 * @param location where it is: an absolute path for {@link VideoSink#directory}, a URI of your storage for yours
 *                 (never a signed URL: this value is stored in the workflow's history)
 * @param bytes    its size
 */
public record StoredVideo(String location, long bytes) {

    /** Checks the values. */
    public StoredVideo {
        Objects.requireNonNull(location, "location");
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative");
        }
    }
}
