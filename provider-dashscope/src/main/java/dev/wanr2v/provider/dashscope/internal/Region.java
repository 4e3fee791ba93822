package dev.wanr2v.provider.dashscope.internal;

import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.AccountLimits;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.MediaLimits;
import dev.wanr2v.spi.ReferenceOrder;
import dev.wanr2v.spi.support.OptionChoice;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * A DashScope region: its default host and what the model serves there. Model, endpoint and API key
 * must share a region; an explicit base URL replaces the host but the region still decides the
 * capabilities.
 */
public enum Region implements OptionChoice {
    /** Singapore, the default. */
    INTL("intl", "Singapore", "https://dashscope-intl.aliyuncs.com"),
    /** Beijing (mainland China). */
    CN("cn", "Beijing", "https://dashscope.aliyuncs.com"),
    /** Virginia: only {@code wan2.6-r2v}, video references only, 5 or 10 s. */
    US("us", "Virginia", "https://dashscope-us.aliyuncs.com");

    /** The name of the option that chooses the region. */
    public static final String OPTION = "region";

    private final String id;
    private final String place;
    private final String host;
    private final Capabilities capabilities;

    Region(String id, String place, String host) {
        this.id = id;
        this.place = place;
        this.host = host;
        this.capabilities = capabilitiesFor(id);
    }

    /** The option value, {@code intl}, {@code cn} or {@code us}. */
    @Override
    public String optionValue() {
        return id;
    }

    /** Where the region is: Singapore, Beijing, Virginia. */
    @Override
    public String description() {
        return place;
    }

    /** The default base URL of the region. */
    public String host() {
        return host;
    }

    /** What the model serves in this region. */
    public Capabilities capabilities() {
        return capabilities;
    }

    /** {@code intl (Singapore, default), cn (Beijing), us (Virginia)}. */
    public static String describeAll() {
        return OptionChoice.describe(Region.class, INTL);
    }

    /**
     * The account's limits (Alibaba's rate-limit and asynchronous-task pages): 5 creates/s, 20 task queries/s
     * for the whole account, 5 tasks running, the rest PENDING in a first-come-first-served queue. The
     * Virginia figures sit in merged table cells and are taken to be the same.
     */
    private static AccountLimits accountLimits() {
        return AccountLimits.documented(5, 20).withRunningTasks(5, true);
    }

    private static Capabilities capabilitiesFor(String id) {
        Capabilities.Builder b = Capabilities.builder().tiers(EnumSet.allOf(ModelTier.class))
                .sizes(VideoSize.standardSizes()).durationRange(2, 10).maxReferences(5).maxImages(5).maxVideos(3)
                .referenceKinds(EnumSet.of(MediaKind.IMAGE, MediaKind.VIDEO)).referenceOrder(ReferenceOrder.ANY)
                .dataUris(false).localMedia(LocalMediaRoute.PROVIDER_UPLOAD)
                .features(EnumSet.of(Feature.NEGATIVE_PROMPT, Feature.AUDIO_GUIDE, Feature.SEED, Feature.WATERMARK,
                        Feature.SHOT_TYPE, Feature.PROMPT_EXTEND, Feature.SILENT_OUTPUT, Feature.CANCEL))
                .pollInterval(Duration.ofSeconds(15)).resultLifetime(Duration.ofHours(24))
                .mediaLimits(MediaLimits.alibaba()).multiShotNeedsPromptExtend(false)
                .accountLimits(accountLimits()).qualifier("region " + id);
        if (id.equals("us")) {
            b.tiers(ModelTier.STANDARD).referenceKinds(Set.of(MediaKind.VIDEO)).durations(Set.of(5, 10))
                    .withoutFeature(Feature.SILENT_OUTPUT);
        }
        return b.build();
    }
}
