package dev.wanr2v.testkit.emulator;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an emulator can tell about a media URL without fetching it (emulators never leave loopback):
 * its kind, from a data URI's media type or the path's extension, and whether it is well formed.
 */
public final class MediaUrls {
    private static final Map<String, MediaKind> EXTENSIONS = Map.of("png", MediaKind.IMAGE, "jpg", MediaKind.IMAGE,
            "jpeg", MediaKind.IMAGE, "bmp", MediaKind.IMAGE, "webp", MediaKind.IMAGE, "mp4", MediaKind.VIDEO,
            "mov", MediaKind.VIDEO, "mp3", MediaKind.AUDIO, "wav", MediaKind.AUDIO);

    private MediaUrls() {
    }

    /** The neutral source a wire string stands for: a data URI or a URL. */
    public static MediaSource source(String text) {
        return isDataUri(text) ? MediaSource.dataUri(text) : MediaSource.url(text);
    }

    /** The text a URL or data URI source puts on the wire; {@code ""} for local files and bytes. */
    public static String text(MediaSource source) {
        if (source instanceof MediaSource.Url url) {
            return url.url();
        }
        return source instanceof MediaSource.DataUri data ? data.uri() : "";
    }

    /** Whether the text starts with {@code data:}, ignoring case. */
    public static boolean isDataUri(String text) {
        return text.regionMatches(true, 0, "data:", 0, 5);
    }

    /**
     * The kind of media a URL points at, from a data URI's media type or the path's extension
     * ({@code .png}, {@code .mp4}, {@code .mp3}…, ignoring case and the query string); empty when
     * neither tells.
     */
    public static Optional<MediaKind> kindOf(String text) {
        if (isDataUri(text)) {
            String type = ((MediaSource.DataUri) MediaSource.dataUri(text)).mediaType();
            return MediaFormat.ofMediaType(type).map(MediaFormat::kind).or(() -> type.startsWith("image/")
                    ? Optional.of(MediaKind.IMAGE) : type.startsWith("video/") ? Optional.of(MediaKind.VIDEO)
                    : type.startsWith("audio/") ? Optional.of(MediaKind.AUDIO) : Optional.empty());
        }
        String path = text.replaceFirst("[?#].*$", "");
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return Optional.empty();
        }
        return Optional.ofNullable(EXTENSIONS.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Whether the text is an absolute http or https URL with a host. */
    public static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether the text is {@code data:{type};base64,{payload}} with a non-empty, well-formed payload. */
    public static boolean isBase64DataUri(String text) {
        int comma = text.indexOf(',');
        if (!isDataUri(text) || comma < 0 || !text.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            return false;
        }
        String payload = text.substring(comma + 1);
        return !payload.isEmpty() && payload.length() % 4 == 0 && payload.matches("[A-Za-z0-9+/]+={0,2}");
    }
}
