package dev.wanr2v.provider.uniall.internal;

import dev.wanr2v.spi.AccountLimits;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.MediaLimits;
import dev.wanr2v.spi.ReferenceOrder;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/** What the UniAll provider is and can do, as data. */
public final class ProviderFacts {
    public static final String ID = "uniall";
    public static final String DISPLAY_NAME = "UniAll (OpenAI-style video API)";

    /**
     * Both tiers, the ten sizes, 2..15 s ("per account" in UniAll's docs), up to 5 references (5 images,
     * 3 videos) sent images first, then videos (separate arrays: the assumed numbering is images first);
     * public URLs only (the docs show no data URIs and no upload); no watermark field, no cancel, no cost
     * estimate. Media limits: UniAll publishes none and fronts the same model, so Alibaba's table. Polls every 15 s at most: the gateway relays to the upstream task API, whose vendor
     * advises 15 s, and a 1-5 minute task then costs a handful of calls. UniAll publishes no account
     * limits: the engine's cautious default ({@link AccountLimits#UNDOCUMENTED}) applies.
     */
    public static final Capabilities CAPABILITIES = Capabilities.builder()
            .durationRange(2, 15)
            .maxReferences(5).maxImages(5).maxVideos(3)
            .referenceOrder(ReferenceOrder.IMAGES_THEN_VIDEOS)
            .dataUris(false)
            .localMedia(LocalMediaRoute.NONE)
            .features(EnumSet.of(Feature.NEGATIVE_PROMPT, Feature.AUDIO_GUIDE, Feature.SEED, Feature.SHOT_TYPE,
                    Feature.PROMPT_EXTEND, Feature.SILENT_OUTPUT))
            .pollInterval(Duration.ofSeconds(15))
            .mediaLimits(MediaLimits.alibaba())
            .accountLimits(AccountLimits.UNDOCUMENTED)
            .build();

    public static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.apiKey("UNIALL_API_KEY"),
            new ConfigOption(ConfigOption.BASE_URL, "your UniAll account's API base URL ({BASE_URL} in UniAll's"
                    + " docs; required, no default; a final /v1 is dropped)", null, List.of("UNIALL_BASE_URL"),
                    false, true),
            ConfigOption.optional(Settings.MODEL, "model id to send instead of the one derived from tier,"
                    + " size and audio (e.g. wan2.6-r2v-flash-1080p-audio); checked against the request", null,
                    "UNIALL_MODEL"));

    private ProviderFacts() {
    }
}
