package dev.wanr2v.testkit;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Valid requests within a provider's capabilities. */
final class RequestArbitraries {
    static final long MAX_SEED = 2_147_483_647L;

    private RequestArbitraries() {
    }

    /** Seeds in 0..2147483647, both edges often. */
    static Arbitrary<Long> seeds() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)), Tuple.of(1, Arbitraries.just(MAX_SEED)),
                Tuple.of(6, Arbitraries.longs().between(0, MAX_SEED)));
    }

    static Arbitrary<Boolean> either(Capabilities caps, Feature feature, boolean otherwise) {
        return caps.supports(feature) ? Arbitraries.of(true, false) : Arbitraries.just(otherwise);
    }

    static <T> Arbitrary<T> optional(Capabilities caps, Feature feature, Arbitrary<T> values, double absent) {
        return caps.supports(feature) ? values.injectNull(absent) : Arbitraries.just(null);
    }

    /** Durations the capabilities allow, shortest and longest often. */
    static Arbitrary<Integer> durations(Capabilities caps) {
        List<Integer> all = List.copyOf(caps.durations());
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(all.get(0))),
                Tuple.of(1, Arbitraries.just(all.get(all.size() - 1))), Tuple.of(4, Arbitraries.of(all)));
    }

    /**
     * Requests every core rule and these capabilities accept: tiers, sizes, durations and reference
     * limits, kinds and order as declared; data URIs only where accepted; optional fields only for
     * declared features; silent output only for FLASH; MULTI shots only with prompt extension on where the
     * capabilities declare that dependency; prompt extension on is left at its default half the time.
     */
    static Arbitrary<R2vRequest> valid(Capabilities caps) {
        Arbitrary<String> negative = optional(caps, Feature.NEGATIVE_PROMPT, TextArbitraries.negativePrompts(), 0.5);
        Arbitrary<MediaSource> audioGuide = optional(caps, Feature.AUDIO_GUIDE,
                SourceArbitraries.sources(MediaKind.AUDIO, caps), 0.6);
        Arbitrary<Long> seed = optional(caps, Feature.SEED, seeds(), 0.3);
        Arbitrary<R2vRequest.Builder> head = Combinators.combine(Arbitraries.of(caps.tiers()),
                TextArbitraries.prompts(), negative, SourceArbitraries.references(caps), audioGuide,
                Arbitraries.of(caps.sizes()), durations(caps), seed)
                .as((tier, prompt, n, refs, guide, size, duration, s) -> R2vRequest.builder().tier(tier)
                        .prompt(prompt).negativePrompt(n).references(refs).audioGuide(guide).size(size)
                        .duration(duration).seed(s));
        return Combinators.combine(head, either(caps, Feature.PROMPT_EXTEND, true),
                either(caps, Feature.WATERMARK, false), either(caps, Feature.SHOT_TYPE, false),
                either(caps, Feature.SILENT_OUTPUT, false), Arbitraries.of(true, false))
                .as((b, extend, watermark, multi, silent, chosen) -> {
                    R2vRequest draft = b.build();
                    boolean multiAllowed = extend || !caps.multiShotNeedsPromptExtend();
                    return draft.toBuilder().promptExtend(!extend || chosen ? extend : null).watermark(watermark)
                            .shotType(multi && multiAllowed ? ShotType.MULTI : ShotType.SINGLE)
                            .audio(!(silent && draft.tier() == ModelTier.FLASH)).build();
                });
    }
}
