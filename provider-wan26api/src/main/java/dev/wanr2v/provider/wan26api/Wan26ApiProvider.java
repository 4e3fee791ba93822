package dev.wanr2v.provider.wan26api;

import dev.wanr2v.provider.wan26api.internal.Envelope;
import dev.wanr2v.provider.wan26api.internal.Wan26ApiCapabilities;
import dev.wanr2v.provider.wan26api.internal.Wan26ApiCodec;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.spi.support.OptionChoice;
import java.util.List;

/**
 * Provider {@code wan26api}: the {@code wan26_r2v} model API of the Vtrix / SeaArt gateway (seed 004
 * of the project's protocol notes).
 *
 * <p>The wire, as seed 004 documents it:
 * <ul>
 * <li>create: {@code POST /model/v1/generation} with
 *     {@code {"model":"wan26_r2v","input":{"prompt","reference_urls":[..],"audio_url"?},
 *     "parameters":{"size","duration","prompt_extend","watermark","audio","shot_type","seed"?}}};
 *     option {@code envelope=array} sends the gateway's array envelope
 *     {@code "input":[{"params":{"input":{..},"parameters":{..}}}]} instead;</li>
 * <li>status: {@code GET /model/v1/generation/task/{id}}; statuses {@code pending}/{@code queued}
 *     (queued), {@code in_progress}/{@code processing} (running), {@code completed}, {@code failed};
 *     the video is the {@code video} item of {@code output[].content[]}, the cost is {@code usage.cost}
 *     in USD;</li>
 * <li>cost estimate: {@code POST /model/v1/generation/precharge} with the create body.</li>
 * </ul>
 *
 * <p>What it serves: references as public URLs or {@code data:} URIs (up to 5, at most 5 images and 3
 * videos, in any order), an audio guide as a public URL, durations 2..15 s, the ten sizes, seed,
 * watermark, shot type, prompt extension and silent output. The API has no negative prompt and no
 * cancel; requests using them are rejected by validation rather than silently changed.
 *
 * <p>Tier: the wire names one model, {@code wan26_r2v}, and has no tier field, yet it documents an
 * {@code audio} on/off switch, which upstream exists only for {@code wan2.6-r2v-flash}. The provider
 * therefore declares exactly one tier, {@link dev.wanr2v.ModelTier#FLASH}: a request for
 * {@code STANDARD} breaks rule {@code R2V-TIER} instead of being sent to a model it did not ask for.
 *
 * <p>Configuration (builder, then system property {@code wanr2v.wan26api.<name>}, then environment):
 * <table>
 * <caption>Options</caption>
 * <tr><th>name</th><th>environment</th><th>default</th></tr>
 * <tr><td>{@code apiKey}</td><td>{@code WAN26API_API_KEY}</td><td>(required, secret)</td></tr>
 * <tr><td>{@code baseUrl}</td><td>{@code WAN26API_BASE_URL}</td><td>{@code https://cloud.vtrix.ai}</td></tr>
 * <tr><td>{@code envelope}</td><td>{@code WAN26API_ENVELOPE}</td><td>{@code object} (or {@code array})</td></tr>
 * </table>
 *
 * <p>The constructor does no work; {@link #codec(ProviderConfig)} checks the configuration. Thread-safe.
 */
public final class Wan26ApiProvider implements R2vProvider {
    /** The provider id. */
    public static final String ID = "wan26api";

    private static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.apiKey("WAN26API_API_KEY"),
            ConfigOption.baseUrl(Wan26ApiCodec.DEFAULT_BASE_URL, "WAN26API_BASE_URL"),
            ConfigOption.optional(Envelope.OPTION, "request body shape: "
                    + OptionChoice.describe(Envelope.class, Envelope.OBJECT), Envelope.OBJECT.optionValue(),
                    "WAN26API_ENVELOPE"));

    /** Does no work: discovery instantiates every provider on the path. */
    public Wan26ApiProvider() {
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
        return "wan26_r2v API (Vtrix / SeaArt gateway)";
    }

    @Override
    public List<ConfigOption> configOptions() {
        return OPTIONS;
    }

    @Override
    public Capabilities capabilities() {
        return Wan26ApiCapabilities.CAPABILITIES;
    }

    /**
     * A codec for this configuration.
     *
     * @throws dev.wanr2v.ConfigurationException if the API key is missing, the base URL is not a URL, or
     *                                           the envelope is neither {@code object} nor {@code array}
     */
    @Override
    public ProviderCodec codec(ProviderConfig config) {
        return Wan26ApiCodec.create(config);
    }
}
