package dev.wanr2v.spi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting a provider reads. Core resolves it, first match wins: the client builder
 * ({@code option(name, value)}, or {@code apiKey}/{@code baseUrl} for those two), then system property
 * {@code wanr2v.<providerId>.<name>}, then each environment variable in {@link #envVars()} order, then
 * {@link #defaultValue()}.
 *
 * @param name         camelCase name, e.g. {@code apiKey}, {@code region}
 * @param description  one line for tables and {@code --help}
 * @param defaultValue the default, or {@code null} for none
 * @param envVars      environment variables read, in order, e.g. {@code DASHSCOPE_API_KEY}
 * @param secret       whether the value must never be printed (API keys)
 * @param required     whether a client cannot be built without a value
 */
public record ConfigOption(String name, String description, String defaultValue, List<String> envVars,
        boolean secret, boolean required) {

    /** The standard name of the API key option. */
    public static final String API_KEY = "apiKey";
    /** The standard name of the base URL option. */
    public static final String BASE_URL = "baseUrl";

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** Checks the name's form and copies the list. */
    public ConfigOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("option name must be camelCase letters and digits: " + name);
        }
        envVars = List.copyOf(envVars);
    }

    /** A required, secret API key read from these environment variables. */
    public static ConfigOption apiKey(String... envVars) {
        return new ConfigOption(API_KEY, "API key (secret; never printed)", null, List.of(envVars), true, true);
    }

    /** The base URL, with a default (or {@code null} if the user must set it). */
    public static ConfigOption baseUrl(String defaultValue, String... envVars) {
        return new ConfigOption(BASE_URL, "base URL of the vendor's API", defaultValue, List.of(envVars), false,
                defaultValue == null);
    }

    /** An optional, non-secret setting. */
    public static ConfigOption optional(String name, String description, String defaultValue, String... envVars) {
        return new ConfigOption(name, description, defaultValue, List.of(envVars), false, false);
    }

    /** The system property for this option of provider {@code providerId}: {@code wanr2v.<id>.<name>}. */
    public String systemProperty(String providerId) {
        return "wanr2v." + providerId + "." + name;
    }
}
