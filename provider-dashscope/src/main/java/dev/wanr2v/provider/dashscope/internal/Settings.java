package dev.wanr2v.provider.dashscope.internal;

import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.support.BaseUrlRule;
import dev.wanr2v.spi.support.OptionChoice;
import java.net.URI;
import java.util.Objects;

/**
 * The resolved configuration of one DashScope client.
 *
 * <p>An explicit base URL wins over the region's host. The official SDKs' {@code DASHSCOPE_HTTP_BASE_URL}
 * conventionally ends in {@code /api/v1}; that suffix (and trailing slashes) is dropped so paths do not
 * double. Any other path prefix (a proxy's, say) is kept.
 *
 * @param region   decides the capabilities and the default host
 * @param endpoint the base URL the codec's paths ({@code /api/v1/...}) are resolved against
 * @param apiKey   the key sent as a bearer token; a secret, never printed
 */
public record Settings(Region region, URI endpoint, String apiKey) {
    /** How option {@code baseUrl} is read. */
    static final BaseUrlRule BASE_URL = BaseUrlRule.of("https://dashscope-intl.aliyuncs.com or a workspace host"
            + " https://{WorkspaceId}.{region}.maas.aliyuncs.com").droppingSuffix("/api/v1");

    /** Checks that every part is there. */
    public Settings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    /**
     * Reads and checks a configuration: region first, then base URL, then key.
     *
     * @throws dev.wanr2v.ConfigurationException for an unknown region, a malformed base URL or a missing key
     */
    public static Settings read(ProviderConfig config) {
        Region region = OptionChoice.read(config, Region.OPTION, Region.class, Region.INTL);
        URI endpoint = BASE_URL.read(config, region.host());
        return new Settings(region, endpoint, config.apiKey());
    }

    /** Region and endpoint; never the key. */
    @Override
    public String toString() {
        return "Settings[region " + region.optionValue() + ", " + endpoint + "]";
    }
}
