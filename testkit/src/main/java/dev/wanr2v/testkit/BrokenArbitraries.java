package dev.wanr2v.testkit;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Rule;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests that break exactly one rule. Each starts from a valid request for the capabilities and
 * changes one thing, chosen so that no other rule breaks with it; a rule that cannot break alone
 * under the capabilities (a seed out of range where seeds are unsupported) is left out.
 */
final class BrokenArbitraries {
    /** Recently used capabilities and their generators: building them per generated value would be slow. */
    private static final Map<Capabilities, Map<Rule, Arbitrary<BrokenRequest>>> RECENT =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Capabilities, Map<Rule, Arbitrary<BrokenRequest>>> e) {
                    return size() > 32;
                }
            });

    private BrokenArbitraries() {
    }

    /** A generator per rule that can break alone under these capabilities, in the order of {@link Rule}. */
    static Map<Rule, Arbitrary<BrokenRequest>> byRule(Capabilities caps) {
        return RECENT.computeIfAbsent(caps, BrokenArbitraries::build);
    }

    private static Map<Rule, Arbitrary<BrokenRequest>> build(Capabilities caps) {
        Arbitrary<R2vRequest> ok = RequestArbitraries.valid(caps);
        Map<Rule, Arbitrary<BrokenRequest>> out = new EnumMap<>(Rule.class);
        out.put(Rule.PROMPT_REQUIRED, ok.flatMap(r -> TextArbitraries.blank().map(p ->
                broken(Rule.PROMPT_REQUIRED, "prompt \"" + p.replace("\n", "\\n") + "\"", r.toBuilder().prompt(p)))));
        out.put(Rule.PROMPT_LENGTH, ok.flatMap(r -> TextArbitraries.tooLong(TextArbitraries.MAX_PROMPT).map(p ->
                broken(Rule.PROMPT_LENGTH, codePoints(p) + " code points", r.toBuilder().prompt(p)))));
        out.put(Rule.TEXT_CHARACTERS, textCharacters(caps, ok));
        if (caps.supports(Feature.NEGATIVE_PROMPT)) {
            out.put(Rule.NEGATIVE_PROMPT_LENGTH, ok.flatMap(r ->
                    TextArbitraries.tooLong(TextArbitraries.MAX_NEGATIVE_PROMPT).map(n -> broken(
                            Rule.NEGATIVE_PROMPT_LENGTH, codePoints(n) + " code points", r.toBuilder().negativePrompt(n)))));
        }
        out.put(Rule.REFERENCE_COUNT, referenceCount(caps, ok));
        BrokenReferences.composition(caps, ok, out);
        out.put(Rule.SIZE, ok.flatMap(r -> sizesOutside(caps).map(s ->
                broken(Rule.SIZE, "size " + s, r.toBuilder().size(s)))));
        out.put(Rule.DURATION, ok.flatMap(r -> durationsOutside(caps).map(d ->
                broken(Rule.DURATION, d + " s", r.toBuilder().duration(d)))));
        if (caps.supports(Feature.SEED)) {
            out.put(Rule.SEED, ok.flatMap(r -> seedsOutside().map(s ->
                    broken(Rule.SEED, "seed " + s, r.toBuilder().seed(s)))));
        }
        if (caps.tiers().contains(ModelTier.STANDARD) && caps.supports(Feature.SILENT_OUTPUT)) {
            out.put(Rule.SILENT_TIER, ok.map(r -> broken(Rule.SILENT_TIER, "silent STANDARD",
                    r.toBuilder().tier(ModelTier.STANDARD).audio(false))));
        }
        if (caps.tiers().size() < ModelTier.values().length) {
            ModelTier missing = caps.tiers().contains(ModelTier.FLASH) ? ModelTier.STANDARD : ModelTier.FLASH;
            out.put(Rule.TIER, ok.map(r -> broken(Rule.TIER, "tier " + missing,
                    r.toBuilder().tier(missing).audio(true))));
        }
        if (caps.supports(Feature.SHOT_TYPE) && caps.supports(Feature.PROMPT_EXTEND)
                && caps.multiShotNeedsPromptExtend()) {
            out.put(Rule.SHOT_TYPE, ok.map(r -> broken(Rule.SHOT_TYPE, "MULTI without prompt extension",
                    r.toBuilder().shotType(ShotType.MULTI).promptExtend(false))));
        }
        unsupportedOption(caps, ok).ifPresent(a -> out.put(Rule.UNSUPPORTED_OPTION, a));
        BrokenReferences.sources(caps, ok, out);
        return Collections.unmodifiableMap(out);
    }

    private static Arbitrary<BrokenRequest> textCharacters(Capabilities caps, Arbitrary<R2vRequest> ok) {
        Arbitrary<BrokenRequest> inPrompt = ok.flatMap(r -> TextArbitraries.withBadCharacter(40).map(p ->
                broken(Rule.TEXT_CHARACTERS, "bad character in prompt", r.toBuilder().prompt(p))));
        if (!caps.supports(Feature.NEGATIVE_PROMPT)) {
            return inPrompt;
        }
        return Arbitraries.oneOf(inPrompt, ok.flatMap(r -> TextArbitraries.withBadCharacter(40).map(n ->
                broken(Rule.TEXT_CHARACTERS, "bad character in negative prompt", r.toBuilder().negativePrompt(n)))));
    }

    private static Arbitrary<BrokenRequest> referenceCount(Capabilities caps, Arbitrary<R2vRequest> ok) {
        Arbitrary<BrokenRequest> none = ok.map(r -> broken(Rule.REFERENCE_COUNT, "no references",
                r.toBuilder().references(List.of())));
        int n = SourceArbitraries.maxReferences(caps) + 1;
        int videos = Math.min(SourceArbitraries.maxVideos(caps), n);
        if (n - videos > SourceArbitraries.maxImages(caps)) {
            return none;
        }
        return Arbitraries.oneOf(none, ok.flatMap(r -> SourceArbitraries.references(caps, n - videos, videos)
                .map(refs -> broken(Rule.REFERENCE_COUNT, n + " references", r.toBuilder().references(refs)))));
    }

    private static Optional<Arbitrary<BrokenRequest>> unsupportedOption(Capabilities caps,
            Arbitrary<R2vRequest> ok) {
        List<Arbitrary<BrokenRequest>> cases = new ArrayList<>();
        if (!caps.supports(Feature.NEGATIVE_PROMPT)) {
            cases.add(ok.flatMap(r -> TextArbitraries.negativePrompts().map(n ->
                    unsupported("negative prompt", r.toBuilder().negativePrompt(n)))));
        }
        if (!caps.supports(Feature.AUDIO_GUIDE)) {
            cases.add(ok.flatMap(r -> SourceArbitraries.sources(MediaKind.AUDIO, caps).map(a ->
                    unsupported("audio guide", r.toBuilder().audioGuide(a)))));
        }
        if (!caps.supports(Feature.SEED)) {
            cases.add(ok.flatMap(r -> RequestArbitraries.seeds().map(s -> unsupported("seed", r.toBuilder().seed(s)))));
        }
        if (!caps.supports(Feature.WATERMARK)) {
            cases.add(ok.map(r -> unsupported("watermark", r.toBuilder().watermark(true))));
        }
        if (!caps.supports(Feature.SHOT_TYPE)) {
            cases.add(ok.map(r -> unsupported("MULTI shot", r.toBuilder().shotType(ShotType.MULTI).promptExtend(true))));
        }
        if (!caps.supports(Feature.PROMPT_EXTEND)) {
            cases.add(ok.map(r -> unsupported("prompt extension off",
                    r.toBuilder().promptExtend(false).shotType(ShotType.SINGLE))));
        }
        if (!caps.supports(Feature.SILENT_OUTPUT) && caps.tiers().contains(ModelTier.FLASH)) {
            cases.add(ok.map(r -> unsupported("silent output", r.toBuilder().tier(ModelTier.FLASH).audio(false))));
        }
        return cases.isEmpty() ? Optional.empty() : Optional.of(Arbitraries.oneOf(cases));
    }

    private static Arbitrary<VideoSize> sizesOutside(Capabilities caps) {
        Arbitrary<VideoSize> odd = Combinators.combine(Arbitraries.integers().between(1, 4096),
                Arbitraries.integers().between(1, 4096)).as(VideoSize::new).filter(s -> !s.isStandard());
        Arbitrary<VideoSize> near = Arbitraries.of(new VideoSize(1280, 721), new VideoSize(720, 720),
                new VideoSize(1920, 1088), new VideoSize(3840, 2160), new VideoSize(1, 1), new VideoSize(960, 540));
        List<VideoSize> notOffered = VideoSize.standardSizes().stream().filter(s -> !caps.sizes().contains(s)).toList();
        if (notOffered.isEmpty()) {
            return Arbitraries.oneOf(odd, near);
        }
        return Arbitraries.oneOf(odd, near, Arbitraries.of(notOffered));
    }

    private static Arbitrary<Integer> durationsOutside(Capabilities caps) {
        int min = caps.durations().first();
        int max = caps.durations().last();
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(0, -1, min - 1, max + 1, 3600, Integer.MAX_VALUE,
                Integer.MIN_VALUE)), Tuple.of(5, Arbitraries.integers().between(-10, 120)))
                .filter(d -> !caps.durations().contains(d));
    }

    private static Arbitrary<Long> seedsOutside() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(-1L, RequestArbitraries.MAX_SEED + 1,
                        Long.MIN_VALUE, Long.MAX_VALUE, 4_294_967_295L)),
                Tuple.of(3, Arbitraries.longs().between(Long.MIN_VALUE, -1)),
                Tuple.of(3, Arbitraries.longs().between(RequestArbitraries.MAX_SEED + 1, Long.MAX_VALUE)));
    }

    static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    static BrokenRequest broken(Rule rule, String how, R2vRequest.Builder builder) {
        return new BrokenRequest(rule, how, builder.build());
    }

    private static BrokenRequest unsupported(String what, R2vRequest.Builder builder) {
        return broken(Rule.UNSUPPORTED_OPTION, what, builder);
    }

    /** The request with the source of reference {@code index} replaced. */
    static R2vRequest.Builder withSource(R2vRequest r, int index, MediaSource source) {
        List<Reference> refs = new ArrayList<>(r.references());
        refs.set(index, new Reference(refs.get(index).kind(), source));
        return r.toBuilder().references(refs);
    }
}
