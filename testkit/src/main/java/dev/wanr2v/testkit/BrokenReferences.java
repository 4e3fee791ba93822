package dev.wanr2v.testkit;

import static dev.wanr2v.testkit.BrokenArbitraries.broken;
import static dev.wanr2v.testkit.BrokenArbitraries.withSource;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Rule;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.MediaLimits;
import dev.wanr2v.spi.ReferenceOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Requests whose references alone break one rule: their composition, or one reference's source. */
final class BrokenReferences {
    private static final List<String> BAD_SCHEMES = List.of("ftp://files.example.com/a.png",
            "file:///tmp/character.png", "javascript:alert(1)", "gopher://old.example.com/1", "s3://bucket/ref.mp4",
            "mailto:someone@example.com", "HTTPX://example.com/a.png");
    private static final List<String> BAD_SYNTAX = List.of("https://", "http:///path/only.png",
            "https://exa mple.com/a.png", "//cdn.example.com/a.png", "https://example.com/a b.png", "not a url",
            "https://example.com/%zz.png", "cdn.example.com/ref.png", "https://[::1/a.png");
    private static final List<String> BAD_DATA_URIS = List.of("data:;base64,AAAA", "data:%s,AAAA",
            "data:%s;base64,A===", "data:%s;base64,AA-_", "data:%s;base64,", "data:%s;base64,AAA",
            "data:%s;base64,AA=A", "data:%s;base64,AA AA");

    private BrokenReferences() {
    }

    /** Too many images or videos, a kind the provider does not take, an order its wire cannot express. */
    static void composition(Capabilities caps, Arbitrary<R2vRequest> ok, Map<Rule, Arbitrary<BrokenRequest>> out) {
        int max = SourceArbitraries.maxReferences(caps);
        int maxI = SourceArbitraries.maxImages(caps);
        int maxV = SourceArbitraries.maxVideos(caps);
        if (maxI > 0 && maxI < max) {
            out.put(Rule.REFERENCE_IMAGES, ok.flatMap(r -> SourceArbitraries.references(caps, maxI + 1, 0)
                    .map(refs -> broken(Rule.REFERENCE_IMAGES, (maxI + 1) + " images", r.toBuilder().references(refs)))));
        }
        if (maxV > 0 && maxV < max) {
            out.put(Rule.REFERENCE_VIDEOS, ok.flatMap(r -> SourceArbitraries.references(caps, 0, maxV + 1)
                    .map(refs -> broken(Rule.REFERENCE_VIDEOS, (maxV + 1) + " videos", r.toBuilder().references(refs)))));
        }
        for (MediaKind kind : List.of(MediaKind.IMAGE, MediaKind.VIDEO)) {
            int limit = kind == MediaKind.IMAGE ? Math.min(5, caps.maxImages()) : Math.min(3, caps.maxVideos());
            if (!caps.referenceKinds().contains(kind) && limit > 0) {
                out.put(Rule.REFERENCE_KIND, ok.flatMap(r -> SourceArbitraries.sources(kind, caps).map(s ->
                        broken(Rule.REFERENCE_KIND, "a " + kind.label() + " reference",
                                r.toBuilder().references(List.of(new Reference(kind, s)))))));
            }
        }
        if (caps.referenceOrder() == ReferenceOrder.IMAGES_THEN_VIDEOS && maxI > 0 && maxV > 0 && max > 1) {
            out.put(Rule.REFERENCE_ORDER, ok.flatMap(r -> Arbitraries.integers().between(1, Math.min(maxV, max - 1))
                    .flatMap(v -> Arbitraries.integers().between(1, Math.min(maxI, max - v))
                            .flatMap(i -> videosThenImages(caps, v, i)))
                    .map(refs -> broken(Rule.REFERENCE_ORDER, "video before image", r.toBuilder().references(refs)))));
        }
    }

    private static Arbitrary<List<Reference>> videosThenImages(Capabilities caps, int videos, int images) {
        return Combinators.combine(SourceArbitraries.references(caps, 0, videos),
                SourceArbitraries.references(caps, images, 0)).as((vs, is) -> {
                    List<Reference> refs = new ArrayList<>(vs);
                    refs.addAll(is);
                    return refs;
                });
    }

