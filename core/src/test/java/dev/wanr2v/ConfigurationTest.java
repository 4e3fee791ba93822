package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.internal.config.BudgetSettings;
import dev.wanr2v.internal.config.ClientSettings;
import dev.wanr2v.spi.AccountLimits;
import dev.wanr2v.testing.TestProviders;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigurationTest {
    private static final String KEY = "sk-test-0123456789abcdef";

    private final Properties props = new Properties();
    private final Map<String, String> env = new HashMap<>();

    private R2v.Builder builder() {
        return R2v.builder().provider(new TestProviders.Alpha()).systemProperties(props).environment(env);
    }

    private ClientSettings resolve(R2v.Builder b) {
        return b.resolve();
    }

    @Test
    void providerOptionPrecedenceIsBuilderThenSystemPropertyThenEnvironment() {
        env.put("ALPHA_API_KEY", "from-env-key");
        env.put("ALPHA_REGION", "us");
        assertThat(resolve(builder()).config().get("region")).contains("us");
        props.setProperty("wanr2v.alpha.region", "cn");
        assertThat(resolve(builder()).config().get("region")).contains("cn");
        assertThat(resolve(builder().option("region", "eu")).config().get("region")).contains("eu");
    }

    @Test
    void environmentVariablesAreReadInTheirDeclaredOrder() {
        env.put("ALPHA_API_KEY", KEY);
        env.put("ALPHA_HTTP_BASE_URL", "https://second.example");
        assertThat(resolve(builder()).codec().endpoint().toString()).isEqualTo("https://second.example");
        env.put("ALPHA_BASE_URL", "https://first.example");
        assertThat(resolve(builder()).codec().endpoint().toString()).isEqualTo("https://first.example");
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        env.put("ALPHA_API_KEY", KEY);
        ClientSettings s = resolve(builder());
        assertThat(s.config().get("region")).contains("intl");
        assertThat(s.codec().endpoint().toString()).isEqualTo("https://alpha.example");
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.responseTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.awaitTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.maxResponseBytes()).isEqualTo(4L << 20);
        assertThat(s.proxy()).isNull();
    }

    @Test
    void coreSettingsFollowTheSamePrecedence() {
        env.put("ALPHA_API_KEY", KEY);
        env.put("WAN_R2V_AWAIT_TIMEOUT", "5m");
        env.put("WAN_R2V_CONNECT_TIMEOUT", "1500ms");
        env.put("WAN_R2V_PROXY", "proxy.internal:3128");
        props.setProperty("wanr2v.responseTimeout", "PT20S");
        ClientSettings s = resolve(builder().awaitTimeout(Duration.ofMinutes(7)));
        assertThat(s.awaitTimeout()).isEqualTo(Duration.ofMinutes(7));
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.responseTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.proxy().toString()).isEqualTo("http://proxy.internal:3128");
    }

    @Test
    void budgetsDefaultToTheProvidersDeclaredLimits() {
        env.put("ALPHA_API_KEY", KEY);
        BudgetSettings b = resolve(builder()).budget();
        assertThat(b.enabled()).isTrue();
        assertThat(b.limits()).isEqualTo(AccountLimits.UNDOCUMENTED);
        assertThat(b.submitTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(b.shared()).isNull();
    }

    @Test
    void everyBudgetFigureFollowsTheSamePrecedence() {
        env.put("ALPHA_API_KEY", KEY);
        env.put("WAN_R2V_CREATE_RATE", "7.5");
        env.put("WAN_R2V_QUERY_RATE", "40");
        env.put("WAN_R2V_RUNNING_TASKS", "9");
        env.put("WAN_R2V_SUBMIT_TIMEOUT", "2h");
        props.setProperty("wanr2v.queryRate", "50");
        props.setProperty("wanr2v.vendorQueue", "false");
        BudgetSettings b = resolve(builder().runningTasks(3).budgets(false)).budget();
        assertThat(b.limits()).isEqualTo(new AccountLimits(7.5, 50, 3, false, false));
        assertThat(b.submitTimeout()).isEqualTo(Duration.ofHours(2));
        assertThat(b.enabled()).isFalse();
        AccountBudget shared = AccountBudget.create();
        assertThat(resolve(builder().budget(shared)).budget().shared()).isSameAs(shared.shared());
    }

    @Test
    void badBudgetFiguresSayWhereTheyCameFrom() {
        env.put("ALPHA_API_KEY", KEY);
        env.put("WAN_R2V_CREATE_RATE", "0");
        assertThatThrownBy(() -> builder().build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("environment variable WAN_R2V_CREATE_RATE is '0', which is not a positive number");
        env.remove("WAN_R2V_CREATE_RATE");
        props.setProperty("wanr2v.runningTasks", "-1");
        assertThatThrownBy(() -> builder().build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("system property wanr2v.runningTasks is '-1'");
    }

    @Test
    void aMissingApiKeyNamesEveryWayToSetIt() {
        assertThatThrownBy(() -> builder().build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("apiKey is not set")
                .hasMessageContaining("R2v.builder().apiKey(..)")
                .hasMessageContaining("-Dwanr2v.alpha.apiKey")
                .hasMessageContaining("ALPHA_API_KEY");
    }

    @Test
    void badValuesSayWhereTheyCameFrom() {
        env.put("ALPHA_API_KEY", KEY);
        env.put("WAN_R2V_AWAIT_TIMEOUT", "soon");
        assertThatThrownBy(() -> builder().build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("environment variable WAN_R2V_AWAIT_TIMEOUT is 'soon'");
        env.remove("WAN_R2V_AWAIT_TIMEOUT");
        props.setProperty("wanr2v.allowInsecureHttp", "maybe");
        assertThatThrownBy(() -> builder().build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("system property wanr2v.allowInsecureHttp");
    }

    @Test
    void anUnknownBuilderOptionIsRejected() {
        env.put("ALPHA_API_KEY", KEY);
        assertThatThrownBy(() -> builder().option("regoin", "cn").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no option 'regoin'")
                .hasMessageContaining("region");
    }

    @Test
    void plainHttpIsRefusedOffLoopbackUnlessAllowed() {
        assertThatThrownBy(() -> builder().apiKey(KEY).baseUrl("http://api.example.com").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("in clear")
                .hasMessageContaining("allowInsecureHttp");
        assertThat(resolve(builder().apiKey(KEY).baseUrl("http://api.example.com").allowInsecureHttp(true))
                .codec().endpoint().getHost()).isEqualTo("api.example.com");
        assertThat(resolve(builder().apiKey(KEY).baseUrl("http://127.0.0.1:8080")).codec().endpoint().getPort())
                .isEqualTo(8080);
        assertThat(resolve(builder().apiKey(KEY).baseUrl("http://localhost:8080")).codec().endpoint().getPort())
                .isEqualTo(8080);
        assertThat(resolve(builder().apiKey(KEY).baseUrl("http://[::1]:8080")).codec().endpoint().getPort())
                .isEqualTo(8080);
    }

    /** Core checks every codec's endpoint with the SPI's base-URL rule, also for codecs that do not use it. */
    @Test
    void anEndpointWithAQueryOrNoHttpSchemeIsRefusedWhateverTheCodec() {
        assertThatThrownBy(() -> builder().apiKey(KEY).baseUrl("https://api.example.com/?sig=secret-7").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("[alpha] baseUrl has a query string or fragment")
                .hasMessageNotContaining("secret-7");
        assertThatThrownBy(() -> builder().apiKey(KEY).baseUrl("ftp://api.example.com").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("[alpha] baseUrl is not an absolute http(s) URL: 'ftp://api.example.com'");
    }

    @Test
    void theApiKeyNeverAppearsInToStringOrMessages() {
        ClientSettings s = resolve(builder().apiKey(KEY));
        assertThat(s.config().toString()).doesNotContain(KEY).contains("apiKey=****");
        assertThat(s.toString()).doesNotContain(KEY);
        assertThatThrownBy(() -> builder().apiKey(KEY).baseUrl("ftp://x").build())
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    }

    @Test
    void aClientShowsItsEndpointAndOptionsWithTheKeyMasked() {
        env.put("ALPHA_REGION", "us");
        try (R2vClient client = builder().apiKey(KEY).baseUrl("https://alpha.example/").build()) {
            assertThat(client.endpoint()).isEqualTo("https://alpha.example");
            assertThat(client.options()).containsExactly(Map.entry("apiKey", "****"),
                    Map.entry("baseUrl", "https://alpha.example/"), Map.entry("region", "us"));
        }
    }
}
