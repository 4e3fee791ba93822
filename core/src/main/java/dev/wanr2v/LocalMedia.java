package dev.wanr2v;

import dev.wanr2v.internal.MediaContent;
import dev.wanr2v.internal.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One local file or in-memory media, already inspected, on its way to storage a vendor can reach (a
 * {@link MediaUploader}, or the vendor's own upload flow). Its content type comes from its bytes, never
 * from its name; {@link #fileName()} is derived from the content's SHA-256, so the user's paths never
 * leave the machine and equal content gets equal names. Only the engine makes them, from media it inspected.
 */
public final class LocalMedia {
    private final MediaKind kind;
    private final MediaFormat format;
    private final long size;
    private final String sha256;
    private final Path path;
    private final MediaContent content;

    static {
        MediaContent.MEDIA.set(LocalMedia::new);
    }

    private LocalMedia(MediaKind kind, MediaFormat format, long size, String sha256, Path path, MediaContent content) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.format = Objects.requireNonNull(format, "format");
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.path = path;
        this.content = Objects.requireNonNull(content, "content");
    }

    public MediaKind kind() {
        return kind;
    }

    /** The format recognised from the content. */
    public MediaFormat format() {
        return format;
    }

    /** The media type to send it with, e.g. {@code video/mp4}. */
    public String mediaType() {
        return format.mediaType();
    }

    /** The size in bytes. */
    public long size() {
        return size;
    }

    /** The content's SHA-256, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** A name derived from the content: the first 32 hex digits of its SHA-256 and the format's extension. */
    public String fileName() {
        return sha256.substring(0, 32) + "." + extension(format);
    }

    /** The local file, when the media is one (not bytes in memory). */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** Opens the content from its first byte. The caller closes the stream. */
    public InputStream open() throws IOException {
        return content.open();
    }

    /** The usual file extension of a format, e.g. {@code mp4}. */
    public static String extension(MediaFormat format) {
        return switch (format) {
            case JPEG -> "jpg";
            case MOV -> "mov";
            default -> format.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    @Override
    public String toString() {
        return kind.label() + " " + format + " (" + size + " bytes" + (path == null ? ", in memory"
                : ", " + Redaction.shorten(path.toString(), 80)) + ")";
    }
}
