package dev.wanr2v.temporal;

import dev.wanr2v.MediaKind;
import dev.wanr2v.Reference;
import java.util.Objects;

/**
 * One reference of a {@link RequestInput}: an image or a video, in order ({@code character1} first).
 *
 * @param kind  {@link MediaKind#IMAGE} or {@link MediaKind#VIDEO}
 * @param media where the media comes from
 */
public record ReferenceInput(MediaKind kind, MediaInput media) {

    /** Checks that both parts are present. */
    public ReferenceInput {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(media, "media");
    }

    /** The input form of a reference. */
    public static ReferenceInput of(Reference reference) {
        return new ReferenceInput(reference.kind(), MediaInput.of(reference.source()));
    }

    /** An image kept in your own storage, read by the worker's {@link MediaResolver}. */
    public static ReferenceInput imageObject(String name) {
        return new ReferenceInput(MediaKind.IMAGE, MediaInput.object(name));
    }

    /** A video kept in your own storage, read by the worker's {@link MediaResolver}. */
    public static ReferenceInput videoObject(String name) {
        return new ReferenceInput(MediaKind.VIDEO, MediaInput.object(name));
    }

    /** The reference this input stands for, on the worker. */
    public Reference toReference(MediaResolver resolver) {
        return new Reference(kind, media.toSource(kind, resolver));
    }

    @Override
    public String toString() {
        return kind.label() + " " + media;
    }
}
