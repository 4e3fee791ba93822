package dev.wanr2v.spi;

import java.util.List;

/**
 * A vendor plugin, found at run time by {@link java.util.ServiceLoader}.
 *
 * <p>A provider knows two things: its vendor's wire format and its vendor's error codes. It describes
 * itself here and makes a {@link ProviderCodec} for a configuration; the engine in core does the rest
 * (validation, media, HTTP, retries, polling, deadlines) for every provider alike.
 *
 * <p>Register an implementation both ways, so it is found on the class path and the module path:
 * <pre>{@code
 * // module-info.java
 * provides dev.wanr2v.spi.R2vProvider with com.acme.AcmeProvider;
 * // META-INF/services/dev.wanr2v.spi.R2vProvider
 * com.acme.AcmeProvider
 * }</pre>
 *
 * <p>Implementations need a public no-argument constructor that does no work (discovery instantiates
 * every provider on the path); real set-up happens in {@link #codec(ProviderConfig)}. All methods must
 * be thread-safe.
 */
public interface R2vProvider {

    /** The SPI version this core implements. Providers return it from {@link #spiVersion()}. */
    int SPI_VERSION = 1;

    /**
     * The stable provider id users choose it by: lower-case letters, digits, {@code .}, {@code _},
     * {@code -}; e.g. {@code dashscope}.
     */
    String id();

    /**
     * The SPI version this provider was compiled against. Implement it as
     * {@code return SPI_VERSION;} so the value is fixed when the provider is compiled; core skips
     * providers that target a newer SPI than its own, with a log line saying to upgrade core.
     */
    int spiVersion();

    /** A human-readable name, e.g. {@code "Alibaba Cloud Model Studio (DashScope)"}. */
    String displayName();

    /**
     * The configuration options this provider reads (API key, base URL, region…). Each is resolved by
     * core from the builder, then system property {@code wanr2v.<id>.<name>}, then its environment
     * variables, then its default.
     */
    List<ConfigOption> configOptions();

    /** What the provider can do under its default configuration (for listings). */
    Capabilities capabilities();

    /**
     * A codec for one configuration. Called once per client.
     *
     * @throws dev.wanr2v.ConfigurationException if the configuration is unusable (say which option to fix)
     */
    ProviderCodec codec(ProviderConfig config);
}
