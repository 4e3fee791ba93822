package dev.wanr2v.provider.dashscope;

import dev.wanr2v.provider.dashscope.internal.DashScopeCodec;
import dev.wanr2v.provider.dashscope.internal.Region;
import dev.wanr2v.provider.dashscope.internal.Settings;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import java.util.List;

/**
 * Provider {@code dashscope}: Wan 2.6 reference-to-video through Alibaba Cloud Model Studio's native
 * DashScope API ({@code wan2.6-r2v-flash} for tier FLASH, {@code wan2.6-r2v} for STANDARD).
 *
 * <p>Found by {@link java.util.ServiceLoader}; choose it with {@code R2v.builder().provider("dashscope")}.
 * Options, each read from the builder, then system property {@code wanr2v.dashscope.<name>}, then the
 * environment:
 * <table>
 * <caption>Options</caption>
 * <tr><th>option</th><th>environment</th><th>default</th></tr>
 * <tr><td>{@code apiKey} (required, secret)</td><td>{@code DASHSCOPE_API_KEY}</td><td></td></tr>
 * <tr><td>{@code region}: {@code intl} (Singapore), {@code cn} (Beijing), {@code us} (Virginia)</td>
 * <td>{@code DASHSCOPE_REGION}</td><td>{@code intl}</td></tr>
 * <tr><td>{@code baseUrl}</td><td>{@code DASHSCOPE_BASE_URL}, then {@code DASHSCOPE_HTTP_BASE_URL}</td>
 * <td>the region's host</td></tr>
 * </table>
 *
 * <p>The region decides what can be requested: intl and cn serve both tiers, 2 to 10 s, image and
 * video references (at most 5 images and 3 videos, in any order) and every optional field; us serves
 * only {@code wan2.6-r2v} (STANDARD) with video references and 5 or 10 s. An explicit base URL (a
 * workspace host {@code https://{WorkspaceId}.{region}.maas.aliyuncs.com}, a proxy) replaces the
 * region's host but not its capabilities; a trailing {@code /api/v1}, as the official SDKs'
 * {@code DASHSCOPE_HTTP_BASE_URL} has it, is ignored. The key must belong to the same region as the
 * endpoint.
 *
 * <p>References and audio guides must be public {@code http(s)} URLs (DashScope takes no data URIs;
 * local files are refused by validation). Tasks can be canceled while PENDING only; results and task
 * ids expire 24 h after the task ends. The constructor does no work; {@link #codec} checks the
 * configuration.
 *
 * <p>Wire choices where the vendor's docs are silent: {@code parameters.audio} is sent for FLASH only
 * (DashScope documents it for {@code wan2.6-r2v-flash}; STANDARD clips always have audio, and validation
 * refuses silent STANDARD requests); {@code prompt_extend}, {@code shot_type} and {@code watermark} are
 * always sent, {@code seed}, {@code negative_prompt} and {@code audio_url} only when set. Task times
 * ({@code "2025-07-27 21:05:15.212"}) carry no zone and are read as UTC+8, a guess; the raw strings are
 * kept in {@link dev.wanr2v.TaskSnapshot#attributes()}.
 */
public final class DashScopeProvider implements R2vProvider {
    /** The provider id. */
    public static final String ID = "dashscope";

    private static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.apiKey("DASHSCOPE_API_KEY"),
            ConfigOption.optional(Region.OPTION, "DashScope region: " + Region.describeAll(), "intl",
                    "DASHSCOPE_REGION"),
            new ConfigOption(ConfigOption.BASE_URL, "base URL of the DashScope API (default: the region's host;"
                    + " a trailing /api/v1 is ignored)", null, List.of("DASHSCOPE_BASE_URL", "DASHSCOPE_HTTP_BASE_URL"),
                    false, false));

    /** Does no work; discovery instantiates every provider. */
    public DashScopeProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String displayName() {
        return "Alibaba Cloud Model Studio (DashScope)";
    }

    /** {@code apiKey}, {@code region} and {@code baseUrl}, as in the table above. */
    @Override
    public List<ConfigOption> configOptions() {
        return OPTIONS;
    }

    /** The capabilities of the default region, intl. */
    @Override
    public Capabilities capabilities() {
        return Region.INTL.capabilities();
    }

    /**
     * A codec for the configured region, endpoint and key.
     *
     * @throws dev.wanr2v.ConfigurationException for an unknown region, a malformed base URL or a missing key
     */
    @Override
    public ProviderCodec codec(ProviderConfig config) {
        return new DashScopeCodec(Settings.read(config));
    }

    @Override
    public String toString() {
        return "DashScopeProvider[" + ID + "]";
    }
}
