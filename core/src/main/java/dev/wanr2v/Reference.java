package dev.wanr2v;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One reference of a request: an image or a video showing a character, an object or a scene.
 *
 * <p>Order matters: the first reference is {@code character1} in the prompt, the second is
 * {@code character2}, and so on. Only video references carry a character's voice timbre.
 *
 * @param kind   {@link MediaKind#IMAGE} or {@link MediaKind#VIDEO}
 * @param source where the media comes from
 */
public record Reference(MediaKind kind, MediaSource source) {

    /** Checks that the kind is an image or a video. */
    public Reference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (kind == MediaKind.AUDIO) {
            throw new IllegalArgumentException(
                    "a reference is an image or a video; pass audio as the request's audioGuide");
        }
    }

    /** An image reference from any source. */
    public static Reference image(MediaSource source) {
        return new Reference(MediaKind.IMAGE, source);
    }

    /** An image reference from text read by {@link MediaSource#parse}: a URL, a {@code data:} URI or a path. */
    public static Reference image(String urlOrDataUri) {
        return image(MediaSource.parse(urlOrDataUri));
    }

    /** An image reference from a local file. */
    public static Reference image(Path file) {
        return image(MediaSource.file(file));
    }

    /** A video reference from any source. */
    public static Reference video(MediaSource source) {
        return new Reference(MediaKind.VIDEO, source);
    }

    /** A video reference from text read by {@link MediaSource#parse}: a URL, a {@code data:} URI or a path. */
    public static Reference video(String urlOrDataUri) {
        return video(MediaSource.parse(urlOrDataUri));
    }

    /** A video reference from a local file. */
    public static Reference video(Path file) {
        return video(MediaSource.file(file));
    }

    @Override
    public String toString() {
        return kind.label() + " " + source.describe();
    }
}
