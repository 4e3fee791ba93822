package dev.wanr2v;

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
 * leave the machine and equal content gets equal names.
 */
public final class LocalMedia {

    /** Opens the content from its first byte; each call starts again. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final MediaKind kind;
    private final MediaFormat format;
    private final long size;
    private final String sha256;
    private final Path path;
    private final Opener opener;

    /**
     * @param kind   image, video or audio
     * @param format the format recognised from the content
     * @param size   the size in bytes
     * @param sha256 the content's SHA-256, lower-case hex
     * @param path   the file, or {@code null} for bytes in memory
     * @param opener opens the content
     */
    public LocalMedia(MediaKind kind, MediaFormat format, long size, String sha256, Path path, Opener opener) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.format = Objects.requireNonNull(format, "format");
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.path = path;
        this.opener = Objects.requireNonNull(opener, "opener");
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
        return opener.open();
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
