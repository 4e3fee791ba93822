package dev.wanr2v.internal.config;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderConfig;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three places a setting can come from, in order of precedence: the client builder, system
 * properties, environment variables. First non-blank value wins.
 */
public final class SettingSources {
    private static final Pattern SIMPLE_DURATION =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> builder;
    private final Properties systemProperties;
    private final Map<String, String> environment;

    /**
     * @param builder          values set on the builder, by setting name
     * @param systemProperties the system properties to read
     * @param environment      the environment variables to read
     */
    public SettingSources(Map<String, String> builder, Properties systemProperties, Map<String, String> environment) {
        this.builder = Map.copyOf(builder);
        this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
        this.environment = Map.copyOf(environment);
    }

    /** A value and where it came from. */
    public record Value(String value, String source) {
    }

    /**
     * The first non-blank value of a setting.
     *
     * @param builderKey     the builder's name for it
     * @param systemProperty the system property
     * @param envVars        environment variables, in order
     */
    public Optional<Value> lookup(String builderKey, String systemProperty, List<String> envVars) {
        String fromBuilder = builder.get(builderKey);
        if (present(fromBuilder)) {
            return Optional.of(new Value(fromBuilder.strip(), "builder option " + builderKey));
        }
        String fromProperty = systemProperties.getProperty(systemProperty);
        if (present(fromProperty)) {
            return Optional.of(new Value(fromProperty.strip(), "system property " + systemProperty));
        }
        for (String env : envVars) {
            String fromEnv = environment.get(env);
            if (present(fromEnv)) {
                return Optional.of(new Value(fromEnv.strip(), "environment variable " + env));
            }
        }
        return Optional.empty();
    }

    /** A core setting: builder key {@code name}, property {@code wanr2v.name}, variable {@code WAN_R2V_NAME}. */
    public Optional<Value> core(String name) {
        return lookup(name, "wanr2v." + name, List.of(envName(name)));
    }

    /** A duration setting, or its default. */
    public Duration duration(String name, Duration fallback) {
        return core(name).map(v -> parseDuration(v.value(), v.source())).orElse(fallback);
    }

    /** A boolean setting, or its default. */
    public boolean bool(String name, boolean fallback) {
        return core(name).map(v -> {
            String s = v.value().toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("yes") || s.equals("1")) {
                return true;
            }
            if (s.equals("false") || s.equals("no") || s.equals("0")) {
                return false;
            }
            throw new ConfigurationException("wan-r2v: " + v.source() + " is '" + v.value()
                    + "', which is not a boolean; use true or false", ErrorDetails.none());
        }).orElse(fallback);
    }

    /** A positive whole-number setting, or its default. */
    public long positiveLong(String name, long fallback) {
        return number(name, Long::valueOf, n -> n > 0, "a positive whole number").orElse(fallback);
    }

    /** A positive decimal setting (a rate), or its default. */
    public double positiveDouble(String name, double fallback) {
        return number(name, Double::valueOf, d -> d > 0 && !d.isInfinite(), "a positive number").orElse(fallback);
    }

    /** A whole-number setting of 0 or more, or its default. */
    public int nonNegativeInt(String name, int fallback) {
        return number(name, Integer::valueOf, n -> n >= 0, "a whole number of 0 or more").orElse(fallback);
    }

    private <N> Optional<N> number(String name, Function<String, N> parse, Predicate<N> valid, String what) {
        return core(name).map(v -> {
            try {
                N n = parse.apply(v.value());
                if (valid.test(n)) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigurationException("wan-r2v: " + v.source() + " is '" + v.value() + "', which is not "
                    + what, ErrorDetails.none());
        });
    }

    /** Resolves every option of a provider. */
    public ProviderConfig providerConfig(String providerId, List<ConfigOption> options) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigOption option : options) {
            Optional<Value> v = lookup(option.name(), option.systemProperty(providerId), option.envVars());
            String value = v.map(Value::value).orElse(option.defaultValue());
            if (value != null) {
                values.put(option.name(), value);
            }
        }
        for (Map.Entry<String, String> e : builder.entrySet()) {
            if (values.containsKey(e.getKey())) {
                continue;
            }
            if (options.stream().noneMatch(o -> o.name().equals(e.getKey())) && !isCoreSetting(e.getKey())) {
                throw new ConfigurationException("wan-r2v: provider '" + providerId + "' has no option '" + e.getKey()
                        + "'; its options are " + options.stream().map(ConfigOption::name).toList(),
                        ErrorDetails.of(providerId));
            }
        }
        return new ProviderConfig(providerId, options, values);
    }

    /** Durations as ISO-8601 ({@code PT30S}) or simple ({@code 30s}, {@code 500ms}, {@code 5m}, {@code 1h}, {@code 30}). */
    public static Duration parseDuration(String text, String source) {
        String s = text.strip();
        try {
            if (s.toUpperCase(Locale.ROOT).startsWith("P")) {
                return positive(Duration.parse(s.toUpperCase(Locale.ROOT)), text, source);
            }
        } catch (DateTimeParseException e) {
            throw badDuration(text, source);
        }
        Matcher m = SIMPLE_DURATION.matcher(s);
        if (!m.matches()) {
            throw badDuration(text, source);
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1000;
        };
        return positive(Duration.ofMillis(Math.round(millis)), text, source);
    }

    private static Duration positive(Duration d, String text, String source) {
        if (d.isNegative() || d.isZero()) {
            throw badDuration(text, source);
        }
        return d;
    }

    private static ConfigurationException badDuration(String text, String source) {
        return new ConfigurationException("wan-r2v: " + source + " is '" + text + "', which is not a positive"
                + " duration; write e.g. 30s, 500ms, 5m, 1h or PT30S", ErrorDetails.none());
    }

    /** {@code connectTimeout} → {@code WAN_R2V_CONNECT_TIMEOUT}. */
    public static String envName(String name) {
        return "WAN_R2V_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean isCoreSetting(String key) {
        return CoreSetting.names().contains(key);
    }
}
