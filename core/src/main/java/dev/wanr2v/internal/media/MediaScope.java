package dev.wanr2v.internal.media;

import dev.wanr2v.spi.MediaLimits;
import java.util.Objects;

/**
 * What media content is judged against.
 *
 * @param limits   the provider's media limits
 * @param provider how messages name the provider, e.g. {@code "wan26api"}
 * @param fit      whether local images that break a limit fitting can repair are to be fitted (the
 *                 request asked for it and a fitter is on the class path) rather than refused
 */
public record MediaScope(MediaLimits limits, String provider, boolean fit) {
    /** Checks that nothing is null. */
    public MediaScope {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(provider, "provider");
    }

    /** Judging against Alibaba's limits for an unnamed provider, without fitting (tools and benchmarks). */
    public static MediaScope alibaba() {
        return new MediaScope(MediaLimits.alibaba(), "the provider", false);
    }
}
