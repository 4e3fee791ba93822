package dev.wanr2v.provider.uniall;

import dev.wanr2v.provider.uniall.internal.ProviderFacts;
import dev.wanr2v.provider.uniall.internal.UniAllCodec;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import java.util.List;

/**
 * The UniAll provider, id {@code uniall}: Wan 2.6 R2V through UniAll's OpenAI-style video API
 * ({@code POST /v1/video/generations}, then {@code GET /v1/videos/{task_id}}).
 *
 * <p>Found by {@link java.util.ServiceLoader}; choose it with {@code R2v.builder().provider("uniall")}.
 * Configuration, each from the builder, then system property {@code wanr2v.uniall.<name>}, then the
 * environment:
 * <ul>
 * <li>{@code apiKey} ({@code UNIALL_API_KEY}), required, secret;</li>
 * <li>{@code baseUrl} ({@code UNIALL_BASE_URL}), required: UniAll publishes no host, each account has its
 * own ({@code {BASE_URL}} in UniAll's docs); a final {@code /v1} is dropped;</li>
 * <li>{@code model} ({@code UNIALL_MODEL}), optional: a model id to send instead of the one derived from
 * the request; a documented id that contradicts the request's tier, size tier or audio switch, or an id
 * that names no reference-to-video model, breaks rule {@code UNIALL-MODEL}.</li>
 * </ul>
 *
 * <p>The model id carries tier, resolution and audio: STANDARD is {@code wan2.6-r2v-720p} or
 * {@code wan2.6-r2v-1080p} (always with audio), FLASH is {@code wan2.6-r2v-flash-{720p|1080p}-{audio|silent}}.
 *
 * <p>Images and videos travel in separate arrays, and UniAll is assumed to number them images first:
 * {@code character1..N} are the images in order, then the videos in order. A request that lists a video
 * before an image cannot be expressed and breaks rule {@code R2V-REF-ORDER}; it is never reordered
 * silently. References must be public URLs (no data URIs, no local files unless a media uploader turns
 * them into URLs). There is no watermark field, no cancel call and no cost estimate.
 *
 * <p>The constructor does no work; the configuration is read and checked by {@link #codec(ProviderConfig)}.
 */
public final class UniAllProvider implements R2vProvider {

    /** Creates the provider; cheap. */
    public UniAllProvider() {
        // set-up happens in codec(config)
    }

    /** {@code uniall}. */
    @Override
    public String id() {
        return ProviderFacts.ID;
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String displayName() {
        return ProviderFacts.DISPLAY_NAME;
    }

    /** {@code apiKey}, {@code baseUrl} and {@code model}. */
    @Override
    public List<ConfigOption> configOptions() {
        return ProviderFacts.OPTIONS;
    }

    @Override
    public Capabilities capabilities() {
        return ProviderFacts.CAPABILITIES;
    }

    /**
     * A codec for one configuration.
     *
     * @throws dev.wanr2v.ConfigurationException if the base URL or API key is missing, or the base URL is
     *                                           not a URL; the message says how to set it
     */
    @Override
    public ProviderCodec codec(ProviderConfig config) {
        return UniAllCodec.create(config);
    }

    @Override
    public String toString() {
        return "UniAllProvider[" + ProviderFacts.ID + "]";
    }
}
