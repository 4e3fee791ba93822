package dev.wanr2v.internal;

import dev.wanr2v.LocalMedia;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Opens the content of a {@link LocalMedia} from its first byte, each call starting again: the engine's hook
 * behind {@link LocalMedia#open()}. Not API (this package is not exported): users never implement it, and
 * only {@link #media} makes a {@link LocalMedia}.
 */
@FunctionalInterface
public interface MediaContent {

    InputStream open() throws IOException;

    /** How {@link LocalMedia} is made; it registers its private constructor when it is initialised. */
    Registered<Factory> MEDIA = new Registered<>(LocalMedia.class);

    /**
     * Local media as inspected.
     *
     * @param kind    image, video or audio
     * @param format  the format recognised from the content
     * @param size    the size in bytes
     * @param sha256  the content's SHA-256, lower-case hex
     * @param path    the file, or {@code null} for bytes in memory
     * @param content opens the content
     */
    static LocalMedia media(MediaKind kind, MediaFormat format, long size, String sha256, Path path,
            MediaContent content) {
        return MEDIA.get().create(kind, format, size, sha256, path, content);
    }

    /** Makes a {@link LocalMedia}. */
    @FunctionalInterface
    interface Factory {
        LocalMedia create(MediaKind kind, MediaFormat format, long size, String sha256, Path path,
                MediaContent content);
    }
}
