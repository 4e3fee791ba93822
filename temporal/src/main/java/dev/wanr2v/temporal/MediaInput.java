package dev.wanr2v.temporal;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;

/**
 * One piece of media (a reference or the audio guide) in a form that can travel in a workflow's input: every
 * {@link MediaSource} has one, and {@link Form#OBJECT} names media in your own storage that the worker reads.
 *
 * <p>The value is stored in the workflow's history as it is. A URL's query string often holds a signature,
 * which is a secret: pass public URLs, or pass the object's name with {@link #object(String)} and let the
 * worker's {@link MediaResolver} sign it when the create is sent. {@link Form#DATA_URI} and {@link Form#BYTES}
 * put the media itself into the history, where Temporal refuses payloads over 2 MB: keep them for tiny media.
 *
 * @param form  what {@code value} is
 * @param value the URL, the data URI, the path on the worker, the bytes in standard base64, or the object name
 */
public record MediaInput(Form form, String value) {

    /** What a {@link MediaInput}'s value is. */
    public enum Form {
        /** An {@code http} or {@code https} URL ({@link MediaSource.Url}). */
        URL,
        /** A {@code data:} URI ({@link MediaSource.DataUri}). */
        DATA_URI,
        /** A file on the worker that sends the create ({@link MediaSource.LocalFile}). */
        FILE,
        /** Bytes, in standard base64 ({@link MediaSource.InlineBytes}). */
        BYTES,
        /** A name that the worker's {@link MediaResolver} turns into media when the create is sent. */
        OBJECT
    }

    /** Checks that both parts are present. */
    public MediaInput {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(value, "value");
    }

    /** The input form of any media source. */
    public static MediaInput of(MediaSource source) {
        Objects.requireNonNull(source, "source");
        if (source instanceof MediaSource.Url u) {
            return new MediaInput(Form.URL, u.url());
        }
        if (source instanceof MediaSource.DataUri d) {
            return new MediaInput(Form.DATA_URI, d.uri());
        }
        if (source instanceof MediaSource.LocalFile f) {
            return new MediaInput(Form.FILE, f.path().toString());
        }
        MediaSource.InlineBytes b = (MediaSource.InlineBytes) source;
        return new MediaInput(Form.BYTES, Base64.getEncoder().encodeToString(b.data()));
    }

    /** Media in your own storage, read by the worker's {@link MediaResolver} when the create is sent. */
    public static MediaInput object(String name) {
        return new MediaInput(Form.OBJECT, name);
    }

    /**
     * The media source this input stands for, on the worker.
     *
     * @param kind     what the media is (for the resolver)
     * @param resolver reads {@link Form#OBJECT} inputs
     * @throws IllegalArgumentException if a {@link Form#BYTES} value is not base64
     */
    public MediaSource toSource(MediaKind kind, MediaResolver resolver) {
        return switch (form) {
            case URL -> MediaSource.url(value);
            case DATA_URI -> MediaSource.dataUri(value);
            case FILE -> MediaSource.file(Path.of(value));
            case BYTES -> MediaSource.bytes(Base64.getDecoder().decode(value));
            case OBJECT -> Objects.requireNonNull(resolver.resolve(value, kind),
                    () -> "the MediaResolver returned null for object '" + value + "'");
        };
    }

    /** What the media is, safe to log: no query string, no payload. */
    @Override
    public String toString() {
        return switch (form) {
            case URL -> MediaSource.url(value).describe();
            case DATA_URI -> MediaSource.dataUri(value).describe();
            case FILE -> "file " + value;
            case BYTES -> "bytes (" + value.length() + " base64 characters)";
            case OBJECT -> "object " + value;
        };
    }
}
