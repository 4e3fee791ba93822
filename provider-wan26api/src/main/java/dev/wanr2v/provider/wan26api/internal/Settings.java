package dev.wanr2v.provider.wan26api.internal;

import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.support.BaseUrlRule;
import dev.wanr2v.spi.support.OptionChoice;
import java.net.URI;
import java.util.Objects;

/**
 * The resolved configuration of one {@code wan26_r2v} client.
 *
 * @param endpoint the gateway's base URL, without trailing slashes (no query string or fragment)
 * @param apiKey   the key sent as a bearer token; a secret, never printed
 * @param envelope the shape of the create body
 */
record Settings(URI endpoint, String apiKey, Envelope envelope) {
    /** How option {@code baseUrl} is read. */
    static final BaseUrlRule BASE_URL = BaseUrlRule.of(Wan26ApiCodec.DEFAULT_BASE_URL);

    /** Checks that every part is there. */
    Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(envelope, "envelope");
    }

    /**
     * Reads and checks a configuration: key, envelope, then base URL.
     *
     * @throws dev.wanr2v.ConfigurationException if the key is missing, the envelope unknown, or the base URL not
     *                                           an http(s) URL without query or fragment
     */
    static Settings read(ProviderConfig config) {
        String key = config.apiKey();
        Envelope envelope = OptionChoice.read(config, Envelope.OPTION, Envelope.class, Envelope.OBJECT);
        return new Settings(BASE_URL.read(config), key, envelope);
    }

    /** Endpoint and envelope; never the key. */
    @Override
    public String toString() {
        return "Settings[" + endpoint + ", envelope " + envelope.optionValue() + "]";
    }
}
