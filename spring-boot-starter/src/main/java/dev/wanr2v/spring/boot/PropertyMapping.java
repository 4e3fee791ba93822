package dev.wanr2v.spring.boot;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.R2v;
import dev.wanr2v.spi.ConfigOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one table from {@code wanr2v.*} properties to {@code R2v.builder()} calls: it configures the
 * builder, and it explains core's messages (which name builder calls) in property names.
 */
final class PropertyMapping {
    private static final String OPTION = "option";
    private static final Pattern NAMED_OPTION = Pattern.compile("option\\(\"(\\w+)\"|builder option (\\w+)");

    private static final List<Entry<?>> ENTRIES = List.of(
            entry("wanr2v.provider", "provider", R2vProperties::getProvider, R2v.Builder::provider),
            entry("wanr2v.api-key", "apiKey", R2vProperties::getApiKey, R2v.Builder::apiKey),
            entry("wanr2v.base-url", "baseUrl", R2vProperties::getBaseUrl, R2v.Builder::baseUrl),
            entry("wanr2v.options.<name>", OPTION, PropertyMapping::options, (b, options) -> options.forEach(b::option)),
            entry("wanr2v.connect-timeout", "connectTimeout", R2vProperties::getConnectTimeout,
                    R2v.Builder::connectTimeout),
            entry("wanr2v.response-timeout", "responseTimeout", R2vProperties::getResponseTimeout,
                    R2v.Builder::responseTimeout),
            entry("wanr2v.await-timeout", "awaitTimeout", R2vProperties::getAwaitTimeout, R2v.Builder::awaitTimeout),
            entry("wanr2v.proxy", "proxy", R2vProperties::getProxy, R2v.Builder::proxy),
            entry("wanr2v.allow-insecure-http", "allowInsecureHttp", R2vProperties::getAllowInsecureHttp,
                    R2v.Builder::allowInsecureHttp),
            entry("wanr2v.max-response-bytes", "maxResponseBytes", R2vProperties::getMaxResponseBytes,
                    R2v.Builder::maxResponseBytes),
            entry("wanr2v.budgets", "budgets", R2vProperties::getBudgets, R2v.Builder::budgets),
            entry("wanr2v.create-rate", "createRate", R2vProperties::getCreateRate, R2v.Builder::createRate),
            entry("wanr2v.query-rate", "queryRate", R2vProperties::getQueryRate, R2v.Builder::queryRate),
            entry("wanr2v.running-tasks", "runningTasks", R2vProperties::getRunningTasks, R2v.Builder::runningTasks),
            entry("wanr2v.vendor-queue", "vendorQueue", R2vProperties::getVendorQueue, R2v.Builder::vendorQueue),
            entry("wanr2v.submit-timeout", "submitTimeout", R2vProperties::getSubmitTimeout,
                    R2v.Builder::submitTimeout),
            entry("wanr2v.poll.*", "pollPolicy", p -> p.getPoll().toPolicy(), R2v.Builder::pollPolicy),
            entry("wanr2v.retry.*", "retryPolicy", p -> p.getRetry().toPolicy(), R2v.Builder::retryPolicy));

    private PropertyMapping() {
    }

    /** Calls the builder method of every property that is set. */
    static R2v.Builder apply(R2vProperties properties, R2v.Builder builder) {
        for (Entry<?> e : ENTRIES) {
            e.apply(properties, builder);
        }
        return builder;
    }

    /** {@code provider(..) = wanr2v.provider, apiKey(..) = wanr2v.api-key, ...}. */
    static String table() {
        return ENTRIES.stream().map(e -> e.call() + " = " + e.property).collect(Collectors.joining(", "));
    }

    /**
     * The properties behind the builder calls, builder options and core's environment variables a core message
     * names, e.g. {@code provider(..) = wanr2v.provider} for {@code builder option provider} or {@code WAN_R2V_PROVIDER}
     * (core's system properties of its settings are bound by Spring as the properties themselves); empty if it names
     * none.
     */
    static List<String> explain(String message) {
        Set<String> out = new LinkedHashSet<>();
        for (Entry<?> e : ENTRIES) {
            if (!e.method.equals(OPTION) && Pattern.compile("builder option " + e.method + "\\b|\\b" + e.method + "\\("
                    + "|\\bWAN_R2V_" + snake(e.method) + "\\b").matcher(message).find()) {
                out.add(e.call() + " = " + e.property);
            }
        }
        Matcher m = NAMED_OPTION.matcher(message);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            boolean builderMethod = ENTRIES.stream().anyMatch(e -> e.method.equals(name));
            if (!builderMethod) {
                out.add("option(\"" + name + "\", ..) = wanr2v.options." + name);
            }
        }
        return List.copyOf(out);
    }

    /** The options with kebab-case names in camelCase; {@code null} when there are none. */
    private static Map<String, String> options(R2vProperties properties) {
        if (properties.getOptions().isEmpty()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        properties.getOptions().forEach((name, value) -> out.put(camel(name), value));
        refuseTwice(out, ConfigOption.API_KEY, "wanr2v.api-key", properties.getApiKey());
        refuseTwice(out, ConfigOption.BASE_URL, "wanr2v.base-url", properties.getBaseUrl());
        return out;
    }

    private static void refuseTwice(Map<String, String> options, String option, String property, String value) {
        if (options.containsKey(option) && value != null) {
            throw new ConfigurationException("wan-r2v: both " + property + " and wanr2v.options." + option
                    + " are set; they are the same setting: keep " + property, ErrorDetails.none());
        }
    }

    /** {@code createRate} to {@code CREATE_RATE}, as core names its environment variables. */
    private static String snake(String camel) {
        return R2vProperties.kebab(camel).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** {@code max-size} to {@code maxSize}; camelCase names stay as they are. */
    static String camel(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString().isEmpty() ? name : out.toString();
    }

    private static <T> Entry<T> entry(String property, String method, Function<R2vProperties, T> read,
            BiConsumer<R2v.Builder, T> write) {
        return new Entry<>(property, method, read, write);
    }

    /** One property (or family), the builder method it calls, how to read it and how to pass it. */
    private record Entry<T>(String property, String method, Function<R2vProperties, T> read,
            BiConsumer<R2v.Builder, T> write) {
        String call() {
            return method.equals(OPTION) ? "option(\"name\", ..)" : method + "(..)";
        }


        void apply(R2vProperties properties, R2v.Builder builder) {
            T value = read.apply(properties);
            if (value != null) {
                write.accept(builder, value);
            }
        }
    }
}
