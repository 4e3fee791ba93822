package dev.wanr2v.testkit.elsewhere;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.testkit.BrokenRequest;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.R2vDomain;
import dev.wanr2v.testkit.StatusScript;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** A provider's own domain, in its own package, as a provider module's tests would write it. */
class ForeignDomainProperties {

    /** Shaped like DashScope's US region. */
    public static class UsRegionDomain extends R2vDomain {
        public UsRegionDomain() {
            super(Capabilities.builder().tiers(ModelTier.STANDARD).referenceKinds(Set.of(dev.wanr2v.MediaKind.VIDEO))
                    .durations(Set.of(5, 10)).build(), EnumSet.allOf(Outcome.Kind.class));
        }
    }

    @Property(tries = 100)
    @Domain(UsRegionDomain.class)
    void theSubclassDomainWorksFromAnotherPackage(@ForAll R2vRequest request, @ForAll BrokenRequest broken,
            @ForAll StatusScript script) {
        assertThat(request.tier()).isEqualTo(ModelTier.STANDARD);
        assertThat(request.durationSeconds()).isIn(5, 10);
        assertThat(request.references()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(dev.wanr2v.MediaKind.VIDEO));
        assertThat(broken.ruleId()).startsWith("R2V-");
        assertThat(script.outcome()).isNotNull();
    }
}
