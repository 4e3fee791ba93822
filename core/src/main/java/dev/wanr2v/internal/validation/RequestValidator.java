package dev.wanr2v.internal.validation;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.MediaFit;
import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Rule;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.media.CheckedMedia;
import dev.wanr2v.internal.media.MediaScope;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.ReferenceOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against the core rules and one provider's declared capabilities, collecting every
 * violation in the order of the request's fields. Pure and thread-safe.
 */
public final class RequestValidator {
    /** The model's own limits, whatever the provider says. */
    public static final int MAX_REFERENCES = 5;
    public static final int MAX_IMAGES = 5;
    public static final int MAX_VIDEOS = 3;
    public static final long MAX_SEED = 2_147_483_647L;

    private final Capabilities caps;
    private final String provider;
    private final boolean uploaderConfigured;
    private final boolean fitterAvailable;

    /** A validator for a client without an image fitter. */
    public RequestValidator(Capabilities caps, String providerLabel, boolean uploaderConfigured) {
        this(caps, providerLabel, uploaderConfigured, false);
    }

    /**
     * @param caps               the provider's capabilities under the client's configuration
     * @param providerLabel      how messages name the provider, e.g. {@code "dashscope (region us)"}
     * @param uploaderConfigured whether the user configured a media uploader for local files
     * @param fitterAvailable    whether an image fitter is on the class path ({@link MediaFit#ARTIFACT})
     */
    public RequestValidator(Capabilities caps, String providerLabel, boolean uploaderConfigured,
            boolean fitterAvailable) {
        this.caps = caps;
        this.provider = providerLabel;
        this.uploaderConfigured = uploaderConfigured;
        this.fitterAvailable = fitterAvailable;
    }

    /**
     * What validating a request found: its violations, and what checking each media source found, by
     * field ({@code references[0]}, {@code audioGuide}), so that preparation need not inspect again.
     *
     * @param violations every violation, in field order
     * @param media      the checked sources whose form was fine, by field
     */
    public record Result(List<Violation> violations, Map<String, CheckedMedia> media) {
        /** Copies both. */
        public Result {
            violations = List.copyOf(violations);
            media = Map.copyOf(media);
        }
    }

    /** How messages name a provider with these capabilities: {@code id} or {@code id (qualifier)}. */
    public static String label(String providerId, Capabilities caps) {
        return caps.qualifier().isEmpty() ? providerId : providerId + " (" + caps.qualifier() + ")";
    }

    /**
     * Every violation, in field order; empty if the request is valid.
     *
     * @throws ConfigurationException if the request asks for {@link MediaFit#IMAGES} and no fitter is on
     *                                the class path
     */
    public List<Violation> validate(R2vRequest r) {
        return check(r).violations();
    }

    /**
     * Every violation and every checked media source.
     *
     * @throws ConfigurationException if the request asks for {@link MediaFit#IMAGES} and no fitter is on
     *                                the class path
     */
    public Result check(R2vRequest r) {
        if (r.fit() == MediaFit.IMAGES && !fitterAvailable) {
            String id = provider.contains(" (") ? provider.substring(0, provider.indexOf(" (")) : provider;
            throw new ConfigurationException("[" + id + "] the request asks for fitting (" + MediaFit.BUILDER_HINT
                    + "), but no image fitter is on the class path; add artifact " + MediaFit.ARTIFACT
                    + " to the dependencies, or leave fitting off and give images within " + provider + "'s limits ("
                    + caps.mediaLimits().image() + ")", ErrorDetails.of(id));
        }
        MediaScope scope = new MediaScope(caps.mediaLimits(), provider, r.fit() == MediaFit.IMAGES);
        Map<String, CheckedMedia> media = new HashMap<>();
        List<Violation> out = new ArrayList<>();
        tier(r, out);
        TextRules.prompt(r.prompt(), out);
        r.negativePrompt().ifPresent(n -> {
            TextRules.negativePrompt(n, out);
            unsupported(Feature.NEGATIVE_PROMPT, "negativePrompt", n, "a negative prompt", out);
        });
        references(r.references(), scope, media, out);
        r.audioGuide().ifPresent(a -> {
            unsupported(Feature.AUDIO_GUIDE, "audioGuide", a.describe(), "an audio guide", out);
            checked("audioGuide", SourceRules.check("audioGuide", MediaKind.AUDIO, a, caps, scope,
                    uploaderConfigured, out), media);
        });
        size(r.size(), out);
        duration(r.durationSeconds(), out);
        audio(r, out);
        shot(r, out);
        if (r.watermark()) {
            unsupported(Feature.WATERMARK, "watermark", true, "a watermark switch", out);
        }
        r.seed().ifPresent(seed -> {
            if (seed < 0 || seed > MAX_SEED) {
                out.add(Violation.of(Rule.SEED, "seed", seed, seed + " is outside 0.." + MAX_SEED
                        + "; pick a seed in that range, or leave it unset for a random one"));
            }
            unsupported(Feature.SEED, "seed", seed, "a seed", out);
        });
        return new Result(out, media);
    }

    private static void checked(String field, CheckedMedia checked, Map<String, CheckedMedia> media) {
        if (checked != null) {
            media.put(field, checked);
        }
    }

