package dev.wanr2v.internal.config;

import dev.wanr2v.PollPolicy;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import java.net.URI;
import java.time.Duration;

/**
 * Everything a client is built from, resolved and checked.
 *
 * @param provider          the chosen provider, described
 * @param config            its resolved options
 * @param codec             its codec for that configuration
 * @param connectTimeout    TCP/TLS connect timeout
 * @param responseTimeout   timeout of one HTTP exchange
 * @param awaitTimeout      default overall deadline of a wait
 * @param proxy             explicit proxy, or {@code null} for the JVM's proxy settings
 * @param maxResponseBytes  cap on API answer bodies
 * @param retryPolicy       retries of single calls
 * @param pollPolicy        polling of waits
 * @param mediaUploader     the user's uploader for local media, or {@code null}
 * @param budget            how calls keep to the account's limits
 */
public record ClientSettings(ProviderInfo provider, ProviderConfig config, ProviderCodec codec,
        Duration connectTimeout, Duration responseTimeout, Duration awaitTimeout, URI proxy, long maxResponseBytes,
        RetryPolicy retryPolicy, PollPolicy pollPolicy, dev.wanr2v.MediaUploader mediaUploader,
        BudgetSettings budget) {

    /** The API key, for scrubbing it from messages; {@code null} if the provider has none. */
    public String secret() {
        return config.get(dev.wanr2v.spi.ConfigOption.API_KEY).orElse(null);
    }
}
