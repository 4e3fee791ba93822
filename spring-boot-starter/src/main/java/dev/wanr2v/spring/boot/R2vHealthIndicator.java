package dev.wanr2v.spring.boot;

import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2vClient;
import dev.wanr2v.spi.ConfigOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports how an {@link R2vClient} is configured: provider, endpoint (base URL), its non-secret options
 * (e.g. {@code region}) and, for each secret option such as the API key, only whether it is set. UP
 * means the client was built and accepted its configuration; the check calls no vendor (a call could
 * cost money and count against the account's limits) and shows no secret.
 */
public class R2vHealthIndicator extends AbstractHealthIndicator {
    private final R2vClient client;

    /** Reports on this client. */
    public R2vHealthIndicator(R2vClient client) {
        super("wan-r2v health check failed");
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ProviderInfo provider = client.provider();
        Map<String, String> options = client.options();
        Map<String, String> shown = new LinkedHashMap<>();
        builder.up().withDetail("provider", provider.id()).withDetail("providerName", provider.displayName())
                .withDetail("endpoint", client.endpoint());
        for (ConfigOption option : provider.configOptions()) {
            if (option.secret()) {
                builder.withDetail(option.name() + "Set", options.containsKey(option.name()));
            } else if (options.containsKey(option.name())) {
                shown.put(option.name(), options.get(option.name()));
            }
        }
        builder.withDetail("options", shown);
    }
}
