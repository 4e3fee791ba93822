package dev.wanr2v;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.internal.media.DataUriParts;
import java.util.regex.Pattern;

/**
 * Where a piece of media comes from: a public URL, a {@code data:} URI, a local file, or bytes in
 * memory.
 *
 * <p>Remote URLs are passed to the vendor as they are and never fetched by this library. Local files
 * and bytes are inspected before anything is sent and then streamed or uploaded, as the chosen
 * provider supports. {@code toString()} never prints a URL's query string (signed URLs carry
 * credentials there) nor the payload of a data URI.
 */
public sealed interface MediaSource permits MediaSource.Url, MediaSource.DataUri,
        MediaSource.LocalFile, MediaSource.InlineBytes {

    /** A public {@code http} or {@code https} URL. */
    static MediaSource url(String url) {
        return new Url(url);
    }

    /** A {@code data:{media type};base64,{data}} URI. */
    static MediaSource dataUri(String dataUri) {
        return new DataUri(dataUri);
    }

    /** A local file; read only when the request is prepared. */
    static MediaSource file(Path path) {
        return new LocalFile(path);
    }

    /** Bytes held in memory (copied). */
    static MediaSource bytes(byte[] data) {
        return new InlineBytes(data);
    }

    /**
     * Reads the text a user typed: a {@code data:} URI, a URL with a scheme ({@code https://…}), or
     * else a local path. Unsupported schemes such as {@code ftp:} stay URLs, so that validation can
     * name them.
     */
    static MediaSource parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.regionMatches(true, 0, "data:", 0, 5)) {
            return new DataUri(trimmed);
        }
        if (Url.HAS_SCHEME.matcher(trimmed).lookingAt()) {
            return new Url(trimmed);
        }
        return new LocalFile(Path.of(trimmed));
    }

    /** A short description that is safe to print: no query strings, no payloads. */
    String describe();

    /**
     * A remote URL.
     *
     * @param url the URL as given; validation accepts only {@code http} and {@code https}
     */
    record Url(String url) implements MediaSource {
        static final Pattern HAS_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

        public Url {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String describe() {
            return Redaction.url(url);
        }

        @Override
        public String toString() {
            return "Url[" + describe() + "]";
        }
    }

    /**
     * A {@code data:} URI holding the media inline.
     *
     * @param uri the whole URI, {@code data:image/png;base64,iVBOR…}
     */
    record DataUri(String uri) implements MediaSource {
        public DataUri {
            Objects.requireNonNull(uri, "uri");
        }

        /** The media type before {@code ;base64}, lower-cased, or {@code ""} if there is none. */
        public String mediaType() {
            return DataUriParts.mediaTypeOf(uri);
        }

        @Override
        public String describe() {
            int comma = uri.indexOf(',');
            String head = comma < 0 ? Redaction.shorten(uri, 40) : uri.substring(0, comma + 1);
            return head + "…(" + uri.length() + " characters)";
        }

        @Override
        public String toString() {
            return "DataUri[" + describe() + "]";
        }
    }

    /**
     * A file on the local file system.
     *
     * @param path the file's path
     */
    record LocalFile(Path path) implements MediaSource {
        public LocalFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /**
     * Media bytes held in memory. The array is copied in and out; equality is by content.
     *
     * @param data the bytes
     */
    record InlineBytes(byte[] data) implements MediaSource {
        public InlineBytes {
            data = Objects.requireNonNull(data, "data").clone();
        }

        /** A copy of the bytes. */
        @Override
        public byte[] data() {
            return data.clone();
        }

        /** The number of bytes, without copying them. */
        public int length() {
            return data.length;
        }

        @Override
        public String describe() {
            return data.length + " bytes in memory";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InlineBytes other && Arrays.equals(data, other.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "InlineBytes[" + data.length + " bytes]";
        }
    }
}
