package dev.wanr2v;

import dev.wanr2v.internal.media.Inspection;
import dev.wanr2v.internal.media.MediaInspector;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The media formats the model accepts, with their media types.
 *
 * <p>Images: JPEG, PNG (without transparency), BMP, WEBP. Videos: MP4, MOV. Audio guides: WAV, MP3.
 */
public enum MediaFormat {
    JPEG(MediaKind.IMAGE, "image/jpeg", "image/jpg", "image/pjpeg"),
    PNG(MediaKind.IMAGE, "image/png"),
    BMP(MediaKind.IMAGE, "image/bmp", "image/x-bmp", "image/x-ms-bmp"),
    WEBP(MediaKind.IMAGE, "image/webp"),
    MP4(MediaKind.VIDEO, "video/mp4"),
    MOV(MediaKind.VIDEO, "video/quicktime"),
    WAV(MediaKind.AUDIO, "audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"),
    MP3(MediaKind.AUDIO, "audio/mpeg", "audio/mp3", "audio/mpeg3", "audio/x-mpeg-3");

    private final MediaKind kind;
    private final String mediaType;
    private final List<String> aliases;

    MediaFormat(MediaKind kind, String mediaType, String... aliases) {
        this.kind = kind;
        this.mediaType = mediaType;
        this.aliases = List.of(aliases);
    }

    /** Whether this is an image, video or audio format. */
    public MediaKind kind() {
        return kind;
    }

    /** The canonical media type, e.g. {@code image/jpeg}; what we send in data URIs. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format a media type names, ignoring case and parameters; {@code image/jpg} and other
     * common aliases are understood.
     */
    public static Optional<MediaFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int semicolon = mediaType.indexOf(';');
        String bare = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
                .trim().toLowerCase(Locale.ROOT);
        for (MediaFormat format : values()) {
            if (format.mediaType.equals(bare) || format.aliases.contains(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Recognises a local file's format by its content (magic bytes and headers, never its name), as
     * validation does before a request is sent; reads only headers. Lets a tool tell an image from a
     * video before it builds a {@link Reference}.
     *
     * @return the format, or empty when the file is missing, unreadable, damaged, or of a format the
     *         model does not take (the request's validation then says which)
     */
    public static Optional<MediaFormat> detect(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return MediaInspector.inspect(channel) instanceof Inspection.Recognised r
                    ? Optional.of(r.info().format()) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The formats of one kind, e.g. the four image formats. */
    public static List<MediaFormat> of(MediaKind kind) {
        return java.util.Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }
}
