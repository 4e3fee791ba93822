package dev.wanr2v.internal.media;

import dev.wanr2v.MediaKind;
import java.util.Objects;

/** The outcome of inspecting some bytes: recognised media, another format, or unreadable content. */
public sealed interface Inspection permits Inspection.Recognised, Inspection.Foreign, Inspection.Unreadable {

    /** Content of an allowed format, measured. */
    record Recognised(MediaInfo info) implements Inspection {
        public Recognised {
            Objects.requireNonNull(info, "info");
        }
    }

    /**
     * Content of a format the model does not take.
     *
     * @param kind        the kind of media it holds, when known (a GIF is an image); {@code null} if unknown
     * @param description what it is, to finish "the content is …": {@code "a GIF image"}
     */
    record Foreign(MediaKind kind, String description) implements Inspection {
        public Foreign {
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * Content that cannot be read or is damaged: cut, sizes that lie, a read error.
     *
     * @param problem what is wrong, to follow the field name: {@code "damaged PNG: it ends at byte 20, …"}
     */
    record Unreadable(String problem) implements Inspection {
        public Unreadable {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
