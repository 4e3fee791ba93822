package dev.wanr2v.reliability.hostile;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Rule;
import dev.wanr2v.testkit.MediaSamples;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile media sources given as text: URLs of refused schemes or broken syntax, and {@code data:} URIs
 * that are malformed, of the wrong media type, or whose content lies. Each carries the rule it breaks
 * by construction (README, "Validation rules").
 */
final class HostileSources {
    private static final List<String> SCHEMES = List.of("file:///etc/passwd", "file:///tmp/character.png",
            "ftp://files.example.com/refs/alice.png", "javascript:alert(document.cookie)", "gopher://old.example.com/1",
            "mailto:someone@example.com", "s3://bucket/refs/bob.mp4", "ws://example.com/a.png",
            "jar:file:/tmp/x.jar!/a.png", "HTTPX://example.com/a.png", "chrome://settings", "data2:image/png,xx");
    private static final List<String> SYNTAX = List.of("https://", "http:///path/only.png",
            "https://exa mple.com/a.png", "//cdn.example.com/a.png", "https://example.com/%zz.png",
            "cdn.example.com/ref.png", "https://[::1/a.png", "not a url at all", "https:/example.com/a.png",
            "http://exa<mple>.com/a.png", "https://example.com/a\u0000b.png", "https://example.com/a\"b.png", "");

    /**
     * A hostile source and what it must be refused as.
     *
     * @param how       a label for statistics
     * @param source    the source
     * @param required  the rules the refusal must name
     * @param dataUri   whether it is a data URI (providers that refuse them may add R2V-INPUT-FORM)
     */
    record Hostile(String how, MediaSource source, Set<Rule> required, boolean dataUri) {
    }

    private HostileSources() {
    }

    /** URLs with a scheme other than http, https, data: rule R2V-URL-SCHEME. */
    static Arbitrary<Hostile> badSchemes() {
        Arbitrary<String> generated = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8)
                        .filter(s -> !s.equals("http") && !s.equals("https") && !s.equals("data")),
                Arbitraries.of("://example.com/a.png", "://cdn.example.com/refs/b.mp4?sig=1", ":opaque-part"))
                .as(String::concat);
        return Arbitraries.oneOf(Arbitraries.of(SCHEMES), generated)
                .map(url -> new Hostile("scheme", MediaSource.url(url), EnumSet.of(Rule.URL_SCHEME), false));
    }

    /** Malformed URLs: no scheme, no host, characters a URL cannot hold: rule R2V-URL-SYNTAX. */
    static Arbitrary<Hostile> badSyntax() {
        Arbitrary<String> generated = Combinators.combine(Arbitraries.of("https://cdn.example.com/", "http://x.org/"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.of(" ", "%g0", "%zz", "<", ">", "{", "|", "^", "`", "\\", "\t"),
                Arbitraries.strings().alpha().ofMinLength(0).ofMaxLength(10))
                .as((base, a, bad, b) -> base + a + bad + b + ".png");
        return Arbitraries.oneOf(Arbitraries.of(SYNTAX), generated)
                .map(url -> new Hostile("syntax", MediaSource.url(url), EnumSet.of(Rule.URL_SYNTAX), false));
    }

    /** Broken data URIs of a kind: form, media type, base64, or content that lies. */
    static Arbitrary<Hostile> badDataUris(MediaKind kind, boolean inspected) {
        MediaFormat own = kind == MediaKind.IMAGE ? MediaFormat.JPEG : MediaFormat.MP4;
        MediaFormat sibling = kind == MediaKind.IMAGE ? MediaFormat.PNG : MediaFormat.MOV;
        String payload = base64(MediaSamples.bytes(own).orElseThrow());
        String type = own.mediaType();
        Arbitrary<String> wrongTypes = Arbitraries.of("image/gif", "text/plain", "application/json", "video/avi",
                "image/svg+xml", kind == MediaKind.IMAGE ? "video/mp4" : "image/png", "audio/mpeg");
        Arbitrary<String> brokenBase64 = Arbitraries.of(payload.substring(0, payload.length() - 1),
                payload.substring(0, 10) + "-" + payload.substring(11), "A===", "AA AA", "AAA", "", payload + "=",
                "=" + payload.substring(1), payload.substring(0, 8) + "*" + payload.substring(9));
        Set<Rule> lies = inspected ? EnumSet.of(Rule.MEDIA_TYPE) : EnumSet.of(Rule.INPUT_FORM);
        Set<Rule> junk = inspected ? EnumSet.of(Rule.MEDIA_FORMAT) : EnumSet.of(Rule.INPUT_FORM);
        Set<Rule> cut = inspected ? EnumSet.of(Rule.MEDIA_UNREADABLE) : EnumSet.of(Rule.INPUT_FORM);
        byte[] text = "plain words, not media at all".repeat(4).getBytes(StandardCharsets.UTF_8);
        return Arbitraries.oneOf(
                Arbitraries.just(hostile("no ;base64", "data:" + type + "," + payload, Rule.DATA_URI)),
                Arbitraries.just(hostile("no comma", "data:" + type + ";base64", Rule.DATA_URI)),
                Arbitraries.just(hostile("no media type", "data:;base64," + payload, Rule.DATA_URI)),
                brokenBase64.map(b -> hostile("broken base64", "data:" + type + ";base64," + b, Rule.DATA_URI)),
                wrongTypes.map(t -> hostile("wrong media type", "data:" + t + ";base64," + payload, Rule.MEDIA_TYPE)),
                Combinators.combine(wrongTypes, brokenBase64).as((t, b) -> new Hostile("wrong type, broken base64",
                        MediaSource.dataUri("data:" + t + ";base64," + b), EnumSet.of(Rule.MEDIA_TYPE, Rule.DATA_URI),
                        true)),
                Arbitraries.just(new Hostile("says " + sibling + ", holds " + own, MediaSource.dataUri("data:"
                        + sibling.mediaType() + ";base64," + payload), lies, true)),
                Arbitraries.just(new Hostile("holds text", MediaSource.dataUri("data:" + type + ";base64,"
                        + base64(text)), junk, true)),
                Arbitraries.just(new Hostile("holds a cut file", MediaSource.dataUri("data:" + type + ";base64,"
                        + base64(Arrays.copyOf(MediaSamples.bytes(own).orElseThrow(), 200))), cut, true)));
    }

    private static Hostile hostile(String how, String uri, Rule rule) {
        return new Hostile(how, MediaSource.dataUri(uri), EnumSet.of(rule), true);
    }

    private static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }
}
