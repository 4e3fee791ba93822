package dev.wanr2v.internal.config;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.spi.R2vProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds providers with {@link ServiceLoader} (class path and module path) and chooses one. A provider
 * that fails to load is logged and skipped, so one broken jar cannot take the others down.
 */
public final class ProviderRegistry {
    /** Where every discovery message points for the fix. */
    public static final String HELP = "see README.md#choosing-a-provider";
    /** The artifacts that hold the built-in providers. */
    public static final String ARTIFACTS = "dev.wanr2v:wan-r2v-provider-dashscope, dev.wanr2v:wan-r2v-provider-uniall"
            + " or dev.wanr2v:wan-r2v-provider-wan26api";

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);
    private static final int MAX_ERRORS = 100;

    private final List<R2vProvider> providers;

    private ProviderRegistry(List<R2vProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers visible to {@code loader} (or to core's own loader and module layer if null). */
    public static ProviderRegistry discover(ClassLoader loader) {
        ServiceLoader<R2vProvider> serviceLoader = loader == null
                ? ServiceLoader.load(R2vProvider.class, ProviderRegistry.class.getClassLoader())
                : ServiceLoader.load(R2vProvider.class, loader);
        List<R2vProvider> found = new ArrayList<>();
        Iterator<R2vProvider> it = serviceLoader.iterator();
        int errors = 0;
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                R2vProvider provider = it.next();
                if (accept(provider)) {
                    found.add(provider);
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                LOG.warn("wan-r2v: skipping a provider that failed to load: {} ({})", e.getMessage(), HELP);
                LOG.debug("wan-r2v: provider load failure", e);
                if (++errors >= MAX_ERRORS) {
                    break;
                }
            }
        }
        return new ProviderRegistry(found);
    }

    /** A registry of these providers, bypassing discovery. */
    public static ProviderRegistry of(List<R2vProvider> providers) {
        return new ProviderRegistry(providers);
    }

    private static boolean accept(R2vProvider provider) {
        String cls = provider.getClass().getName();
        String id;
        int version;
        try {
            id = provider.id();
            version = provider.spiVersion();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("wan-r2v: skipping provider {}: it failed to describe itself: {}", cls, e.toString());
            return false;
        }
        if (id == null || id.isBlank()) {
            LOG.warn("wan-r2v: skipping provider {}: its id is blank", cls);
            return false;
        }
        if (version > R2vProvider.SPI_VERSION || version < 1) {
            LOG.warn("wan-r2v: skipping provider '{}' ({}): it targets SPI version {}, but this wan-r2v-core"
                    + " implements version {}; use a wan-r2v-core release that supports it", id, cls, version,
                    R2vProvider.SPI_VERSION);
            return false;
        }
        return true;
    }

    /** Every loaded provider, in discovery order. */
    public List<R2vProvider> providers() {
        return providers;
    }

    /** The discovered providers described. */
    public List<ProviderInfo> describe() {
        return providers.stream().map(ProviderRegistry::describe).toList();
    }

    /** One provider described, with its default capabilities. */
    public static ProviderInfo describe(R2vProvider p) {
        return new ProviderInfo(p.id(), p.displayName(), p.getClass().getName(), p.spiVersion(), p.capabilities(),
                p.configOptions());
    }

    /**
     * The provider to use.
     *
     * @param requestedId the chosen id, or {@code null} if none was configured
     * @param source      where the id came from, for messages (e.g. "system property wanr2v.provider")
     * @throws ConfigurationException for none, unknown, ambiguous or duplicate providers
     */
    public R2vProvider select(String requestedId, String source) {
        if (providers.isEmpty()) {
            throw new ConfigurationException("wan-r2v: no provider found on the class path or module path."
                    + " Add one of " + ARTIFACTS + " to your dependencies (" + HELP + ").", ErrorDetails.none());
        }
        Map<String, List<R2vProvider>> byId = new TreeMap<>(providers.stream()
                .collect(Collectors.groupingBy(R2vProvider::id)));
        if (requestedId == null) {
            if (byId.size() > 1) {
                throw new ConfigurationException("wan-r2v: several providers found (" + String.join(", ",
                        byId.keySet()) + ") and none chosen. Choose one with R2v.builder().provider(\"id\"),"
                        + " system property -Dwanr2v.provider=id, or environment variable WAN_R2V_PROVIDER=id ("
                        + HELP + ").", ErrorDetails.none());
            }
            requestedId = byId.keySet().iterator().next();
        }
        List<R2vProvider> matches = byId.get(requestedId);
        if (matches == null) {
            throw new ConfigurationException("wan-r2v: unknown provider '" + requestedId + "' (from " + source
                    + "). Available: " + String.join(", ", byId.keySet()) + ". Fix the id, or add the jar that"
                    + " provides it (" + HELP + ").", ErrorDetails.none());
        }
        if (matches.size() > 1) {
            throw new ConfigurationException("wan-r2v: provider id '" + requestedId + "' is claimed by "
                    + matches.size() + " classes: " + matches.stream().map(p -> p.getClass().getName())
                            .collect(Collectors.joining(" and ")) + ". Remove one of the jars from the path ("
                    + HELP + ").", ErrorDetails.of(requestedId));
        }
        return matches.get(0);
    }
}
