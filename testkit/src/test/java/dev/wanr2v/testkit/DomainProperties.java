package dev.wanr2v.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.Reference;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ReferenceOrder;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/** The domain serves every type it documents, and a subclass narrows it to one provider's capabilities. */
class DomainProperties {

    /** A provider shaped like UniAll: FLASH only, images before videos, no canceled state. */
    public static class SplitListsDomain extends R2vDomain {
        public SplitListsDomain() {
            super(Capabilities.builder().tiers(ModelTier.FLASH).referenceOrder(ReferenceOrder.IMAGES_THEN_VIDEOS)
                    .build(), EnumSet.of(Outcome.Kind.SUCCEEDED, Outcome.Kind.FAILED, Outcome.Kind.EXPIRED));
        }
    }

    @Property(tries = 200)
    @Domain(R2vDomain.class)
    void theDefaultDomainServesEveryType(@ForAll BrokenRequest broken, @ForAll List<Reference> references,
            @ForAll Reference reference, @ForAll MediaSource source, @ForAll Outcome outcome) {
        Statistics.label("source").collect(source.getClass().getSimpleName());
        Statistics.label("source").coverage(c -> {
            c.check("Url").count(n -> n > 0);
            c.check("DataUri").count(n -> n > 0);
        });
        assertThat(broken.ruleId()).startsWith("R2V-");
        assertThat(references).hasSizeBetween(1, 5);
        assertThat(reference.kind()).isIn(MediaKind.IMAGE, MediaKind.VIDEO);
        assertThat(source).isInstanceOfAny(MediaSource.Url.class, MediaSource.DataUri.class);
        assertThat(outcome.kind()).isNotNull();
    }

    @Property(tries = 200)
    @Domain(SplitListsDomain.class)
    void aSubclassNarrowsTheDomain(@ForAll dev.wanr2v.R2vRequest request, @ForAll StatusScript script,
            @ForAll MediaSource source) {
        assertThat(request.tier()).isEqualTo(ModelTier.FLASH);
        List<MediaKind> kinds = request.references().stream().map(Reference::kind).toList();
        assertThat(kinds).isSortedAccordingTo((a, b) -> Boolean.compare(a == MediaKind.VIDEO, b == MediaKind.VIDEO));
        assertThat(script.outcome().kind()).isNotEqualTo(Outcome.Kind.CANCELED);
        assertThat(source).isInstanceOf(MediaSource.Url.class);
    }
}
