package dev.wanr2v.cli.request;

import dev.wanr2v.MediaKind;
import java.util.Objects;

/**
 * A reference as the user wrote it: {@code alice.png}, {@code video:clip.bin}, an URL, or text given
 * with {@code --image}/{@code --video} (then {@code kind} is set).
 *
 * @param kind the kind the user imposed with {@code --image}/{@code --video}, or {@code null}
 * @param text the path, URL or data URI, possibly prefixed {@code image:} or {@code video:}
 */
public record RefText(MediaKind kind, String text) {
    /** Checks the text is present. */
    public RefText {
        Objects.requireNonNull(text, "text");
    }

    /** A reference whose kind is inferred (or given by an {@code image:}/{@code video:} prefix). */
    public static RefText of(String text) {
        return new RefText(null, text);
    }
}