    /** One reference's source has a bad scheme, bad syntax, a broken data URI, or a refused form. */
    static void sources(Capabilities caps, Arbitrary<R2vRequest> ok, Map<Rule, Arbitrary<BrokenRequest>> out) {
        out.put(Rule.URL_SCHEME, replaced(ok, Rule.URL_SCHEME, kind -> Arbitraries.of(BAD_SCHEMES)
                .map(MediaSource::url)));
        out.put(Rule.URL_SYNTAX, replaced(ok, Rule.URL_SYNTAX, kind -> Arbitraries.of(BAD_SYNTAX)
                .map(MediaSource::url)));
        if (SourceArbitraries.acceptsDataUris(caps)) {
            out.put(Rule.DATA_URI, replaced(ok, Rule.DATA_URI, kind -> Arbitraries.of(BAD_DATA_URIS)
                    .map(form -> MediaSource.dataUri(form.replace("%s", sampleFormat(kind).mediaType())))));
            out.put(Rule.MEDIA_TYPE, replaced(ok, Rule.MEDIA_TYPE, kind -> Arbitraries.of("image/gif", "text/plain",
                    "application/pdf", "application/octet-stream", otherKind(kind).mediaType())
                    .map(type -> MediaSource.dataUri("data:" + type + ";base64,AAAA"))));
        }
        if (caps.acceptsDataUri(MediaKind.IMAGE) && SourceArbitraries.maxImages(caps) > 0) {
            imageContent(caps, ok, out);
        }
        if (SourceArbitraries.refusesDataUris(caps)) {
            out.put(Rule.INPUT_FORM, replaced(ok, Rule.INPUT_FORM, kind ->
                    Arbitraries.just(MediaSource.dataUri(MediaSamples.dataUri(sampleFormat(kind)).orElseThrow()))));
        } else if (SourceArbitraries.acceptsDataUris(caps) && caps.localMedia() == LocalMediaRoute.NONE) {
            out.put(Rule.INPUT_FORM, replaced(ok, Rule.INPUT_FORM, kind ->
                    Arbitraries.just(MediaSource.bytes(MediaSamples.bytes(sampleFormat(kind)).orElseThrow()))));
        }
    }

    /**
     * An image reference replaced by a data URI whose PNG header breaks the declared image limits: a side
     * one pixel outside the range, or transparency where the provider refuses it. Never sent: validation
     * reads only the header.
     */
    private static void imageContent(Capabilities caps, Arbitrary<R2vRequest> ok,
            Map<Rule, Arbitrary<BrokenRequest>> out) {
        MediaLimits.ImageLimits limits = caps.mediaLimits().image();
        int min = limits.minSide();
        int max = limits.maxSide();
        List<int[]> sizes = new ArrayList<>(List.of(new int[] {max + 1, min}, new int[] {min, max + 1}));
        if (min > 1) {
            sizes.add(new int[] {min - 1, min});
            sizes.add(new int[] {max, min - 1});
        }
        out.put(Rule.IMAGE_DIMENSIONS, replacedImage(ok, Rule.IMAGE_DIMENSIONS, Arbitraries.of(sizes)
                .map(s -> MediaSource.dataUri(PngHeaders.dataUri(s[0], s[1], false)))));
        if (!limits.transparency()) {
            out.put(Rule.IMAGE_TRANSPARENCY, replacedImage(ok, Rule.IMAGE_TRANSPARENCY,
                    Arbitraries.just(MediaSource.dataUri(PngHeaders.dataUri(min, min, true)))));
        }
    }

    private static Arbitrary<BrokenRequest> replacedImage(Arbitrary<R2vRequest> ok, Rule rule,
            Arbitrary<MediaSource> sources) {
        return ok.filter(r -> r.references().stream().anyMatch(x -> x.kind() == MediaKind.IMAGE)).flatMap(r -> {
            List<Integer> images = new ArrayList<>();
            for (int i = 0; i < r.references().size(); i++) {
                if (r.references().get(i).kind() == MediaKind.IMAGE) {
                    images.add(i);
                }
            }
            return Arbitraries.of(images).flatMap(i -> sources.map(s ->
                    broken(rule, "references[" + i + "] " + s.describe(), withSource(r, i, s))));
        });
    }

    private static Arbitrary<BrokenRequest> replaced(Arbitrary<R2vRequest> ok, Rule rule,
            Function<MediaKind, Arbitrary<MediaSource>> sources) {
        return ok.flatMap(r -> Arbitraries.integers().between(0, r.references().size() - 1).flatMap(i ->
                sources.apply(r.references().get(i).kind()).map(s ->
                        broken(rule, "references[" + i + "] " + s.describe(), withSource(r, i, s)))));
    }

    private static MediaFormat sampleFormat(MediaKind kind) {
        return kind == MediaKind.IMAGE ? MediaFormat.JPEG : kind == MediaKind.VIDEO ? MediaFormat.MP4 : MediaFormat.MP3;
    }

    private static MediaFormat otherKind(MediaKind kind) {
        return kind == MediaKind.IMAGE ? MediaFormat.MP4 : MediaFormat.PNG;
    }
}
