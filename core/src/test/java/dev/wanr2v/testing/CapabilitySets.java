package dev.wanr2v.testing;

import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.ReferenceOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Capability sets that exercise the capability-derived rules, shaped like the real vendors. */
public final class CapabilitySets {
    private CapabilitySets() {
    }

    /** Everything allowed, data URIs included; multi-shot output needs prompt extension, as on wan26api. */
    public static final Capabilities OPEN = Capabilities.builder().dataUris(true).durationRange(2, 15)
            .multiShotNeedsPromptExtend(true).qualifier("open").build();

    /** Like DashScope's US region: STANDARD only, videos only, 5 or 10 s. */
    public static final Capabilities VIDEOS_ONLY = Capabilities.builder().tiers(ModelTier.STANDARD)
            .referenceKinds(Set.of(MediaKind.VIDEO)).durations(Set.of(5, 10)).qualifier("region us").build();

    /** Like UniAll: images before videos, URLs only, no watermark. */
    public static final Capabilities SPLIT_LISTS = Capabilities.builder()
            .referenceOrder(ReferenceOrder.IMAGES_THEN_VIDEOS).durationRange(2, 15)
            .withoutFeature(Feature.WATERMARK).build();

    /** A bare vendor: no optional field at all. */
    public static final Capabilities BARE = Capabilities.builder().features(EnumSet.noneOf(Feature.class))
            .durations(Set.of(5)).build();

    public static List<Capabilities> all() {
        return List.of(OPEN, VIDEOS_ONLY, SPLIT_LISTS, BARE);
    }
}
