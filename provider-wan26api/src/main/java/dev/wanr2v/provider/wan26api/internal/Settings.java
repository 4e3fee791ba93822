package dev.wanr2v.provider.wan26api.internal;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.support.OptionChoice;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The resolved configuration of one {@code wan26_r2v} client.
 *
 * @param endpoint the gateway's base URL, without trailing slashes
 * @param apiKey   the key sent as a bearer token; a secret, never printed
 * @param envelope the shape of the create body
 */
record Settings(URI endpoint, String apiKey, Envelope envelope) {
    Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(envelope, "envelope");
    }

    /**
     * Reads and checks a configuration: key, envelope, then base URL.
     *
     * @throws ConfigurationException if the key is missing, the base URL unparseable or the envelope unknown
     */
    static Settings read(ProviderConfig config) {
        String key = config.apiKey();
        Envelope envelope = OptionChoice.read(config, Envelope.OPTION, Envelope.class, Envelope.OBJECT);
        String base = config.baseUrl();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            return new Settings(new URI(base), key, envelope);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("[" + config.providerId() + "] baseUrl is not a URL (" + e.getReason()
                    + "); write it like " + Wan26ApiCodec.DEFAULT_BASE_URL + ". " + config.howToSet(ConfigOption.BASE_URL),
                    ErrorDetails.of(config.providerId()));
        }
    }

    /** Endpoint and envelope; never the key. */
    @Override
    public String toString() {
        return "Settings[" + endpoint + ", envelope " + envelope.optionValue() + "]";
    }
}
