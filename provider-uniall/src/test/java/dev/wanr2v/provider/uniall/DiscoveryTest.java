package dev.wanr2v.provider.uniall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.spi.ReferenceOrder;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    @Test
    void theProviderIsDiscoveredAsUniall() {
        assertThat(R2v.providers()).extracting(ProviderInfo::id).contains("uniall");
        assertThat(R2v.providers()).filteredOn(p -> p.id().equals("uniall")).singleElement()
                .satisfies(p -> assertThat(p.className()).isEqualTo(UniAllProvider.class.getName()))
                .satisfies(p -> assertThat(p.spiVersion()).isEqualTo(R2vProvider.SPI_VERSION));
    }

    @Test
    void theProviderIsChosenById() {
        try (R2vClient client = R2v.builder().provider("uniall").apiKey("sk-test").baseUrl("https://uniall.example")
                .environment(Map.of()).systemProperties(new Properties()).build()) {
            assertThat(client.provider().id()).isEqualTo("uniall");
        }
    }

    @Test
    void theCapabilitiesAreUniAlls() {
        var caps = new UniAllProvider().capabilities();

        assertThat(caps.tiers()).hasSize(2);
        assertThat(caps.sizes()).hasSize(10);
        assertThat(caps.durationsText()).isEqualTo("2..15");
        assertThat(caps.maxReferences()).isEqualTo(5);
        assertThat(caps.maxImages()).isEqualTo(5);
        assertThat(caps.maxVideos()).isEqualTo(3);
        assertThat(caps.referenceOrder()).isEqualTo(ReferenceOrder.IMAGES_THEN_VIDEOS);
        assertThat(caps.dataUris()).isFalse();
        assertThat(caps.localMedia()).isEqualTo(LocalMediaRoute.NONE);
        assertThat(caps.features()).containsExactlyInAnyOrder(Feature.NEGATIVE_PROMPT, Feature.AUDIO_GUIDE,
                Feature.SEED, Feature.SHOT_TYPE, Feature.PROMPT_EXTEND, Feature.SILENT_OUTPUT);
        assertThat(caps.pollInterval()).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(15));
    }
}
