package dev.wanr2v.provider.uniall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Violation;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationTest {

    private static R2v.Builder bare() {
        return R2v.builder().provider(new UniAllProvider()).environment(Map.of()).systemProperties(new Properties());
    }

    @Test
    void aMissingBaseUrlSaysThereIsNoDefaultAndHowToSetIt() {
        assertThatThrownBy(() -> bare().apiKey("sk-test").build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("[uniall] baseUrl is not set")
                .hasMessageContaining("UniAll publishes no API host")
                .hasMessageContaining("baseUrl(..)")
                .hasMessageContaining("-Dwanr2v.uniall.baseUrl=")
                .hasMessageContaining("UNIALL_BASE_URL");
    }

    @Test
    void aMissingKeySaysHowToSetIt() {
        assertThatThrownBy(() -> bare().baseUrl("https://uniall.example").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("apiKey is not set").hasMessageContaining("UNIALL_API_KEY");
    }

    @Test
    void bothMissingAreReportedTogether() {
        assertThatThrownBy(() -> bare().build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("baseUrl is not set").hasMessageContaining("apiKey is not set");
    }

    private static final R2vRequest FLASH_1080P_AUDIO = R2vRequest.builder().prompt("p")
            .image("https://example.com/a.png").build();

    @Test
    void settingsComeFromTheEnvironment() {
        Map<String, String> env = Map.of("UNIALL_API_KEY", "sk-env", "UNIALL_BASE_URL", "https://env.example",
                "UNIALL_MODEL", "wan2.6-r2v-720p");
        try (R2vClient client = bare().environment(env).build()) {
            assertThat(client.validate(FLASH_1080P_AUDIO)).extracting(Violation::ruleId)
                    .containsExactly("UNIALL-MODEL", "UNIALL-MODEL");
        }
    }

    @Test
    void systemPropertiesBeatTheEnvironment() {
        Properties props = new Properties();
        props.setProperty("wanr2v.uniall.model", "wan2.6-r2v-flash-1080p-audio");
        Map<String, String> env = Map.of("UNIALL_API_KEY", "sk-env", "UNIALL_BASE_URL", "https://env.example",
                "UNIALL_MODEL", "wan2.6-r2v-720p");
        try (R2vClient client = bare().environment(env).systemProperties(props).build()) {
            assertThat(client.validate(FLASH_1080P_AUDIO)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://uniall.example", "https://uniall.example/", "https://uniall.example/v1",
        "https://uniall.example/v1/", "https://uniall.example//"})
    void aTrailingSlashOrV1IsDropped(String baseUrl) {
        assertThat(Fixtures.codec(Map.of("baseUrl", baseUrl)).endpoint())
                .isEqualTo(URI.create("https://uniall.example"));
    }

    @Test
    void aPathPrefixIsKept() {
        assertThat(Fixtures.codec(Map.of("baseUrl", "https://gw.example/uniall/v1")).endpoint())
                .isEqualTo(URI.create("https://gw.example/uniall"));
    }

    @Test
    void aBrokenBaseUrlIsAConfigurationError() {
        assertThatThrownBy(() -> Fixtures.codec(Map.of("baseUrl", "https://exa mple.com")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("baseUrl is not a URL");
        assertThatThrownBy(() -> Fixtures.codec(Map.of("baseUrl", "https://uniall.example/?token=secret")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("query string")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }

    @Test
    void theKeyIsNeverPrinted() {
        assertThat(Fixtures.codec().toString()).doesNotContain(Fixtures.KEY).contains("uniall.example");
    }

    @Test
    void theOptionsAreKeyBaseUrlAndModel() {
        var options = new UniAllProvider().configOptions();

        assertThat(options).extracting(o -> o.name()).containsExactly("apiKey", "baseUrl", "model");
        assertThat(options).filteredOn(o -> o.name().equals("apiKey")).singleElement()
                .satisfies(o -> assertThat(o.secret()).isTrue());
        assertThat(options).filteredOn(o -> o.name().equals("baseUrl")).singleElement()
                .satisfies(o -> assertThat(o.required()).isTrue()).satisfies(o -> assertThat(o.defaultValue()).isNull());
        assertThat(options).extracting(o -> o.envVars().get(0))
                .containsExactly("UNIALL_API_KEY", "UNIALL_BASE_URL", "UNIALL_MODEL");
    }
}
