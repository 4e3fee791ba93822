package dev.wanr2v.spi;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.internal.Redaction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The resolved values of a provider's {@link ConfigOption}s, handed to
 * {@link R2vProvider#codec(ProviderConfig)}. {@code toString()} masks secret values.
 */
public final class ProviderConfig {
    private final String providerId;
    private final Map<String, ConfigOption> options;
    private final Map<String, String> values;

    /**
     * @param providerId the provider these values are for
     * @param options    the provider's options (to explain missing values)
     * @param values     resolved values by option name; blank values count as unset
     */
    public ProviderConfig(String providerId, List<ConfigOption> options, Map<String, String> values) {
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.options = new LinkedHashMap<>();
        options.forEach(o -> this.options.put(o.name(), o));
        this.values = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.values.put(k, v.strip());
            }
        });
    }

    /** The provider id. */
    public String providerId() {
        return providerId;
    }

    /** The value of an option, if set (or defaulted). */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * The value of an option that must be set.
     *
     * @throws ConfigurationException naming every way to set it
     */
    public String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new ConfigurationException("[" + providerId + "] " + name + " is not set. " + howToSet(name),
                    ErrorDetails.of(providerId));
        }
        return value;
    }

    /** The API key ({@link ConfigOption#API_KEY}); a secret: never log or print it. */
    public String apiKey() {
        return require(ConfigOption.API_KEY);
    }

    /** The base URL ({@link ConfigOption#BASE_URL}). */
    public String baseUrl() {
        return require(ConfigOption.BASE_URL);
    }

    /**
     * A sentence listing every way to set option {@code name}, most specific first; e.g.
     * {@code Set it with R2v.builder().apiKey(..), -Dwanr2v.dashscope.apiKey=.., or DASHSCOPE_API_KEY.}
     */
    public String howToSet(String name) {
        ConfigOption option = options.get(name);
        String builder = ConfigOption.API_KEY.equals(name) ? "apiKey(..)"
                : ConfigOption.BASE_URL.equals(name) ? "baseUrl(..)" : "option(\"" + name + "\", ..)";
        StringBuilder sb = new StringBuilder("Set it with R2v.builder().").append(builder)
                .append(", -Dwanr2v.").append(providerId).append('.').append(name).append("=..");
        if (option != null && !option.envVars().isEmpty()) {
            sb.append(", or environment variable ").append(String.join(" / ", option.envVars()));
        }
        return sb.append('.').toString();
    }

    /** Every value by option name, in resolution order, the secret ones replaced by {@code ****}. */
    public Map<String, String> masked() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, isSecret(k) ? Redaction.MASK : v));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return providerId + masked().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private boolean isSecret(String name) {
        ConfigOption option = options.get(name);
        return option == null ? Redaction.isSensitiveHeader(name) : option.secret();
    }
}
