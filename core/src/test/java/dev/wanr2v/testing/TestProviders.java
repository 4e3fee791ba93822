package dev.wanr2v.testing;

import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import java.net.URI;
import java.util.List;

/** Test-only providers for discovery and configuration tests. */
public final class TestProviders {
    private TestProviders() {
    }

    /** A well-behaved provider; subclasses change the id. */
    public abstract static class Base implements R2vProvider {
        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public String displayName() {
            return "Test provider " + id();
        }

        @Override
        public List<ConfigOption> configOptions() {
            String env = id().toUpperCase(java.util.Locale.ROOT);
            return List.of(ConfigOption.apiKey(env + "_API_KEY"),
                    ConfigOption.baseUrl("https://" + id() + ".example", env + "_BASE_URL", env + "_HTTP_BASE_URL"),
                    ConfigOption.optional("region", "where the tasks run", "intl", env + "_REGION"));
        }

        @Override
        public Capabilities capabilities() {
            return Capabilities.builder().build();
        }

        @Override
        public ProviderCodec codec(ProviderConfig config) {
            return new StaticCodec(URI.create(config.baseUrl()), capabilities(), config.apiKey());
        }
    }

    public static final class Alpha extends Base {
        @Override
        public String id() {
            return "alpha";
        }
    }

    public static final class Beta extends Base {
        @Override
        public String id() {
            return "beta";
        }
    }

    /** Claims the id of {@link Alpha}. */
    public static final class AlphaTwin extends Base {
        @Override
        public String id() {
            return "alpha";
        }
    }

    /** Fails in its constructor, like a jar missing a dependency. */
    public static final class Broken extends Base {
        public Broken() {
            throw new IllegalStateException("missing dependency com.acme:acme-sdk");
        }

        @Override
        public String id() {
            return "broken";
        }
    }

    /** Targets an SPI newer than core's. */
    public static final class FromTheFuture extends Base {
        @Override
        public String id() {
            return "future";
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION + 1;
        }
    }
}
