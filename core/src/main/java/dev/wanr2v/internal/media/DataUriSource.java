package dev.wanr2v.internal.media;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.spi.PreparedMedia;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A {@code data:{mime};base64,…} URI written on demand from a file or an array: its exact length is
 * known up front, and each {@link #open()} reads the media again, {@value #CHUNK_BYTES} bytes at a
 * time, so a 100 MB video never sits in the heap. If a file's size changed since it was inspected,
 * reading fails with an {@link IOException} rather than sending a URI of another length.
 *
 * <pre>{@code
 * CheckedMedia checked = MediaChecks.inspect(field, kind, source);   // no violations
 * PreparedMedia media = DataUriSource.ofFile(path, checked.info()).prepare(kind, source);
 * }</pre>
 */
public final class DataUriSource implements PreparedMedia.ReaderSource {
    /** Bytes read and encoded at a time: 48 KB, a multiple of 3, so chunks encode without padding. */
    public static final int CHUNK_BYTES = 48 * 1024;

    /** Opens the media's bytes from the start. */
    @FunctionalInterface
    public interface ChannelOpener {
        SeekableByteChannel open() throws IOException;
    }

    private final String mediaType;
    private final long bytes;
    private final ChannelOpener opener;
    private final int chunkBytes;

    DataUriSource(String mediaType, long bytes, ChannelOpener opener, int chunkBytes) {
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.opener = Objects.requireNonNull(opener, "opener");
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes < 0: " + bytes);
        }
        this.bytes = bytes;
        this.chunkBytes = chunkBytes;
    }

    /** A file of {@code bytes} bytes, sent with this media type. */
    public static DataUriSource ofFile(Path file, String mediaType, long bytes) {
        Objects.requireNonNull(file, "file");
        return new DataUriSource(mediaType, bytes, () -> Files.newByteChannel(file, StandardOpenOption.READ),
                CHUNK_BYTES);
    }

    /** A file as inspected: its content's media type and size. */
    public static DataUriSource ofFile(Path file, MediaInfo info) {
        return ofFile(file, info.format().mediaType(), info.bytes());
    }

    /** An array, not copied: it must not change while the URI may be read. */
    public static DataUriSource ofBytes(byte[] data, String mediaType) {
        Objects.requireNonNull(data, "data");
        return new DataUriSource(mediaType, data.length, () -> new ByteArrayChannel(data), CHUNK_BYTES);
    }

    /** The length of {@code data:{mediaType};base64,} followed by the base64 of {@code bytes} bytes. */
    public static long length(String mediaType, long bytes) {
        return prefix(mediaType).length() + 4 * ((bytes + 2) / 3);
    }

    private static String prefix(String mediaType) {
        return "data:" + mediaType + ";base64,";
    }

    /** The number of characters (and ASCII bytes) of the whole URI. */
    public long length() {
        return length(mediaType, bytes);
    }

    /** The URI's characters from the first; close the reader to close the file. */
    @Override
    public Reader open() throws IOException {
        DataUriInputStream in = stream();
        return new Reader() {
            @Override
            public int read(char[] c, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, c.length);
                return in.read(c, off, len);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    /** The URI as ASCII bytes, for writers that take a stream ({@code transferTo} an output stream). */
    public InputStream openStream() throws IOException {
        return stream();
    }

    private DataUriInputStream stream() throws IOException {
        SeekableByteChannel channel = opener.open();
        try {
            return new DataUriInputStream(channel, prefix(mediaType), bytes, chunkBytes);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The prepared form the engine hands to a provider codec. */
    public PreparedMedia prepare(MediaKind kind, MediaSource source) {
        return PreparedMedia.streamedDataUri(kind, source, mediaType, length(), this, this::openStream);
    }
}
