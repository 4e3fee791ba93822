package dev.wanr2v.testkit.conformance;

import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import java.util.ArrayList;
import java.util.List;

/** What rule 1.4 finds wrong with declared capabilities. */
final class CapabilityChecks {
    static final int MIN_DURATION = 2;
    static final int MAX_DURATION = 15;

    private CapabilityChecks() {
    }

    /** One line per problem, each starting with {@code where}; empty if the capabilities are sane. */
    static List<String> problems(String where, Capabilities caps) {
        List<String> out = new ArrayList<>();
        if (caps == null) {
            out.add(where + " is null");
            return out;
        }
        caps.sizes().stream().filter(s -> !s.isStandard())
                .forEach(s -> out.add(where + ": size " + s + " is not one of " + VideoSize.standardSizes()));
        caps.durations().stream().filter(d -> d < MIN_DURATION || d > MAX_DURATION).forEach(d -> out.add(where
                + ": duration " + d + " s is outside the model's " + MIN_DURATION + ".." + MAX_DURATION + " s"));
        if (caps.maxReferences() > 5) {
            out.add(where + ": maxReferences " + caps.maxReferences() + " exceeds 5");
        }
        if (caps.maxImages() > 5) {
            out.add(where + ": maxImages " + caps.maxImages() + " exceeds 5");
        }
        if (caps.maxVideos() > 3) {
            out.add(where + ": maxVideos " + caps.maxVideos() + " exceeds 3");
        }
        if (caps.referenceKinds().contains(MediaKind.IMAGE) && caps.maxImages() < 1) {
            out.add(where + ": images are accepted, but maxImages is 0");
        }
        if (caps.referenceKinds().contains(MediaKind.VIDEO) && caps.maxVideos() < 1) {
            out.add(where + ": videos are accepted, but maxVideos is 0");
        }
        if (caps.supports(Feature.SILENT_OUTPUT) && !caps.tiers().contains(ModelTier.FLASH)) {
            out.add(where + ": silent output is declared, but only FLASH can be silent and it is not among "
                    + caps.tiers());
        }
        if (caps.pollInterval().isNegative() || caps.pollInterval().isZero()) {
            out.add(where + ": pollInterval " + caps.pollInterval() + " is not positive");
        }
        return out;
    }
}