    private void tier(R2vRequest r, List<Violation> out) {
        if (!caps.tiers().contains(r.tier())) {
            out.add(Violation.of(Rule.TIER, "tier", r.tier(), provider + " does not serve tier " + r.tier()
                    + "; use " + caps.tiers()));
        }
    }

    private void references(List<Reference> refs, MediaScope scope, Map<String, CheckedMedia> media,
            List<Violation> out) {
        int max = Math.min(MAX_REFERENCES, caps.maxReferences());
        if (refs.isEmpty()) {
            out.add(Violation.of(Rule.REFERENCE_COUNT, "references", "0 items",
                    "no references; add 1 to " + max + " images or videos (the first is character1)"));
        } else if (refs.size() > max) {
            out.add(Violation.of(Rule.REFERENCE_COUNT, "references", refs.size() + " items",
                    refs.size() + " items, but at most " + max + " are allowed"
                            + (max < MAX_REFERENCES ? " by " + provider : "")));
        }
        long images = refs.stream().filter(x -> x.kind() == MediaKind.IMAGE).count();
        long videos = refs.size() - images;
        int maxImages = Math.min(MAX_IMAGES, caps.maxImages());
        int maxVideos = Math.min(MAX_VIDEOS, caps.maxVideos());
        if (images > maxImages) {
            out.add(Violation.of(Rule.REFERENCE_IMAGES, "references", images + " images",
                    images + " images, but at most " + maxImages + " are allowed"));
        }
        if (videos > maxVideos) {
            out.add(Violation.of(Rule.REFERENCE_VIDEOS, "references", videos + " videos",
                    videos + " videos, but at most " + maxVideos + " are allowed"));
        }
        for (int i = 0; i < refs.size(); i++) {
            Reference ref = refs.get(i);
            String field = "references[" + i + "]";
            if (!caps.referenceKinds().contains(ref.kind())) {
                out.add(Violation.of(Rule.REFERENCE_KIND, field, ref.source().describe(), provider + " takes only "
                        + caps.referenceKinds().stream().map(k -> k.label() + "s").toList()
                        + " as references, not " + ref.kind().label() + "s"));
            }
            checked(field, SourceRules.check(field, ref.kind(), ref.source(), caps, scope, uploaderConfigured, out),
                    media);
        }
        order(refs, out);
    }

    private void order(List<Reference> refs, List<Violation> out) {
        if (caps.referenceOrder() != ReferenceOrder.IMAGES_THEN_VIDEOS) {
            return;
        }
        int firstVideo = -1;
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).kind() == MediaKind.VIDEO && firstVideo < 0) {
                firstVideo = i;
            } else if (refs.get(i).kind() == MediaKind.IMAGE && firstVideo >= 0) {
                out.add(Violation.of(Rule.REFERENCE_ORDER, "references", "video at [" + firstVideo
                        + "] before image at [" + i + "]", "the video at references[" + firstVideo
                        + "] comes before the image at references[" + i + "], but " + provider
                        + " sends images and videos in separate lists, images first, so character" + (i + 1)
                        + " would not be the reference you meant; put every image before every video"
                        + " and renumber characterN in the prompt to match"));
                return;
            }
        }
    }

    private void size(VideoSize size, List<Violation> out) {
        if (!size.isStandard()) {
            out.add(Violation.of(Rule.SIZE, "size", size, size + " is not a size the model serves; use one of "
                    + VideoSize.standardSizes() + " (720P tier first)"));
        } else if (!caps.sizes().contains(size)) {
            out.add(Violation.of(Rule.SIZE, "size", size, provider + " does not offer " + size + "; use one of "
                    + caps.sizes()));
        }
    }

    private void duration(int seconds, List<Violation> out) {
        if (!caps.durations().contains(seconds)) {
            out.add(Violation.of(Rule.DURATION, "duration", seconds, seconds + " s, but " + provider
                    + " allows " + caps.durationsText() + " seconds"));
        }
    }

    private void audio(R2vRequest r, List<Violation> out) {
        if (r.audio()) {
            return;
        }
        if (r.tier() == ModelTier.STANDARD) {
            out.add(Violation.of(Rule.SILENT_TIER, "audio", false, "silent output exists only for tier FLASH;"
                    + " STANDARD clips always have audio: use tier FLASH or switch audio on"));
        }
        unsupported(Feature.SILENT_OUTPUT, "audio", false, "silent output", out);
    }

    private void shot(R2vRequest r, List<Violation> out) {
        if (r.shotType() == ShotType.MULTI) {
            unsupported(Feature.SHOT_TYPE, "shotType", ShotType.MULTI, "a shot type", out);
            if (!r.promptExtend() && caps.multiShotNeedsPromptExtend()) {
                out.add(Violation.of(Rule.SHOT_TYPE, "shotType", ShotType.MULTI, provider + " documents that MULTI"
                        + " takes effect only with prompt extension on, and it is off; switch prompt extension on"
                        + " or use SINGLE"));
            }
        }
        if (!r.promptExtend()) {
            unsupported(Feature.PROMPT_EXTEND, "promptExtend", false, "a prompt extension switch", out);
        }
    }

    private void unsupported(Feature feature, String field, Object value, String what, List<Violation> out) {
        if (!caps.supports(feature)) {
            out.add(Violation.of(Rule.UNSUPPORTED_OPTION, field, value, provider + "'s API has no field for "
                    + what + "; remove " + field + " or choose another provider"));
        }
    }
}
