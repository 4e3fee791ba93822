package dev.wanr2v.internal.media;

import dev.wanr2v.MediaKind;

/** Content that turns out, once inside its container, to be a format the model does not take. */
final class ForeignMediaException extends Exception {
    private static final long serialVersionUID = 1L;

    private final MediaKind kind;

    ForeignMediaException(MediaKind kind, String description) {
        super(description, null, false, false);
        this.kind = kind;
    }

    Inspection.Foreign toInspection() {
        return new Inspection.Foreign(kind, getMessage());
    }
}
