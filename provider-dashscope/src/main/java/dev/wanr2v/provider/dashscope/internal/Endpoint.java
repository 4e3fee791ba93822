package dev.wanr2v.provider.dashscope.internal;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Works out the base URL the codec's paths ({@code /api/v1/...}) are resolved against.
 *
 * <p>An explicit base URL wins over the region's host. The official SDKs' {@code DASHSCOPE_HTTP_BASE_URL}
 * conventionally ends in {@code /api/v1}; that suffix (and trailing slashes) is dropped so paths do not
 * double. Any other path prefix (a proxy's, say) is kept.
 */
public final class Endpoint {
    private static final String API_PREFIX = "/api/v1";

    private Endpoint() {
    }

    /**
     * The endpoint for this configuration.
     *
     * @throws ConfigurationException if the base URL is not an absolute http(s) URL with a host
     */
    public static URI resolve(ProviderConfig config, Region region) {
        String given = config.get(ConfigOption.BASE_URL).orElse(region.host());
        String trimmed = normalize(given);
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ConfigurationException("[" + config.providerId() + "] baseUrl '" + withoutQuery(given)
                + "' is not an absolute http(s) URL without query, like " + region.host() + " or a workspace host"
                + " https://{WorkspaceId}.{region}.maas.aliyuncs.com. " + config.howToSet(ConfigOption.BASE_URL),
                ErrorDetails.of(config.providerId()));
    }

    /** Drops trailing slashes and one trailing {@code /api/v1}. */
    static String normalize(String baseUrl) {
        String s = stripSlashes(baseUrl.strip());
        if (s.toLowerCase(Locale.ROOT).endsWith(API_PREFIX)) {
            s = stripSlashes(s.substring(0, s.length() - API_PREFIX.length()));
        }
        return s;
    }

    private static String stripSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String withoutQuery(String url) {
        int cut = url.indexOf('?');
        return cut < 0 ? url : url.substring(0, cut) + "?…";
    }
}
