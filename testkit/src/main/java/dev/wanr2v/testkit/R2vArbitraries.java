package dev.wanr2v.testkit;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Rule;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators for the neutral R2V model, usable from any module's tests.
 *
 * <pre>{@code
 * @Property
 * void everyValidRequestEncodes(@ForAll("requests") R2vRequest request) { ... }
 *
 * @Provide
 * Arbitrary<R2vRequest> requests() {
 *     return R2vArbitraries.validRequests(new AcmeProvider().capabilities());
 * }
 * }</pre>
 *
 * <p>Every generator reaches the edges on purpose: 5 references, 3 videos, prompts of exactly 1500
 * code points mixing CJK and emoji, seeds 0 and 2147483647, the shortest and longest durations. Valid
 * requests use public URLs whose path ends in an extension of their kind ({@code .png}, {@code .mp4})
 * and, where the capabilities accept them, data URIs of real tiny media ({@link MediaSamples}); they
 * never use local files. {@link R2vDomain} offers the same generators as a jqwik domain.
 */
public final class R2vArbitraries {
    private R2vArbitraries() {
    }

    /**
     * Capabilities that allow everything the model can do on some vendor: both tiers, the ten sizes,
     * 2..15 s, 5 references, data URIs, every feature. The default of {@link R2vDomain}.
     */
    public static Capabilities openCapabilities() {
        return Capabilities.builder().durationRange(2, 15).dataUris(true).features(EnumSet.allOf(Feature.class))
                .multiShotNeedsPromptExtend(true).qualifier("open").build();
    }

    /** Requests that every core rule and these capabilities accept. */
    public static Arbitrary<R2vRequest> validRequests(Capabilities capabilities) {
        return RequestArbitraries.valid(capabilities);
    }

    /**
     * Requests that break exactly one rule under these capabilities, each labelled with the rule; every
     * rule of {@link #breakableRules} is generated.
     */
    public static Arbitrary<BrokenRequest> brokenRequests(Capabilities capabilities) {
        return Arbitraries.oneOf(List.copyOf(BrokenArbitraries.byRule(capabilities).values()));
    }

    /**
     * Requests that break exactly this rule, and no other, under these capabilities.
     *
     * @throws IllegalArgumentException if the rule cannot break alone under them (see {@link #breakableRules})
     */
    public static Arbitrary<BrokenRequest> brokenRequests(Capabilities capabilities, Rule rule) {
        Arbitrary<BrokenRequest> broken = BrokenArbitraries.byRule(capabilities).get(rule);
        if (broken == null) {
            throw new IllegalArgumentException(rule.id() + " cannot be broken alone under " + capabilities
                    + "; breakable: " + breakableRules(capabilities));
        }
        return broken;
    }

    /**
     * The rules a request can break alone under these capabilities. Of the rules about media content, only
     * image sides and transparency are among them, where image data URIs are taken (a PNG header in a data
     * URI, outside the declared {@link dev.wanr2v.spi.MediaLimits}); the others need real files.
     */
    public static Set<Rule> breakableRules(Capabilities capabilities) {
        Map<Rule, Arbitrary<BrokenRequest>> byRule = BrokenArbitraries.byRule(capabilities);
        return byRule.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(byRule.keySet());
    }

    /** Valid prompts: 1 to 1500 code points (often exactly 1500), mixing Latin, CJK, emoji and other scripts. */
    public static Arbitrary<String> prompts() {
        return TextArbitraries.prompts();
    }

    /** Valid negative prompts: 1 to 500 code points. */
    public static Arbitrary<String> negativePrompts() {
        return TextArbitraries.negativePrompts();
    }

    /** Texts of exactly this many code points, never blank, without refused characters. */
    public static Arbitrary<String> texts(int codePoints) {
        return TextArbitraries.text(codePoints);
    }

    /** Public http(s) URLs of media of a kind: the path ends in one of its extensions; some carry a signed query. */
    public static Arbitrary<String> httpUrls(MediaKind kind) {
        return SourceArbitraries.httpUrls(kind);
    }

    /** {@code data:} URIs of real tiny media of a kind (see {@link MediaSamples}). */
    public static Arbitrary<String> dataUris(MediaKind kind) {
        return SourceArbitraries.dataUris(kind, openCapabilities()).orElseThrow();
    }

    /** Valid media sources of a kind: URLs, and data URIs when the capabilities accept them. */
    public static Arbitrary<MediaSource> mediaSources(MediaKind kind, Capabilities capabilities) {
        return SourceArbitraries.sources(kind, capabilities);
    }

    /** Valid reference lists: 1 to the limit, within the image and video limits, in an order the wire can express. */
    public static Arbitrary<List<Reference>> references(Capabilities capabilities) {
        return SourceArbitraries.references(capabilities);
    }

    /** Seeds in 0..2147483647, both edges often. */
    public static Arbitrary<Long> seeds() {
        return RequestArbitraries.seeds();
    }

    /** Outcomes of every kind; failures carry a vendor-like code and a message (possibly empty). */
    public static Arbitrary<Outcome> outcomes() {
        return outcomes(EnumSet.allOf(Outcome.Kind.class));
    }

    /** Outcomes of these kinds only (UniAll and wan26api have no canceled state). */
    public static Arbitrary<Outcome> outcomes(Set<Outcome.Kind> kinds) {
        return ScriptArbitraries.outcomes(kinds);
    }

    /**
     * Status scripts: up to 2 queued steps, up to 6 running steps whose progress never goes down (some
     * of them with a status string no vendor documents), then an outcome of any kind.
     */
    public static Arbitrary<StatusScript> statusScripts() {
        return statusScripts(EnumSet.allOf(Outcome.Kind.class));
    }

    /** Status scripts ending in one of these kinds of outcome. */
    public static Arbitrary<StatusScript> statusScripts(Set<Outcome.Kind> outcomes) {
        return ScriptArbitraries.scripts(outcomes);
    }

    /** Status strings no vendor documents, which a provider must keep and treat as running. */
    public static List<String> unknownStatuses() {
        return ScriptArbitraries.UNKNOWN_STATUSES;
    }

    /**
     * Malformed and hostile response bodies: empty, HTML error pages, truncated JSON, random bytes,
     * JSON with wrong types or missing fields, huge strings (up to 5 MiB), JSON nested up to 50,000 deep.
     * The JSON-derived ones start from answers shaped like the three vendors'.
     */
    public static Arbitrary<HostileBody> hostileBodies() {
        return BodyArbitraries.hostile();
    }

    /**
     * Hostile variants of one valid JSON answer of your vendor (truncated, fields of the wrong type,
     * fields missing), mixed with the generic hostile bodies.
     *
     * @throws IllegalArgumentException if {@code validJson} is not JSON
     */
    public static Arbitrary<HostileBody> hostileVariantsOf(String validJson) {
        return BodyArbitraries.derived(validJson);
    }
}
