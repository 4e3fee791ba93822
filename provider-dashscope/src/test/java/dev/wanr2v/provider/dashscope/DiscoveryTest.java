package dev.wanr2v.provider.dashscope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The provider is found through META-INF/services on the class path. */
class DiscoveryTest {
    @Test
    void providersListDashScope() {
        assertThat(R2v.providers()).filteredOn(p -> p.id().equals("dashscope")).singleElement()
                .satisfies(p -> {
                    assertThat(p.className()).isEqualTo(DashScopeProvider.class.getName());
                    assertThat(p.displayName()).isEqualTo("Alibaba Cloud Model Studio (DashScope)");
                    assertThat(p.capabilities().qualifier()).isEqualTo("region intl");
                });
    }

    @Test
    void aClientChoosesItById() {
        try (R2vClient client = R2v.builder().provider("dashscope").systemProperties(new Properties())
                .environment(Map.of("DASHSCOPE_API_KEY", "sk-env-123456", "DASHSCOPE_REGION", "us")).build()) {
            ProviderInfo info = client.provider();
            assertThat(info.className()).isEqualTo(DashScopeProvider.class.getName());
            assertThat(client.capabilities().qualifier()).isEqualTo("region us");
        }
    }
}
