package dev.wanr2v.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlRuleTest {
    private static final BaseUrlRule PLAIN = BaseUrlRule.of("https://api.example");
    private static final BaseUrlRule V1 = PLAIN.droppingSuffix("/v1");

    private static ProviderConfig config(Map<String, String> values) {
        return new ProviderConfig("acme", List.of(ConfigOption.apiKey("ACME_KEY"),
                ConfigOption.baseUrl(null, "ACME_BASE_URL")), values);
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.example, https://api.example",
        "https://api.example/, https://api.example",
        "'  https://api.example//  ', https://api.example",
        "http://127.0.0.1:8089, http://127.0.0.1:8089",
        "https://gw.example/prefix/, https://gw.example/prefix",
        "HTTPS://API.example, HTTPS://API.example"})
    void trailingSlashesAndBlanksAreDroppedAndNothingElseChanges(String given, String expected) {
        assertThat(PLAIN.parse(given)).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.example/v1, https://api.example",
        "https://api.example/v1/, https://api.example",
        "https://api.example/V1, https://api.example",
        "https://gw.example/x/v1, https://gw.example/x",
        "https://api.example/v1/v1, https://api.example/v1",
        "https://api.example/xv1, https://api.example/xv1"})
    void theDroppedSuffixGoesOnceWhateverItsCase(String given, String expected) {
        assertThat(V1.parse(given)).isEqualTo(URI.create(expected));
        assertThat(PLAIN.parse(given)).isEqualTo(URI.create(BaseUrlRule.normalize(given)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://files.example|is not an absolute http(s) URL",
        "api.example/v1|is not an absolute http(s) URL",
        "mailto:someone@example.com|is not an absolute http(s) URL",
        "not a url|is not a URL",
        "https://exa mple.com|is not a URL",
        "https://|is not a URL",
        "http:///path|has no host name",
        "https://api.example?token=secret1|has a query string or fragment",
        "https://api.example/#secret1|has a query string or fragment"})
    void anythingElseIsRefusedWithTheProblemAndAnExample(String given, String problem) {
        assertThatThrownBy(() -> PLAIN.parse(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("baseUrl " + problem)
                .hasMessageContaining("Write it like https://api.example.")
                .hasMessageNotContaining("secret1");
    }

    @Test
    void messagesNeverShowUserInfo() {
        assertThatThrownBy(() -> PLAIN.parse("https://user:secret1@api.example?x=1"))
                .hasMessageNotContaining("secret1").hasMessageContaining("https://****@api.example");
    }

    @Test
    void readingTheOptionNamesTheProviderAndEveryWayToSetIt() {
        assertThat(V1.read(config(Map.of("baseUrl", "https://api.example/v1/")))).isEqualTo(URI.create("https://api.example"));
        assertThat(V1.read(config(Map.of()), "https://fallback.example")).isEqualTo(URI.create("https://fallback.example"));
        assertThatThrownBy(() -> V1.read(config(Map.of("baseUrl", "ftp://x.example"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("[acme] baseUrl is not an absolute http(s) URL: 'ftp://x.example'")
                .hasMessageContaining("baseUrl(..)").hasMessageContaining("ACME_BASE_URL");
        assertThatThrownBy(() -> V1.read(config(Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("[acme] baseUrl is not set").hasMessageContaining("ACME_BASE_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://h.example/p", "https://h.example/p/", "https://h.example/p///"})
    void pathsJoinWithOneSlash(String base) {
        assertThat(BaseUrlRule.resolve(URI.create(base), "/v1/videos/t%2F1?x=1"))
                .isEqualTo(URI.create("https://h.example/p/v1/videos/t%2F1?x=1"));
        assertThat(BaseUrlRule.normalize(base)).isEqualTo("https://h.example/p");
    }

    @Test
    void aSuffixMustLookLikeAPath() {
        assertThatThrownBy(() -> PLAIN.droppingSuffix("v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PLAIN.droppingSuffix("/v1/")).isInstanceOf(IllegalArgumentException.class);
    }
}
