package dev.wanr2v.provider.uniall.internal;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.support.BaseUrlRule;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The resolved configuration of one UniAll client.
 *
 * @param endpoint      the account's base URL, without a trailing {@code /} or {@code /v1}
 * @param apiKey        the API key (secret)
 * @param modelOverride the model id from option {@code model}, or {@code null} to derive it per request
 */
record Settings(URI endpoint, String apiKey, String modelOverride) {
    static final String MODEL = "model";
    private static final String EXAMPLE = "https://your-host.example";
    /** How option {@code baseUrl} is read: OpenAI-style SDKs include a final {@code /v1}, which is dropped. */
    static final BaseUrlRule BASE_URL = BaseUrlRule.of(EXAMPLE + "[/path]").droppingSuffix("/v1");

    /** What a codec of these settings is, for logs: {@code UniAllCodec[https://host, apiKey ****, model m]}. */
    @Override
    public String toString() {
        return "UniAllCodec[" + endpoint + ", apiKey ****"
                + (modelOverride == null ? "" : ", model " + modelOverride) + "]";
    }

    /**
     * Reads and checks the configuration.
     *
     * @throws ConfigurationException naming every missing or broken setting and how to set it
     */
    static Settings read(ProviderConfig config) {
        List<String> problems = new ArrayList<>();
        String baseUrl = config.get(ConfigOption.BASE_URL).orElse(null);
        if (baseUrl == null) {
            problems.add("baseUrl is not set, and there is no default: UniAll publishes no API host, each account"
                    + " has its own base URL (the {BASE_URL} of UniAll's docs, e.g. " + EXAMPLE + ")."
                    + " " + config.howToSet(ConfigOption.BASE_URL));
        }
        String apiKey = config.get(ConfigOption.API_KEY).orElse(null);
        if (apiKey == null) {
            problems.add("apiKey is not set. " + config.howToSet(ConfigOption.API_KEY));
        }
        URI endpoint = null;
        if (baseUrl != null) {
            try {
                endpoint = BASE_URL.parse(baseUrl);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage() + " " + config.howToSet(ConfigOption.BASE_URL));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("[" + config.providerId() + "] " + String.join(" ", problems),
                    ErrorDetails.of(config.providerId()));
        }
        return new Settings(endpoint, apiKey, config.get(MODEL).orElse(null));
    }
}
