package dev.wanr2v.spi;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of media, ready for the wire: a URL, a {@code data:} URI (possibly streamed from a local
 * file), or a reference to a file already uploaded to the vendor's storage.
 *
 * <p>Small values are in memory ({@link #value()}). A streamed data URI is not: write it with
 * {@link #openReader()} (e.g. Jackson's {@code JsonGenerator.writeString(Reader, -1)}), so that a
 * 100 MB video never sits in the heap. {@link #isStreamed()} says which; codecs that declare
 * {@link LocalMediaRoute#DATA_URI} must handle both.
 */
public final class PreparedMedia {

    /** Where the value points. */
    public enum Form {
        /** A public {@code http(s)} URL. */
        URL,
        /** A {@code data:} URI carrying the media. */
        DATA_URI,
        /** A reference into the vendor's own storage, e.g. DashScope's {@code oss://…}. */
        UPLOADED
    }

    /** Opens the value's characters; each call starts again from the first. */
    @FunctionalInterface
    public interface ReaderSource {
        Reader open() throws IOException;
    }

    /** Opens the value as US-ASCII bytes; each call starts again from the first. */
    @FunctionalInterface
    public interface ByteSource {
        InputStream open() throws IOException;
    }

    private final MediaKind kind;
    private final MediaSource source;
    private final Form form;
    private final String mediaType;
    private final String value;
    private final long length;
    private final ReaderSource reader;
    private final ByteSource bytes;

    private PreparedMedia(MediaKind kind, MediaSource source, Form form, String mediaType, String value,
            long length, ReaderSource reader, ByteSource bytes) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = Objects.requireNonNull(source, "source");
        this.form = Objects.requireNonNull(form, "form");
        this.mediaType = mediaType;
        this.value = value;
        this.length = length;
        this.reader = reader;
        this.bytes = bytes;
    }

    /** A value held in memory: a URL, a data URI given as text, or an uploaded reference. */
    public static PreparedMedia inMemory(MediaKind kind, MediaSource source, Form form, String value,
            String mediaType) {
        Objects.requireNonNull(value, "value");
        return new PreparedMedia(kind, source, form, mediaType, value, value.length(), null, null);
    }

    /** A data URI written on demand, {@code length} characters long. */
    public static PreparedMedia streamedDataUri(MediaKind kind, MediaSource source, String mediaType, long length,
            ReaderSource reader) {
        return streamedDataUri(kind, source, mediaType, length, reader, null);
    }

    /**
     * A data URI written on demand, {@code length} characters long, that can also be read as bytes
     * without the detour through characters ({@code bytes} may be {@code null}).
     */
    public static PreparedMedia streamedDataUri(MediaKind kind, MediaSource source, String mediaType, long length,
            ReaderSource reader, ByteSource bytes) {
        Objects.requireNonNull(reader, "reader");
        return new PreparedMedia(kind, source, Form.DATA_URI, mediaType, null, length, reader, bytes);
    }

    /**
     * Prepares a URL or data URI source as it is (what the engine does for those two forms).
     *
     * @throws IllegalArgumentException for local files and bytes, which need the engine's media preparation
     */
    public static PreparedMedia of(MediaKind kind, MediaSource source) {
        if (source instanceof MediaSource.Url u) {
            return inMemory(kind, source, Form.URL, u.url(), null);
        }
        if (source instanceof MediaSource.DataUri d) {
            return inMemory(kind, source, Form.DATA_URI, d.uri(), d.mediaType());
        }
        throw new IllegalArgumentException(source.describe()
                + " is local media: the engine inspects and streams or uploads it; it cannot be prepared as is");
    }

    public MediaKind kind() {
        return kind;
    }

    /** What the user gave. */
    public MediaSource source() {
        return source;
    }

    public Form form() {
        return form;
    }

    /** The media type, when known ({@code image/png}…); URLs usually have none. */
    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /** Whether the value is written on demand rather than held in memory. */
    public boolean isStreamed() {
        return value == null;
    }

    /** The length of the value in characters. */
    public long length() {
        return length;
    }

    /**
     * The whole value as a string.
     *
     * @throws IllegalStateException for a streamed data URI; use {@link #openReader()}
     */
    public String value() {
        if (value == null) {
            throw new IllegalStateException("this " + kind.label() + " is a streamed data URI of " + length
                    + " characters; write it with openReader() instead of holding it in memory");
        }
        return value;
    }

    /** The value's characters, from the first; works for every form. */
    public Reader openReader() throws IOException {
        return value != null ? new StringReader(value) : reader.open();
    }

    /**
     * The value as US-ASCII bytes, for body writers that copy bytes rather than characters: several
     * times faster for a large data URI, which is ASCII and needs no JSON escaping (a writer may copy it
     * between quotes as it is). Works for every form whose value is ASCII.
     *
     * @throws IOException if the value holds a character outside US-ASCII (then write it as characters)
     */
    public InputStream openAsciiStream() throws IOException {
        if (bytes != null) {
            return bytes.open();
        }
        Reader r = openReader();
        return new InputStream() {
            @Override
            public int read() throws IOException {
                int c = r.read();
                if (c >= 0x80) {
                    throw new IOException("the " + kind.label() + " value is not US-ASCII");
                }
                return c;
            }

            @Override
            public void close() throws IOException {
                r.close();
            }
        };
    }

    @Override
    public String toString() {
        return kind.label() + " " + form + " " + source.describe();
    }
}
