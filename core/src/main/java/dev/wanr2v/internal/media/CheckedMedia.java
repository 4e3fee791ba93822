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
 * @param fit        whether the media breaks limits that fitting repairs, and is to be fitted before
 *                   sending (only when fitting was asked for; then those limits are not violations)
 * @param dataUri    the data URI taken apart, when the source is one; else {@code null}
 */
public record CheckedMedia(MediaInfo info, List<Violation> violations, boolean fit, DataUriParts dataUri) {

    public CheckedMedia {
        violations = List.copyOf(violations);
    }

    /** Media that is no data URI and needs no fitting. */
    public CheckedMedia(MediaInfo info, List<Violation> violations) {
        this(info, violations, false, null);
    }

    /** Media that is no data URI. */
    public CheckedMedia(MediaInfo info, List<Violation> violations, boolean fit) {
        this(info, violations, fit, null);
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
