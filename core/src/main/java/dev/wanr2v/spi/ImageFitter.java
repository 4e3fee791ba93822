package dev.wanr2v.spi;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Objects;

/**
 * Converts a local image that breaks a provider's image limits into a copy that keeps them: the hook
 * behind {@link dev.wanr2v.MediaFit#IMAGES}. Core finds one implementation with {@link java.util.ServiceLoader}
 * (artifact {@value dev.wanr2v.MediaFit#ARTIFACT} provides it, with the image libraries the JDK lacks);
 * core itself converts nothing.
 *
 * <p>Core calls it on an upload thread, only for an image that validation found repairable (too large
 * in pixels or bytes, or transparent where the provider refuses transparency), writes the result to a
 * temporary file it deletes once the request was sent, inspects that file again, and refuses it if it
 * still breaks a limit. Implementations are stateless and thread-safe; they never touch the original.
 */
public interface ImageFitter {

    /**
     * Writes a copy of the image that keeps the limits: oriented upright (EXIF orientation applied),
     * scaled down to the largest size of the same aspect ratio within the side range (never enlarged),
     * transparency flattened onto white when the limits refuse it, encoded again within the byte limit.
     *
     * @param image  the original, as inspected, and how to read it
     * @param limits the provider's image limits
     * @param out    where to write the converted image (not closed)
     * @return what was written
     * @throws CannotFitException if this image cannot be made to fit (its message says why, for the user)
     * @throws IOException        if reading the original or writing the copy fails
     */
    Fitted fit(Original image, MediaLimits.ImageLimits limits, OutputStream out) throws IOException;

    /**
     * An image to convert.
     *
     * @param name         how to name it in messages (a path as given, or {@code "N bytes in memory"})
     * @param format       its format, recognised from its content
     * @param width        its stored width in pixels (before any EXIF orientation)
     * @param height       its stored height in pixels
     * @param bytes        its size
     * @param transparency whether it has transparency
     * @param source       where its bytes are: a local file or bytes in memory
     */
    record Original(String name, MediaFormat format, int width, int height, long bytes, boolean transparency,
            MediaSource source) {
        /** Checks that nothing is null and that the source is local. */
        public Original {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(format, "format");
            if (!(source instanceof MediaSource.LocalFile || source instanceof MediaSource.InlineBytes)) {
                throw new IllegalArgumentException("an image to fit is a local file or bytes in memory, not "
                        + (source == null ? "null" : source.describe()));
            }
        }

        /** Opens its bytes from the first; each call starts again. The caller closes the stream. */
        public InputStream open() throws IOException {
            return source instanceof MediaSource.LocalFile f ? Files.newInputStream(f.path())
                    : new ByteArrayInputStream(((MediaSource.InlineBytes) source).data());
        }
    }

    /**
     * What a conversion wrote.
     *
     * @param format      the format written (JPEG or PNG)
     * @param width       the width written, in pixels (upright)
     * @param height      the height written, in pixels (upright)
     * @param orientation the EXIF orientation that was applied (1 when the image was upright already)
     * @param flattened   whether transparency was flattened onto white
     */
    record Fitted(MediaFormat format, int width, int height, int orientation, boolean flattened) {
        /** Checks that nothing is null. */
        public Fitted {
            Objects.requireNonNull(format, "format");
        }
    }

    /** The image cannot be made to fit; the message says why, in words for the user. */
    final class CannotFitException extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param message why, e.g. {@code "the WEBP is animated"} */
        public CannotFitException(String message) {
            super(message);
        }

        /** @param message why; @param cause what the image library reported */
        public CannotFitException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
