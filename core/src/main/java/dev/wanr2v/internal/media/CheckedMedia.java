package dev.wanr2v.internal.media;

import dev.wanr2v.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What checking one media source found.
 *
 * @param info       what the content is, when it was inspected and recognised; {@code null} for remote
 *                   URLs, malformed data URIs, files that cannot be opened, and unrecognised content
 * @param violations the broken rules, in a stable order; empty if the media may be sent
 */
public record CheckedMedia(MediaInfo info, List<Violation> violations) {

    public CheckedMedia {
        violations = List.copyOf(violations);
    }

    static CheckedMedia notInspected() {
        return new CheckedMedia(null, List.of());
    }

    static CheckedMedia failed(Violation violation) {
        return new CheckedMedia(null, List.of(violation));
    }

    /** The inspected content, if it was recognised. */
    public Optional<MediaInfo> media() {
        return Optional.ofNullable(info);
    }

    /** Whether no rule is broken. */
    public boolean passes() {
        return violations.isEmpty();
    }
}
