package dev.wanr2v.testkit;

import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.ReferenceOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Capability sets shaped like real vendors and like odd ones, to exercise every capability-derived rule. */
final class CapabilityShapes {
    private CapabilityShapes() {
    }

    static final Capabilities OPEN = R2vArbitraries.openCapabilities();

    /** Like DashScope's US region: STANDARD only, videos only, 5 or 10 s, URLs only. */
    static final Capabilities VIDEOS_ONLY = Capabilities.builder().tiers(ModelTier.STANDARD)
            .referenceKinds(Set.of(MediaKind.VIDEO)).durations(Set.of(5, 10)).qualifier("region us").build();

    /** Like UniAll: images before videos, URLs only, no watermark. */
    static final Capabilities SPLIT_LISTS = Capabilities.builder().referenceOrder(ReferenceOrder.IMAGES_THEN_VIDEOS)
            .durationRange(2, 15).withoutFeature(Feature.WATERMARK).qualifier("split lists").build();

    /** No optional field at all, one duration, FLASH only. */
    static final Capabilities BARE = Capabilities.builder().tiers(ModelTier.FLASH)
            .features(EnumSet.noneOf(Feature.class)).durations(Set.of(5)).qualifier("bare").build();

    /** Tight limits: 3 references, 2 images, 1 video, 720P only, data URIs streamed by the engine. */
    static final Capabilities TIGHT = Capabilities.builder().maxReferences(3).maxImages(2).maxVideos(1)
            .sizes(List.of(dev.wanr2v.VideoSize.P720_LANDSCAPE, dev.wanr2v.VideoSize.P720_SQUARE))
            .dataUris(true).localMedia(LocalMediaRoute.DATA_URI).qualifier("tight").build();

    /** Images only, data URIs accepted, nothing local. */
    static final Capabilities IMAGES_ONLY = Capabilities.builder().referenceKinds(Set.of(MediaKind.IMAGE))
            .dataUris(true).durationRange(2, 15).qualifier("images only").build();

    static List<Capabilities> all() {
        return List.of(OPEN, VIDEOS_ONLY, SPLIT_LISTS, BARE, TIGHT, IMAGES_ONLY);
    }
}
