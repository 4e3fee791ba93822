package dev.wanr2v.spi.support;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * How a provider reads its {@code baseUrl} option: the one rule every provider and the engine share.
 *
 * <p>A base URL is an absolute {@code http} or {@code https} URL with a host, an optional port and an
 * optional path prefix (a proxy's, say), and without a query string or fragment (a base URL is joined
 * with paths; a query there would be lost or, worse, leak a token into logs). Blanks around it and
 * trailing slashes are dropped ({@link #normalize}); a provider whose vendor's SDKs conventionally
 * include the API's version prefix ({@code /api/v1}, {@code /v1}) names it as the dropped suffix, so
 * that {@code https://host/v1} and {@code https://host} mean the same and paths never double. The
 * suffix is matched without regard to case, once.
 *
 * <p>Messages never show a query string or user info (they may carry credentials).
 *
 * @param droppedSuffix a path suffix to drop once (such as {@code /api/v1}), or {@code ""} for none
 * @param example       a valid base URL (or a short phrase naming one) for messages, e.g.
 *                      {@code https://cloud.vtrix.ai}
 */
public record BaseUrlRule(String droppedSuffix, String example) {

    /** Checks both parts; the suffix, if any, starts with {@code /}. */
    public BaseUrlRule {
        Objects.requireNonNull(droppedSuffix, "droppedSuffix");
        Objects.requireNonNull(example, "example");
        if (!droppedSuffix.isEmpty() && (!droppedSuffix.startsWith("/") || droppedSuffix.endsWith("/"))) {
            throw new IllegalArgumentException("a dropped suffix starts with / and does not end with one: "
                    + droppedSuffix);
        }
    }

    /** The rule for a vendor whose base URL has no conventional suffix. */
    public static BaseUrlRule of(String example) {
        return new BaseUrlRule("", example);
    }

    /** The same rule, dropping {@code suffix} (such as {@code /api/v1}) once from the end. */
    public BaseUrlRule droppingSuffix(String suffix) {
        return new BaseUrlRule(suffix, example);
    }

    /**
     * The base URL option of {@code config}, checked and normalised; {@code fallback} when it is unset.
     *
     * @param fallback the base URL to use when the option is unset (such as a region's host), or
     *                 {@code null} if it must be set (a default declared in {@link ConfigOption} is
     *                 already in {@code config})
     * @throws ConfigurationException naming the provider, the problem, the value (without its query), an
     *                                example and every way to set the option
     */
    public URI read(ProviderConfig config, String fallback) {
        String text = config.get(ConfigOption.BASE_URL).orElse(fallback);
        if (text == null) {
            config.require(ConfigOption.BASE_URL);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("[" + config.providerId() + "] " + e.getMessage() + " "
                    + config.howToSet(ConfigOption.BASE_URL), ErrorDetails.of(config.providerId()));
        }
    }

    /** {@link #read(ProviderConfig, String)} without a fallback: the option must be set or defaulted. */
    public URI read(ProviderConfig config) {
        return read(config, null);
    }

    /**
     * A base URL, checked and normalised.
     *
     * @throws IllegalArgumentException whose message is a sentence naming the problem, the value (without
     *                                  its query or user info) and the example, starting with {@code baseUrl}
     */
    public URI parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = withoutSuffix(normalize(text));
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw problem("is not a URL (" + e.getReason() + ")", text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw problem("is not an absolute http(s) URL", text);
        }
        if (uri.getHost() == null) {
            throw problem("has no host name", text);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw problem("has a query string or fragment; give only scheme, host, port and path", text);
        }
        return uri;
    }

    /**
     * The text form the engine compares and joins base URLs in: blanks around it and trailing slashes
     * dropped, nothing else changed. {@code https://host/x/} and {@code https://host/x} are one endpoint.
     */
    public static String normalize(String baseUrl) {
        String s = baseUrl.strip();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * A path-only call's target joined to a base URL: {@code https://host/prefix} and {@code /v1/x} give
     * {@code https://host/prefix/v1/x}, whether or not the base URL ends in a slash.
     *
     * @param path a path starting with {@code /}, possibly with a query
     */
    public static URI resolve(URI baseUrl, String path) {
        return URI.create(normalize(baseUrl.toString()) + path);
    }

    private String withoutSuffix(String s) {
        int cut = s.length() - droppedSuffix.length();
        if (!droppedSuffix.isEmpty() && cut >= 0 && s.regionMatches(true, cut, droppedSuffix, 0, droppedSuffix.length())) {
            return normalize(s.substring(0, cut));
        }
        return s;
    }

    private IllegalArgumentException problem(String what, String text) {
        return new IllegalArgumentException("baseUrl " + what + ": '" + Redaction.url(text.strip())
                + "'. Write it like " + example + ".");
    }
}
