package dev.wanr2v.provider.wan26api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Options, their sources, and discovery. */
class ConfigurationTest {
    private static R2v.Builder builder(Map<String, String> env, Properties props) {
        return R2v.builder().provider(new Wan26ApiProvider()).environment(env).systemProperties(props);
    }

    @Test
    void theProviderDescribesItself() {
        Wan26ApiProvider p = new Wan26ApiProvider();
        assertThat(p.id()).isEqualTo("wan26api");
        assertThat(p.spiVersion()).isEqualTo(R2vProvider.SPI_VERSION);
        assertThat(p.configOptions()).extracting(ConfigOption::name).containsExactly("apiKey", "baseUrl", "envelope");
        ConfigOption key = p.configOptions().get(0);
        assertThat(key.secret()).isTrue();
        assertThat(key.required()).isTrue();
        assertThat(key.envVars()).containsExactly("WAN26API_API_KEY");
        ConfigOption base = p.configOptions().get(1);
        assertThat(base.defaultValue()).isEqualTo("https://cloud.vtrix.ai");
        assertThat(base.envVars()).containsExactly("WAN26API_BASE_URL");
        ConfigOption envelope = p.configOptions().get(2);
        assertThat(envelope.defaultValue()).isEqualTo("object");
        assertThat(envelope.envVars()).containsExactly("WAN26API_ENVELOPE");
    }

    @Test
    void theKeyAndOptionsComeFromTheEnvironment() {
        try (R2vClient client = builder(Map.of("WAN26API_API_KEY", "sk-from-env-123", "WAN26API_ENVELOPE", "array",
                "WAN26API_BASE_URL", "https://gw.example.com"), new Properties()).build()) {
            assertThat(client.provider().id()).isEqualTo("wan26api");
        }
    }

    @Test
    void aMissingKeyNamesItsEnvironmentVariable() {
        assertThatThrownBy(() -> builder(Map.of(), new Properties()).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("apiKey").hasMessageContaining("WAN26API_API_KEY");
    }

    @Test
    void anUnknownEnvelopeNamesTheValidValuesAndWhereItCameFrom() {
        assertThatThrownBy(() -> builder(Map.of("WAN26API_API_KEY", "sk-secret-value-1", "WAN26API_ENVELOPE", "xml"),
                new Properties()).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("[wan26api] envelope 'xml' is unknown; use one of object (seed 004, default),"
                        + " array (the gateway's params envelope).")
                .hasMessageContaining("WAN26API_ENVELOPE").hasMessageContaining("wanr2v.wan26api.envelope")
                .hasMessageNotContaining("sk-secret-value-1");
        Properties props = new Properties();
        props.setProperty("wanr2v.wan26api.envelope", "list");
        assertThatThrownBy(() -> builder(Map.of(), props).apiKey("sk-x").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'list'");
        assertThatThrownBy(() -> builder(Map.of(), new Properties()).apiKey("sk-x").option("envelope", "nested").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'nested' is unknown; use one of");
    }

    @Test
    void theEnvelopeOptionChoosesTheBodyShape() {
        Wan26ApiProvider p = new Wan26ApiProvider();
        ProviderCodec array = p.codec(new ProviderConfig("wan26api", p.configOptions(),
                Map.of("apiKey", "k", "baseUrl", "https://cloud.vtrix.ai", "envelope", "Array")));
        var body = Fixtures.tree(array.createCall(dev.wanr2v.spi.PreparedRequest.of(
                CreateCallTest.REQUESTS.get("minimal"))));
        assertThat(body.get("input").isArray()).isTrue();
    }

    @Test
    void aBaseUrlThatIsNoUrlIsAConfigurationError() {
        assertThatThrownBy(() -> builder(Map.of(), new Properties()).apiKey("sk-x").baseUrl("https://exa mple.com")
                .build()).isInstanceOf(ConfigurationException.class).hasMessageContaining("baseUrl");
    }

    /** A base URL is joined with paths: a query or fragment there would be lost, or leak a token into logs. */
    @Test
    void aBaseUrlWithAQueryOrFragmentIsAConfigurationError() {
        for (String url : new String[] {"https://gw.example.com/?token=secret-9", "https://gw.example.com#secret-9"}) {
            assertThatThrownBy(() -> builder(Map.of(), new Properties()).apiKey("sk-x").baseUrl(url).build())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("[wan26api] baseUrl has a query string or fragment")
                    .hasMessageContaining("https://cloud.vtrix.ai").hasMessageContaining("WAN26API_BASE_URL")
                    .hasMessageNotContaining("secret-9");
        }
    }

    @Test
    void discoveryFindsTheProviderOnTheClassPath() {
        assertThat(R2v.providers()).extracting(ProviderInfo::id).contains("wan26api");
        ProviderInfo info = R2v.providers().stream().filter(i -> i.id().equals("wan26api")).findFirst().orElseThrow();
        assertThat(info.className()).isEqualTo(Wan26ApiProvider.class.getName());
        assertThat(info.capabilities()).isEqualTo(new Wan26ApiProvider().capabilities());
    }
}
