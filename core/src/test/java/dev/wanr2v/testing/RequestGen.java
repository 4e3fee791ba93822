package dev.wanr2v.testing;

import dev.wanr2v.MediaFormat;
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
import dev.wanr2v.spi.ReferenceOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for requests that are valid for some capabilities, or break exactly one rule. */
public final class RequestGen {
    public static final long MAX_SEED = 2_147_483_647L;

    private RequestGen() {
    }

    /** A request that breaks exactly one rule, labelled with the rule id. */
    public record Broken(String ruleId, R2vRequest request) {
        @Override
        public String toString() {
            return ruleId + " " + request;
        }
    }

    /** Text of exactly {@code n} code points, mixing ASCII, CJK and emoji; never blank, no control chars. */
    public static Arbitrary<String> text(int n) {
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between('a', 'z')),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((int) ' ')),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x9FFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x1F600, 0x1F64F)));
        return cp.list().ofSize(n).map(cps -> {
            StringBuilder sb = new StringBuilder("c");
            for (int i = 1; i < cps.size(); i++) {
                sb.appendCodePoint(cps.get(i));
            }
            return sb.toString();
        });
    }

    /** Prompts of 1..1500 code points, the edges (1, 1500) often. */
    public static Arbitrary<String> prompt() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(1500)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(1)),
                net.jqwik.api.Tuple.of(7, Arbitraries.integers().between(1, 1500)))
                .flatMap(RequestGen::text);
    }

    public static Arbitrary<String> httpUrl() {
        Arbitrary<String> host = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> path = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(0).ofMaxLength(20);
        Arbitrary<String> query = Arbitraries.of("", "?sig=abc123&expires=9", "?x=1");
        return Combinators.combine(Arbitraries.of("http", "https"), host, path, query)
                .as((s, h, p, q) -> s + "://" + h + ".example.com/" + p + q);
    }

    /** A data URI of valid media of this kind (the engine inspects data URI content). */
    public static Arbitrary<String> dataUri(MediaKind kind) {
        return Arbitraries.of(MediaSamples.dataUris(kind));
    }

    public static Arbitrary<MediaSource> source(MediaKind kind, Capabilities caps) {
        Arbitrary<MediaSource> url = httpUrl().map(MediaSource::url);
        if (!caps.acceptsDataUri(kind)) {
            return url;
        }
        return Arbitraries.oneOf(url, dataUri(kind).map(MediaSource::dataUri));
    }

    /** 1..max references with at most maxImages images and maxVideos videos, ordered as caps require. */
    public static Arbitrary<List<Reference>> references(Capabilities caps) {
        int max = Math.min(5, caps.maxReferences());
        boolean images = caps.referenceKinds().contains(MediaKind.IMAGE);
        boolean videos = caps.referenceKinds().contains(MediaKind.VIDEO);
        int maxI = images ? Math.min(5, caps.maxImages()) : 0;
        int maxV = videos ? Math.min(3, caps.maxVideos()) : 0;
        Arbitrary<Integer> imageCount = Arbitraries.integers().between(videos ? 0 : 1, maxI)
                .edgeCases(c -> c.includeOnly(videos ? 0 : 1, maxI));
        return imageCount.flatMap(i -> Arbitraries.integers().between(i == 0 ? 1 : 0, Math.min(maxV, max - i))
                .flatMap(v -> build(caps, i, v)));
    }

    private static Arbitrary<List<Reference>> build(Capabilities caps, int images, int videos) {
        Arbitrary<List<Reference>> is = source(MediaKind.IMAGE, caps).map(Reference::image).list().ofSize(images);
        Arbitrary<List<Reference>> vs = source(MediaKind.VIDEO, caps).map(Reference::video).list().ofSize(videos);
        return Combinators.combine(is, vs, Arbitraries.randoms()).as((a, b, random) -> {
            List<Reference> all = new ArrayList<>(a);
            all.addAll(b);
            if (caps.referenceOrder() == ReferenceOrder.ANY) {
                Collections.shuffle(all, random);
            }
            return all;
        });
    }

    /** Requests that every rule and these capabilities accept. */
    public static Arbitrary<R2vRequest> valid(Capabilities caps) {
        Arbitrary<ModelTier> tier = Arbitraries.of(caps.tiers());
        Arbitrary<String> negative = caps.supports(Feature.NEGATIVE_PROMPT)
                ? Arbitraries.integers().between(1, 500).flatMap(RequestGen::text).injectNull(0.5)
                : Arbitraries.just(null);
        Arbitrary<MediaSource> audioGuide = caps.supports(Feature.AUDIO_GUIDE)
                ? source(MediaKind.AUDIO, caps).injectNull(0.6) : Arbitraries.just(null);
        Arbitrary<Long> seed = caps.supports(Feature.SEED)
                ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(MAX_SEED)),
                        net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(0, MAX_SEED))).injectNull(0.3)
                : Arbitraries.just(null);
        Arbitrary<Boolean> extend = caps.supports(Feature.PROMPT_EXTEND) ? Arbitraries.of(true, false)
                : Arbitraries.just(true);
        Arbitrary<Boolean> watermark = caps.supports(Feature.WATERMARK) ? Arbitraries.of(true, false)
                : Arbitraries.just(false);
        Arbitrary<Boolean> multi = caps.supports(Feature.SHOT_TYPE) ? Arbitraries.of(true, false)
                : Arbitraries.just(false);
        Arbitrary<Boolean> silent = caps.supports(Feature.SILENT_OUTPUT) ? Arbitraries.of(true, false)
                : Arbitraries.just(false);
        Arbitrary<R2vRequest.Builder> head = Combinators.combine(tier, prompt(), negative, references(caps),
                audioGuide, Arbitraries.of(caps.sizes()), Arbitraries.of(caps.durations()), seed)
                .as((t, p, n, refs, a, size, d, s) -> R2vRequest.builder().tier(t).prompt(p).negativePrompt(n)
                        .references(refs).audioGuide(a).size(size).duration(d).seed(s));
        return Combinators.combine(head, extend, watermark, multi, silent).as((b, e, w, m, quiet) -> {
            R2vRequest draft = b.promptExtend(e).watermark(w).build();
            return draft.toBuilder().shotType(m && e ? ShotType.MULTI : ShotType.SINGLE)
                    .audio(!(quiet && draft.tier() == ModelTier.FLASH)).build();
        });
    }

    /** Requests that break exactly one rule, for the rules these capabilities make breakable alone. */
    public static Arbitrary<Broken> brokenOnce(Capabilities caps) {
        List<Arbitrary<Broken>> cases = new ArrayList<>();
        Arbitrary<R2vRequest> ok = valid(caps);
        cases.add(ok.flatMap(r -> Arbitraries.of("", " ", "\n\t  ")
                .map(p -> broken(Rule.PROMPT_REQUIRED, r.toBuilder().prompt(p)))));
        cases.add(ok.flatMap(r -> Arbitraries.integers().between(1501, 2200).flatMap(RequestGen::text)
                .map(p -> broken(Rule.PROMPT_LENGTH, r.toBuilder().prompt(p)))));
        cases.add(ok.flatMap(r -> Combinators.combine(text(40), Arbitraries.of("\u0000", "\u0007", "\u001b[31m",
                "\u007f", "\u0085", "\ud800", "\udfff", "\ud83d"), Arbitraries.integers().between(1, 39))
                .as((p, bad, at) -> broken(Rule.TEXT_CHARACTERS,
                        r.toBuilder().prompt(p.substring(0, at) + bad + p.substring(at))))));
        if (caps.supports(Feature.NEGATIVE_PROMPT)) {
            cases.add(ok.flatMap(r -> Arbitraries.integers().between(501, 900).flatMap(RequestGen::text)
                    .map(n -> broken(Rule.NEGATIVE_PROMPT_LENGTH, r.toBuilder().negativePrompt(n)))));
        }
        cases.add(ok.map(r -> broken(Rule.REFERENCE_COUNT, r.toBuilder().references(List.of()))));
        if (caps.referenceKinds().contains(MediaKind.IMAGE) && caps.referenceKinds().contains(MediaKind.VIDEO)) {
            cases.add(ok.flatMap(r -> sixReferences(caps).map(refs ->
                    broken(Rule.REFERENCE_COUNT, r.toBuilder().references(refs)))));
        }
        if (caps.referenceKinds().contains(MediaKind.VIDEO)) {
            cases.add(ok.flatMap(r -> source(MediaKind.VIDEO, caps).map(Reference::video).list().ofSize(4)
                    .map(refs -> broken(Rule.REFERENCE_VIDEOS, r.toBuilder().references(refs)))));
        }
        cases.add(ok.flatMap(r -> nonStandardSize().map(s -> broken(Rule.SIZE, r.toBuilder().size(s)))));
        cases.add(ok.flatMap(r -> Arbitraries.integers().between(-5, 60).filter(d -> !caps.durations().contains(d))
                .map(d -> broken(Rule.DURATION, r.toBuilder().duration(d)))));
        if (caps.supports(Feature.SEED)) {
            cases.add(ok.flatMap(r -> Arbitraries.oneOf(Arbitraries.longs().between(Long.MIN_VALUE, -1),
                    Arbitraries.longs().between(MAX_SEED + 1, Long.MAX_VALUE))
                    .edgeCases(c -> c.includeOnly(-1L, MAX_SEED + 1))
                    .map(s -> broken(Rule.SEED, r.toBuilder().seed(s)))));
        }
        if (caps.tiers().contains(ModelTier.STANDARD) && caps.supports(Feature.SILENT_OUTPUT)) {
            cases.add(ok.map(r -> broken(Rule.SILENT_TIER, r.toBuilder().tier(ModelTier.STANDARD).audio(false))));
        }
        if (caps.supports(Feature.SHOT_TYPE) && caps.supports(Feature.PROMPT_EXTEND)
                && caps.multiShotNeedsPromptExtend()) {
            cases.add(ok.map(r -> broken(Rule.SHOT_TYPE,
                    r.toBuilder().shotType(ShotType.MULTI).promptExtend(false))));
        }
        cases.add(ok.flatMap(r -> Arbitraries.of("ftp://files.example.com/a.png", "file:///tmp/a.png",
                "javascript:alert(1)", "gopher://x.example/1")
                .map(u -> broken(Rule.URL_SCHEME, replaceFirstSource(r, MediaSource.url(u))))));
        cases.add(ok.flatMap(r -> Arbitraries.of("https://", "http:///path/only.png", "https://exa mple.com/a.png",
                "//cdn.example.com/a.png", "https://example.com/a b.png", "not a url")
                .map(u -> broken(Rule.URL_SYNTAX, replaceFirstSource(r, MediaSource.url(u))))));
        if (caps.dataUris()) {
            cases.add(ok.flatMap(r -> Arbitraries.of("data:;base64,AAAA", "data:%s,AAAA", "data:%s;base64,A===",
                    "data:%s;base64,AA-_", "data:%s;base64,", "data:%s;base64,AAA", "data:%s;base64,AA=A")
                    .map(form -> broken(Rule.DATA_URI, replaceFirstSource(r, MediaSource.dataUri(
                            form.replace("%s", mediaTypeOfFirst(r))))))));
            cases.add(ok.flatMap(r -> Arbitraries.of("image/gif", "text/plain", "application/pdf")
                    .map(t -> broken(Rule.MEDIA_TYPE, replaceFirstSource(r,
                            MediaSource.dataUri("data:" + t + ";base64,AAAA"))))));
        }
        return Arbitraries.oneOf(cases);
    }

    private static String mediaTypeOfFirst(R2vRequest r) {
        return MediaFormat.of(r.references().get(0).kind()).get(0).mediaType();
    }

    private static Arbitrary<List<Reference>> sixReferences(Capabilities caps) {
        return Combinators.combine(source(MediaKind.IMAGE, caps).map(Reference::image).list().ofSize(3),
                source(MediaKind.VIDEO, caps).map(Reference::video).list().ofSize(3)).as((a, b) -> {
                    List<Reference> all = new ArrayList<>(a);
                    all.addAll(b);
                    return all;
                });
    }

    public static Arbitrary<VideoSize> nonStandardSize() {
        return Combinators.combine(Arbitraries.integers().between(1, 4000), Arbitraries.integers().between(1, 4000))
                .as(VideoSize::new).filter(s -> !s.isStandard())
                .edgeCases(c -> c.includeOnly(new VideoSize(1280, 721), new VideoSize(720, 720)));
    }

    private static R2vRequest replaceFirstSource(R2vRequest r, MediaSource source) {
        List<Reference> refs = new ArrayList<>(r.references());
        Reference first = refs.get(0);
        refs.set(0, new Reference(first.kind(), source));
        return r.toBuilder().references(refs).build();
    }

    private static Broken broken(Rule rule, R2vRequest.Builder builder) {
        return new Broken(rule.id(), builder.build());
    }

    private static Broken broken(Rule rule, R2vRequest request) {
        return new Broken(rule.id(), request);
    }
}
