package dev.wanr2v.provider.wan26api.internal;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.spi.ProviderConfig;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shape of the create body: seed 004's object form, or the gateway's array envelope
 * {@code "input":[{"params":{"input":{..},"parameters":{..}}}]}.
 */
public enum Envelope {
    /** {@code {"model","input":{..},"parameters":{..}}}, as seed 004 documents it (the default). */
    OBJECT("object"),
    /** {@code {"model","input":[{"params":{"input":{..},"parameters":{..}}}]}}. */
    ARRAY("array");

    /** The name of the provider option. */
    public static final String OPTION = "envelope";

    private final String wireName;

    Envelope(String wireName) {
        this.wireName = wireName;
    }

    /** How the option value is written: {@code object} or {@code array}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The envelope a configuration asks for; {@link #OBJECT} when unset. Case and blanks are ignored.
     *
     * @throws ConfigurationException naming the valid values and where to set them
     */
    public static Envelope of(ProviderConfig config) {
        String value = config.get(OPTION).orElse(OBJECT.wireName);
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (Envelope e : values()) {
            if (e.wireName.equals(wanted)) {
                return e;
            }
        }
        String valid = Arrays.stream(values()).map(Envelope::wireName).collect(Collectors.joining(", "));
        throw new ConfigurationException("[" + config.providerId() + "] " + OPTION + " is '" + value
                + "', which is not a known body shape; use one of: " + valid + ". " + config.howToSet(OPTION),
                ErrorDetails.of(config.providerId()));
    }
}
