package dev.wanr2v.provider.wan26api.internal;

import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.AccountLimits;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.MediaLimits;
import dev.wanr2v.spi.ReferenceOrder;
import java.time.Duration;
import java.util.EnumSet;

/**
 * What the {@code wan26_r2v} API can carry, per seed 004.
 *
 * <ul>
 * <li>Tier: only {@link ModelTier#FLASH}. The wire has one model id and no tier field, but documents
 *     an {@code audio} switch, which upstream only {@code wan2.6-r2v-flash} has; declaring one tier
 *     means a {@code STANDARD} request is rejected (rule {@code R2V-TIER}), never silently served by
 *     another model.</li>
 * <li>References: one ordered {@code reference_urls} list (any order), 1..5 items, at most 5 images
 *     and 3 videos, as URLs or {@code data:} URIs; local files and bytes are inspected and streamed as
 *     data URIs. The audio guide ({@code audio_url}) is documented as an http(s) URL only: no data URIs
 *     for audio, so a local audio guide needs a {@code MediaUploader}.</li>
 * <li>Options: audio guide, seed, watermark, shot type, prompt extension, silent output, and the
 *     precharge cost estimate. No negative prompt field and no cancel call.</li>
 * <li>Durations 2..15 s; the ten sizes.</li>
 * <li>Media, as seed 004 documents it: images 360..2000 pixels a side, at most 10 MB, no transparency;
 *     videos 3..30 s, at most 100 MB; audio guides 3..30 s, at most 15 MB. Multi-shot output takes effect
 *     only with prompt extension on (rule {@code R2V-SHOT-TYPE}).</li>
 * <li>Polling: the gateway publishes no advice. Tasks take one to five minutes, and fast ones may
 *     finish within seconds; at most every 10 s a finished clip is noticed within 10 s for 6 to 30
 *     status calls per task, a little brisker than DashScope's advised 15 s.</li>
 * <li>Account limits: none published; the engine's cautious default ({@link AccountLimits#UNDOCUMENTED}).</li>
 * </ul>
 */
public final class Wan26ApiCapabilities {
    /** How often waits poll at most, once grown: the gateway gives no advice of its own. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    /** Seed 004's media limits: images 360..2000 px and 10 MB, videos 3..30 s; the rest as Alibaba's table. */
    public static final MediaLimits MEDIA_LIMITS = MediaLimits.alibaba()
            .withImage(new MediaLimits.ImageLimits(360, 2000, 10 * MediaLimits.MEGABYTE, false))
            .withVideo(MediaLimits.TimedLimits.ofSeconds(3, 30, 100 * MediaLimits.MEGABYTE))
            .withAudio(MediaLimits.TimedLimits.ofSeconds(3, 30, 15 * MediaLimits.MEGABYTE));

    /** The capabilities, the same under every configuration. */
    public static final Capabilities CAPABILITIES = Capabilities.builder()
            .tiers(ModelTier.FLASH)
            .sizes(VideoSize.standardSizes())
            .durationRange(2, 15)
            .maxReferences(5)
            .maxImages(5)
            .maxVideos(3)
            .referenceKinds(EnumSet.of(MediaKind.IMAGE, MediaKind.VIDEO))
            .referenceOrder(ReferenceOrder.ANY)
            .dataUriKinds(EnumSet.of(MediaKind.IMAGE, MediaKind.VIDEO))
            .localMedia(LocalMediaRoute.DATA_URI)
            .features(EnumSet.of(Feature.AUDIO_GUIDE, Feature.SEED, Feature.WATERMARK, Feature.SHOT_TYPE,
                    Feature.PROMPT_EXTEND, Feature.SILENT_OUTPUT, Feature.COST_ESTIMATE))
            .pollInterval(POLL_INTERVAL)
            .mediaLimits(MEDIA_LIMITS)
            .multiShotNeedsPromptExtend(true)
            .accountLimits(AccountLimits.UNDOCUMENTED)
            .build();

    private Wan26ApiCapabilities() {
    }
}
