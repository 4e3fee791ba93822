package dev.wanr2v.temporal;

import dev.wanr2v.Usage;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What a task consumed, as the vendor reported it ({@link Usage} in a form a workflow can return); every field
 * may be {@code null}.
 *
 * @param outputSeconds     seconds of video made
 * @param inputVideoSeconds seconds of reference video read (billed too)
 * @param videoCount        videos made
 * @param resolution        720 or 1080
 * @param ratio             the aspect ratio, as the vendor wrote it
 * @param cost              the cost, where the vendor reports one
 * @param currency          its currency
 * @param discount          the discount applied
 * @param raw               every value the vendor sent, by its own names
 */
public record UsageReport(BigDecimal outputSeconds, BigDecimal inputVideoSeconds, Integer videoCount,
        Integer resolution, String ratio, BigDecimal cost, String currency, BigDecimal discount,
        Map<String, String> raw) {

    /** Copies the raw values. */
    public UsageReport {
        raw = raw == null ? Map.of() : Map.copyOf(raw);
    }

    /** The report of a {@link Usage}. */
    public static UsageReport of(Usage usage) {
        return new UsageReport(usage.outputSeconds().orElse(null), usage.inputVideoSeconds().orElse(null),
                usage.videoCount().isPresent() ? usage.videoCount().getAsInt() : null,
                usage.resolution().isPresent() ? usage.resolution().getAsInt() : null, usage.ratio().orElse(null),
                usage.cost().orElse(null), usage.currency().orElse(null), usage.discount().orElse(null), usage.raw());
    }
}
