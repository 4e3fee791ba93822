package dev.wanr2v.provider.uniall.internal;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderConfig;
import java.net.URI;
import java.net.URISyntaxException;
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

    @Override
    public String toString() {
        return "Settings[" + endpoint + ", apiKey " + Text.MASK
                + (modelOverride == null ? "" : ", model " + modelOverride) + "]";
    }

    /**
     * Reads and checks the configuration.
     *
     * @throws ConfigurationException naming every missing or broken setting and how to set it
     */
    static Settings from(ProviderConfig config) {
        List<String> problems = new ArrayList<>();
        String baseUrl = config.get(ConfigOption.BASE_URL).orElse(null);
        if (baseUrl == null) {
            problems.add("baseUrl is not set, and there is no default: UniAll publishes no API host, each account"
                    + " has its own base URL (the {BASE_URL} of UniAll's docs, e.g. https://your-host.example)."
                    + " " + config.howToSet(ConfigOption.BASE_URL));
        }
        String apiKey = config.get(ConfigOption.API_KEY).orElse(null);
        if (apiKey == null) {
            problems.add("apiKey is not set. " + config.howToSet(ConfigOption.API_KEY));
        }
        URI endpoint = baseUrl == null ? null : endpoint(baseUrl, problems, config);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("[" + config.providerId() + "] " + String.join(" ", problems),
                    ErrorDetails.of(config.providerId()));
        }
        return new Settings(endpoint, apiKey, config.get(MODEL).orElse(null));
    }

    /** The base URL without trailing slashes and without a final {@code /v1} (OpenAI-style SDKs include it). */
    private static URI endpoint(String baseUrl, List<String> problems, ProviderConfig config) {
        String text = baseUrl.replaceAll("/+$", "");
        if (text.endsWith("/v1")) {
            text = text.substring(0, text.length() - 3);
        }
        try {
            URI uri = new URI(text);
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problems.add("baseUrl has a query string or fragment; give only https://host[/path].");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add("baseUrl is not a URL (" + e.getReason() + "); write it as https://host[/path]. "
                    + config.howToSet(ConfigOption.BASE_URL));
            return null;
        }
    }
}
