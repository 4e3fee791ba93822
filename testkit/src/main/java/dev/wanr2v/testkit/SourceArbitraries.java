package dev.wanr2v.testkit;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Reference;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ReferenceOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Media sources and reference lists. */
final class SourceArbitraries {
    static final int MAX_REFERENCES = 5;
    static final int MAX_IMAGES = 5;
    static final int MAX_VIDEOS = 3;

    private static final Map<MediaKind, List<String>> EXTENSIONS = Map.of(
            MediaKind.IMAGE, List.of("png", "jpg", "jpeg", "webp", "bmp", "PNG", "JPG"),
            MediaKind.VIDEO, List.of("mp4", "mov", "MP4"),
            MediaKind.AUDIO, List.of("mp3", "wav", "MP3"));

    private SourceArbitraries() {
    }

    /**
     * Public http(s) URLs whose path ends in an extension of the kind, sometimes with a signed-URL
     * query string, so that a server can tell images from videos the way real vendors do.
     */
    static Arbitrary<String> httpUrls(MediaKind kind) {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars('0', '7', '-')
                .ofMinLength(1).ofMaxLength(12).filter(s -> !s.startsWith("-") && !s.endsWith("-"));
        Arbitrary<String> host = Combinators.combine(label, Arbitraries.of(".example.com", ".example.org",
                ".cdn.example.net", ".oss-ap-southeast-1.example.com")).as(String::concat);
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars('0', '9', '_', '-').ofMinLength(1)
                        .ofMaxLength(16),
                Arbitraries.of("%E4%BA%BA%E7%89%A9", "caf%C3%A9", "a%20b", "2026", "file-manage-files"));
        Arbitrary<String> path = segment.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join("/", s));
        Arbitrary<String> query = Arbitraries.of("", "", "?v=2",
                "?Expires=1775000000&OSSAccessKeyId=LTAI5tExample&Signature=abc%2Bdef%3D",
                "?x-oss-process=image%2Fresize%2Cw_720", "?X-Amz-Signature=0f1e2d&X-Amz-Expires=3600");
        return Combinators.combine(Arbitraries.of("https", "https", "http"), host, path,
                Arbitraries.of(EXTENSIONS.get(kind)), query)
                .as((scheme, h, p, ext, q) -> scheme + "://" + h + "/" + p + "." + ext + q);
    }

    /** Data URIs holding real samples of the kind that keep the declared media limits; empty if none does. */
    static java.util.Optional<Arbitrary<String>> dataUris(MediaKind kind, Capabilities caps) {
        List<MediaFormat> formats = MediaFormat.of(kind).stream()
                .filter(f -> MediaSamples.fits(f, caps.mediaLimits())).toList();
        return formats.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(Arbitraries.of(formats).map(f -> MediaSamples.dataUri(f).orElseThrow()));
    }

    /** Whether validation accepts data URIs given by the user for every reference kind. */
    static boolean acceptsDataUris(Capabilities caps) {
        return caps.referenceKinds().stream().allMatch(caps::acceptsDataUri);
    }

    /** Whether validation refuses data URIs for every reference kind. */
    static boolean refusesDataUris(Capabilities caps) {
        return caps.referenceKinds().stream().noneMatch(caps::acceptsDataUri);
    }

    /**
     * Valid sources of a kind: URLs, and data URIs of real samples when the capabilities accept them and the
     * samples keep the declared media limits.
     */
    static Arbitrary<MediaSource> sources(MediaKind kind, Capabilities caps) {
        Arbitrary<MediaSource> urls = httpUrls(kind).map(MediaSource::url);
        return dataUris(kind, caps).filter(d -> caps.acceptsDataUri(kind))
                .map(d -> Arbitraries.frequencyOf(Tuple.of(3, urls), Tuple.of(1, d.map(MediaSource::dataUri))))
                .orElse(urls);
    }

    static int maxImages(Capabilities caps) {
        return caps.referenceKinds().contains(MediaKind.IMAGE) ? Math.min(MAX_IMAGES, caps.maxImages()) : 0;
    }

    static int maxVideos(Capabilities caps) {
        return caps.referenceKinds().contains(MediaKind.VIDEO) ? Math.min(MAX_VIDEOS, caps.maxVideos()) : 0;
    }

    static int maxReferences(Capabilities caps) {
        return Math.min(MAX_REFERENCES, caps.maxReferences());
    }

    /** Valid reference lists: counts within every limit, the edges often, in an order the wire can express. */
    static Arbitrary<List<Reference>> references(Capabilities caps) {
        int maxI = maxImages(caps);
        int maxV = maxVideos(caps);
        int max = Math.min(maxReferences(caps), maxI + maxV);
        if (max < 1) {
            throw new IllegalArgumentException("no reference list is valid under " + caps);
        }
        return edgy(1, max).flatMap(n -> edgy(Math.max(0, n - maxI), Math.min(maxV, n))
                .flatMap(videos -> references(caps, n - videos, videos)));
    }

    /** Exactly this many valid images and videos, ordered as the capabilities require. */
    static Arbitrary<List<Reference>> references(Capabilities caps, int images, int videos) {
        Arbitrary<List<Reference>> is = sources(MediaKind.IMAGE, caps).map(Reference::image).list().ofSize(images);
        Arbitrary<List<Reference>> vs = sources(MediaKind.VIDEO, caps).map(Reference::video).list().ofSize(videos);
        return Combinators.combine(is, vs, Arbitraries.randoms()).as((a, b, random) -> {
            List<Reference> all = new ArrayList<>(a);
            all.addAll(b);
            if (caps.referenceOrder() == ReferenceOrder.ANY) {
                Collections.shuffle(all, random);
            }
            return List.copyOf(all);
        });
    }

    /** An integer in [min, max], at either edge more often than in between. */
    static Arbitrary<Integer> edgy(int min, int max) {
        if (min >= max) {
            return Arbitraries.just(min);
        }
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(max)), Tuple.of(2, Arbitraries.just(min)),
                Tuple.of(5, Arbitraries.integers().between(min, max)));
    }
}
