package dev.wanr2v.testkit;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.spi.Capabilities;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The R2V domain for jqwik: every generator of {@link R2vArbitraries}, chosen by parameter type.
 *
 * <pre>{@code
 * @Property
 * @Domain(R2vDomain.class)
 * void validRequestsPass(@ForAll R2vRequest request, @ForAll StatusScript script) { ... }
 * }</pre>
 *
 * <table>
 * <caption>What each parameter type receives</caption>
 * <tr><th>type</th><th>values</th></tr>
 * <tr><td>{@link R2vRequest}</td><td>valid requests for {@link #capabilities()}</td></tr>
 * <tr><td>{@link BrokenRequest}</td><td>requests breaking exactly one rule, labelled with it</td></tr>
 * <tr><td>{@code List<Reference>}, {@link Reference}</td><td>valid reference lists; single references</td></tr>
 * <tr><td>{@link MediaSource}</td><td>valid sources of images, videos and audio guides</td></tr>
 * <tr><td>{@link StatusScript}, {@link Outcome}</td><td>task lives ending in one of {@link #outcomeKinds()}</td></tr>
 * <tr><td>{@link HostileBody}</td><td>malformed and hostile response bodies</td></tr>
 * </table>
 *
 * <p>The default domain uses {@link R2vArbitraries#openCapabilities()}. For one provider, subclass it
 * with a public no-argument constructor:
 * <pre>{@code
 * public class AcmeDomain extends R2vDomain {
 *     public AcmeDomain() {
 *         super(new AcmeProvider().capabilities(), EnumSet.of(Outcome.Kind.SUCCEEDED, Outcome.Kind.FAILED));
 *     }
 * }
 * }</pre>
 */
public class R2vDomain extends DomainContextBase {
    private final Capabilities capabilities;
    private final Set<Outcome.Kind> outcomeKinds;

    /** The domain for {@link R2vArbitraries#openCapabilities()} and every kind of outcome. */
    public R2vDomain() {
        this(R2vArbitraries.openCapabilities(), EnumSet.allOf(Outcome.Kind.class));
    }

    /**
     * A domain for one provider's capabilities.
     *
     * @param capabilities what generated requests must fit
     * @param outcomeKinds how generated scripts may end
     */
    protected R2vDomain(Capabilities capabilities, Set<Outcome.Kind> outcomeKinds) {
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.outcomeKinds = Set.copyOf(outcomeKinds);
    }

    /** The capabilities generated requests fit. */
    public Capabilities capabilities() {
        return capabilities;
    }

    /** The kinds of outcome generated scripts end with. */
    public Set<Outcome.Kind> outcomeKinds() {
        return outcomeKinds;
    }

    @Provide
    Arbitrary<R2vRequest> validRequests() {
        return R2vArbitraries.validRequests(capabilities);
    }

    @Provide
    Arbitrary<BrokenRequest> brokenRequests() {
        return R2vArbitraries.brokenRequests(capabilities);
    }

    @Provide
    Arbitrary<List<Reference>> referenceLists() {
        return R2vArbitraries.references(capabilities);
    }

    @Provide
    Arbitrary<Reference> references() {
        return referenceLists().flatMap(Arbitraries::of);
    }

    @Provide
    Arbitrary<MediaSource> mediaSources() {
        return Arbitraries.of(MediaKind.values()).flatMap(kind -> R2vArbitraries.mediaSources(kind, capabilities));
    }

    @Provide
    Arbitrary<StatusScript> statusScripts() {
        return R2vArbitraries.statusScripts(outcomeKinds);
    }

    @Provide
    Arbitrary<Outcome> outcomes() {
        return R2vArbitraries.outcomes(outcomeKinds);
    }

    @Provide
    Arbitrary<HostileBody> hostileBodies() {
        return R2vArbitraries.hostileBodies();
    }
}
