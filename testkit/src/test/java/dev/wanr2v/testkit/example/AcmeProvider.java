package dev.wanr2v.testkit.example;

import dev.wanr2v.spi.AccountLimits;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.spi.support.BaseUrlRule;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * Provider {@code acme}: Wan 2.6 R2V through Acme Clips, an imaginary vendor; the example of a
 * third-party provider (registered in {@code META-INF/services/dev.wanr2v.spi.R2vProvider}). Both tiers,
 * 2..12 s, up to 5 references as public URLs in any order, every optional field, cancel and quotes; an
 * account may send 10 creates and 40 other calls a second and run 4 clips at once, the rest queued.
 */
public class AcmeProvider implements R2vProvider {
    static final Capabilities CAPABILITIES = Capabilities.builder().durationRange(2, 12)
            .features(EnumSet.allOf(Feature.class)).pollInterval(Duration.ofSeconds(10))
            .accountLimits(AccountLimits.documented(10, 40).withRunningTasks(4, true)).build();

    private static final List<ConfigOption> OPTIONS = List.of(ConfigOption.apiKey("ACME_API_KEY"),
            ConfigOption.baseUrl("https://api.acme-clips.example", "ACME_BASE_URL"));
    /** How option {@code baseUrl} is read: the SPI's one rule, with Acme's example. */
    private static final BaseUrlRule BASE_URL = BaseUrlRule.of("https://api.acme-clips.example");

    /** Does no work. */
    public AcmeProvider() {
    }

    @Override
    public String id() {
        return "acme";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String displayName() {
        return "Acme Clips (example)";
    }

    @Override
    public List<ConfigOption> configOptions() {
        return OPTIONS;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public ProviderCodec codec(ProviderConfig config) {
        return new AcmeCodec(BASE_URL.read(config), config.apiKey());
    }
}
