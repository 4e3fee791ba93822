package dev.wanr2v.provider.dashscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderCodec;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Options, their sources, endpoints by region and base URL, and configuration errors. */
class ConfigurationTest {

    @Test
    void theProviderDescribesItselfAndItsOptions() {
        DashScopeProvider p = new DashScopeProvider();
        assertThat(p.id()).isEqualTo("dashscope");
        assertThat(p.spiVersion()).isEqualTo(dev.wanr2v.spi.R2vProvider.SPI_VERSION);
        assertThat(p.displayName()).contains("DashScope");
        assertThat(p.configOptions()).extracting(ConfigOption::name).containsExactly("apiKey", "region", "baseUrl");
        ConfigOption key = p.configOptions().get(0);
        assertThat(key.envVars()).containsExactly("DASHSCOPE_API_KEY");
        assertThat(key.secret()).isTrue();
        assertThat(key.required()).isTrue();
        ConfigOption region = p.configOptions().get(1);
        assertThat(region.envVars()).containsExactly("DASHSCOPE_REGION");
        assertThat(region.defaultValue()).isEqualTo("intl");
        ConfigOption baseUrl = p.configOptions().get(2);
        assertThat(baseUrl.envVars()).containsExactly("DASHSCOPE_BASE_URL", "DASHSCOPE_HTTP_BASE_URL");
        assertThat(baseUrl.defaultValue()).isNull();
        assertThat(baseUrl.required()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"intl, https://dashscope-intl.aliyuncs.com", "cn, https://dashscope.aliyuncs.com",
        "us, https://dashscope-us.aliyuncs.com", "' US ', https://dashscope-us.aliyuncs.com"})
    void eachRegionHasItsHost(String region, String host) {
        assertThat(Fixtures.codec(region).endpoint().toString()).isEqualTo(host);
    }

    @Test
    void theDefaultRegionIsIntl() {
        assertThat(Fixtures.codec().endpoint().toString()).isEqualTo("https://dashscope-intl.aliyuncs.com");
    }

    @ParameterizedTest
    @CsvSource({
        "https://dashscope.aliyuncs.com/api/v1, https://dashscope.aliyuncs.com",
        "https://dashscope.aliyuncs.com/api/v1/, https://dashscope.aliyuncs.com",
        "https://dashscope.aliyuncs.com/, https://dashscope.aliyuncs.com",
        "https://ws-123.cn-beijing.maas.aliyuncs.com, https://ws-123.cn-beijing.maas.aliyuncs.com",
        "https://proxy.example.com/dashscope/, https://proxy.example.com/dashscope",
        "https://proxy.example.com/dashscope/api/v1, https://proxy.example.com/dashscope",
        "http://127.0.0.1:8089/api/v1, http://127.0.0.1:8089"})
    void anExplicitBaseUrlWinsWithoutADoubledApiPrefix(String baseUrl, String endpoint) {
        assertThat(Fixtures.codec(Map.of("baseUrl", baseUrl)).endpoint().toString()).isEqualTo(endpoint);
    }

    @Test
    void anExplicitBaseUrlKeepsTheRegionsCapabilities() {
        ProviderCodec codec = Fixtures.codec(Map.of("region", "us", "baseUrl", "https://ws-1.us.maas.aliyuncs.com"));
        assertThat(codec.endpoint().toString()).isEqualTo("https://ws-1.us.maas.aliyuncs.com");
        assertThat(codec.capabilities().qualifier()).isEqualTo("region us");
    }

    @Test
    void anUnknownRegionListsTheValidOnes() {
        assertThatThrownBy(() -> Fixtures.client().option("region", "eu").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("[dashscope] region 'eu' is unknown")
                .hasMessageContaining("intl (Singapore, default)")
                .hasMessageContaining("cn (Beijing)")
                .hasMessageContaining("us (Virginia)")
                .hasMessageContaining("DASHSCOPE_REGION");
    }

    @Test
    void aMissingKeyNamesEveryWayToSetIt() {
        assertThatThrownBy(() -> R2v.builder().provider(new DashScopeProvider()).environment(Map.of())
                .systemProperties(new Properties()).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("apiKey is not set")
                .hasMessageContaining("-Dwanr2v.dashscope.apiKey")
                .hasMessageContaining("DASHSCOPE_API_KEY");
    }

    @ParameterizedTest
    @CsvSource({"ftp://files.example.com", "not a url", "https://", "https://dashscope.aliyuncs.com?token=secret1"})
    void aMalformedBaseUrlIsAConfigurationError(String baseUrl) {
        assertThatThrownBy(() -> Fixtures.codec(Map.of("baseUrl", baseUrl)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("baseUrl")
                .hasMessageContaining("https://dashscope-intl.aliyuncs.com")
                .hasMessageNotContaining("secret1");
    }

    @Test
    void settingsComeFromTheEnvironmentAndSystemProperties() {
        Properties props = new Properties();
        R2vClient fromEnv = R2v.builder().provider(new DashScopeProvider()).systemProperties(props)
                .environment(Map.of("DASHSCOPE_API_KEY", "sk-env-123456", "DASHSCOPE_REGION", "cn")).build();
        assertThat(fromEnv.capabilities().qualifier()).isEqualTo("region cn");

        props.setProperty("wanr2v.dashscope.region", "us");
        R2vClient fromProperty = R2v.builder().provider(new DashScopeProvider()).systemProperties(props)
                .environment(Map.of("DASHSCOPE_API_KEY", "sk-env-123456", "DASHSCOPE_REGION", "cn")).build();
        assertThat(fromProperty.capabilities().qualifier()).isEqualTo("region us");

        R2vClient fromBuilder = R2v.builder().provider(new DashScopeProvider()).systemProperties(props)
                .environment(Map.of("DASHSCOPE_API_KEY", "sk-env-123456")).option("region", "intl").build();
        assertThat(fromBuilder.capabilities().qualifier()).isEqualTo("region intl");
    }

    @Test
    void theKeyIsNeverPrinted() {
        ProviderCodec codec = Fixtures.codec();
        assertThat(codec.toString()).doesNotContain(Fixtures.KEY).contains("region intl");
        assertThat(codec.statusCall("t").toString()).doesNotContain(Fixtures.KEY);
        assertThat(codec.cancelCall("t").toString()).doesNotContain(Fixtures.KEY);
    }
}
