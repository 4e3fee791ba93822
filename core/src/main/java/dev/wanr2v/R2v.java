package dev.wanr2v;

import dev.wanr2v.internal.config.BudgetSettings;
import dev.wanr2v.internal.config.ClientSettings;
import dev.wanr2v.internal.config.CoreSetting;
import dev.wanr2v.internal.config.ProviderRegistry;
import dev.wanr2v.internal.config.SettingSources;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.spi.support.BaseUrlRule;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The entry point: finds providers and builds clients.
 *
 * <pre>{@code
 * try (R2vClient client = R2v.builder().provider("dashscope").build()) {   // key from DASHSCOPE_API_KEY
 *     GeneratedVideo video = client.generate(request);
 * }
 * }</pre>
 *
 * <p>Every setting is read, first match wins, from the builder, then system properties
 * ({@code wanr2v.<setting>}, or {@code wanr2v.<provider>.<option>} for a provider's options), then
 * environment variables ({@code WAN_R2V_<SETTING>}, or the provider's own such as
 * {@code DASHSCOPE_API_KEY}); the README has the full table.
 */
public final class R2v {
    private R2v() {
    }

    /** A client configured entirely from system properties and environment variables. */
    public static R2vClient client() {
        return builder().build();
    }

    /** A builder for a client. */
    public static Builder builder() {
        return new Builder();
    }

    /** The providers found on the class path and module path. */
    public static List<ProviderInfo> providers() {
        return ProviderRegistry.discover(null).describe();
    }

    /** Builds an {@link R2vClient}. Not thread-safe; the client it builds is. */
    public static final class Builder {
        /** Every codec's endpoint must pass the base-URL rule providers read their option with. */
        private static final BaseUrlRule ENDPOINT = BaseUrlRule.of("https://host[:port][/path]");

        private final Map<String, String> settings = new HashMap<>();
        private R2vProvider providerInstance;
        private Properties systemProperties;
        private Map<String, String> environment;
        private ClassLoader classLoader;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private PollPolicy pollPolicy = PollPolicy.DEFAULT;
        private MediaUploader mediaUploader;
        private AccountBudget budget;

        private Builder() {
        }

        /** The provider id, e.g. {@code dashscope}. Default: the only provider on the path. */
        public Builder provider(String id) {
            return set(CoreSetting.PROVIDER.key(), id);
        }

        /** Uses this provider instance instead of discovering one (tests, embedded plugins). */
        public Builder provider(R2vProvider provider) {
            this.providerInstance = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /** The API key. A secret: never printed or logged by this library. */
        public Builder apiKey(String apiKey) {
            return set(dev.wanr2v.spi.ConfigOption.API_KEY, apiKey);
        }

        /** The vendor's base URL, e.g. a workspace host or a local emulator. */
        public Builder baseUrl(String baseUrl) {
            return set(dev.wanr2v.spi.ConfigOption.BASE_URL, baseUrl);
        }

        /** A provider option by name, e.g. {@code option("region", "cn")}. */
        public Builder option(String name, String value) {
            return set(Objects.requireNonNull(name, "name"), value);
        }

        /** How long to wait for a connection. Default 10 s. */
        public Builder connectTimeout(Duration timeout) {
            return set(CoreSetting.CONNECT_TIMEOUT.key(), timeout == null ? null : timeout.toString());
        }

        /** How long to wait for the answer to one HTTP call. Default 60 s. */
        public Builder responseTimeout(Duration timeout) {
            return set(CoreSetting.RESPONSE_TIMEOUT.key(), timeout == null ? null : timeout.toString());
        }

        /** The default overall deadline of a wait. Default 30 min. */
        public Builder awaitTimeout(Duration timeout) {
            return set(CoreSetting.AWAIT_TIMEOUT.key(), timeout == null ? null : timeout.toString());
        }

        /** An HTTP proxy, {@code http://host:port}. Default: the JVM's proxy properties. */
        public Builder proxy(String proxyUrl) {
            return set(CoreSetting.PROXY.key(), proxyUrl);
        }

        /**
         * Allows a plain {@code http://} base URL on a host other than loopback. Off by default: the API
         * key would cross the network in clear.
         */
        public Builder allowInsecureHttp(boolean allow) {
            return set(CoreSetting.ALLOW_INSECURE_HTTP.key(), String.valueOf(allow));
        }

        /** The largest API answer read; larger ones fail as unexpected. Default 4 MiB. */
        public Builder maxResponseBytes(long bytes) {
            return set(CoreSetting.MAX_RESPONSE_BYTES.key(), String.valueOf(bytes));
        }

        /**
         * Whether calls keep to the account's limits (on by default): every call waits for its budget, creates
         * throttled by the vendor wait instead of failing, and polls are planned within the query budget.
         * Off, calls go out at once and are only counted ({@link R2vClient#budgetStats()}).
         */
        public Builder budgets(boolean enabled) {
            return set(CoreSetting.BUDGETS.key(), String.valueOf(enabled));
        }

        /** Creates per second the account allows. Default: the provider's (DashScope 5). */
        public Builder createRate(double perSecond) {
            return set(CoreSetting.CREATE_RATE.key(), String.valueOf(perSecond));
        }

        /** Status queries and other API calls per second the account allows. Default: the provider's (DashScope 20). */
        public Builder queryRate(double perSecond) {
            return set(CoreSetting.QUERY_RATE.key(), String.valueOf(perSecond));
        }

        /** Tasks the account runs at once; 0 for no limit. Default: the provider's (DashScope 5). */
        public Builder runningTasks(int tasks) {
            return set(CoreSetting.RUNNING_TASKS.key(), String.valueOf(tasks));
        }

        /**
         * Whether tasks beyond {@link #runningTasks} wait in the vendor's queue (creates go on) or are refused
         * (creates wait here until a task ends). Default: the provider's (DashScope: they wait in its queue).
         */
        public Builder vendorQueue(boolean queues) {
            return set(CoreSetting.VENDOR_QUEUE.key(), String.valueOf(queues));
        }

        /**
         * How long a create may wait for budget (the create rate, a running-task slot, the vendor's throttling)
         * before it fails with {@link RateLimitedException}; nothing is sent then. Default 30 min.
         */
        public Builder submitTimeout(Duration timeout) {
            return set(CoreSetting.SUBMIT_TIMEOUT.key(), timeout == null ? null : timeout.toString());
        }

        /**
         * Draws on this budget, shared with every other client given it (keys of one account). Without it,
         * clients of the same provider, endpoint and API key share one budget by themselves.
         */
        public Builder budget(AccountBudget budget) {
            this.budget = budget;
            return this;
        }

        /** How single calls are retried. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** How waits poll. */
        public Builder pollPolicy(PollPolicy policy) {
            this.pollPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sends local files and bytes to your own storage and passes the vendor their URLs (see
         * {@link MediaUploader}); used with every provider once set. Without one, local media travels as
         * the provider allows (streamed data URIs, the vendor's own upload) or is refused by validation.
         */
        public Builder mediaUploader(MediaUploader uploader) {
            this.mediaUploader = uploader;
            return this;
        }

        /** Reads system properties from here instead of {@link System#getProperties()}. */
        public Builder systemProperties(Properties properties) {
            this.systemProperties = Objects.requireNonNull(properties, "properties");
            return this;
        }

        /** Reads environment variables from here instead of {@link System#getenv()}. */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** Discovers providers with this class loader instead of core's own. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Builds the client: chooses the provider, resolves its configuration, checks it.
         *
         * @throws ConfigurationException naming what to fix
         */
        public R2vClient build() {
            return new dev.wanr2v.internal.engine.DefaultR2vClient(resolve());
        }

        private Builder set(String key, String value) {
            if (value == null) {
                settings.remove(key);
            } else {
                settings.put(key, value);
            }
            return this;
        }

        /**
         * The provider {@link #build()} would use, chosen by the same rules (builder, system property,
         * environment variable, else the only one present), without configuring it or building a client: for
         * tools that need to know it first (a command line that starts the provider's emulator).
         *
         * @throws ConfigurationException for none, unknown, ambiguous or duplicate providers
         */
        public ProviderInfo chosenProvider() {
            return ProviderRegistry.describe(chooseProvider(sources()));
        }

        private SettingSources sources() {
            Properties props = systemProperties != null ? systemProperties : System.getProperties();
            Map<String, String> env = environment != null ? environment : System.getenv();
            return new SettingSources(settings, props, env);
        }

        private R2vProvider chooseProvider(SettingSources sources) {
            if (providerInstance != null) {
                return providerInstance;
            }
            var chosen = sources.core(CoreSetting.PROVIDER.key());
            return ProviderRegistry.discover(classLoader).select(
                    chosen.map(SettingSources.Value::value).map(s -> s.toLowerCase(Locale.ROOT)).orElse(null),
                    chosen.map(SettingSources.Value::source).orElse("default"));
        }

        /** Resolves every setting; package-private for tests. */
        ClientSettings resolve() {
            SettingSources sources = sources();
            R2vProvider provider = chooseProvider(sources);
            String id = provider.id();
            ProviderConfig config = sources.providerConfig(id, provider.configOptions());
            ProviderCodec codec;
            try {
                codec = provider.codec(config);
            } catch (R2vException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConfigurationException("[" + id + "] the provider could not be configured: "
                        + dev.wanr2v.internal.Redaction.scrub(e.getMessage(), config.get("apiKey").orElse(null)),
                        ErrorDetails.of(id), null);
            }
            Capabilities caps = codec.capabilities();
            boolean insecure = sources.bool(CoreSetting.ALLOW_INSECURE_HTTP.key(), false);
            checkEndpoint(id, codec.endpoint(), insecure);
            ProviderInfo info = new ProviderInfo(id, provider.displayName(), provider.getClass().getName(),
                    provider.spiVersion(), caps, provider.configOptions());
            return new ClientSettings(info, config, codec,
                    sources.duration(CoreSetting.CONNECT_TIMEOUT.key(), Duration.ofSeconds(10)),
                    sources.duration(CoreSetting.RESPONSE_TIMEOUT.key(), Duration.ofSeconds(60)),
                    sources.duration(CoreSetting.AWAIT_TIMEOUT.key(), Duration.ofMinutes(30)),
                    proxy(sources), sources.positiveLong(CoreSetting.MAX_RESPONSE_BYTES.key(), 4L << 20),
                    retryPolicy, pollPolicy, mediaUploader, BudgetSettings.resolve(sources, caps.accountLimits(),
                            budget == null ? null : budget.shared()));
        }

        private static URI proxy(SettingSources sources) {
            return sources.core(CoreSetting.PROXY.key()).map(v -> {
                try {
                    URI uri = new URI(v.value().contains("://") ? v.value() : "http://" + v.value());
                    if (uri.getHost() == null || uri.getPort() < 0) {
                        throw new URISyntaxException(v.value(), "needs a host and a port");
                    }
                    return uri;
                } catch (URISyntaxException e) {
                    throw new ConfigurationException("wan-r2v: " + v.source() + " is '" + v.value()
                            + "', which is not a proxy address; write http://host:port", ErrorDetails.none());
                }
            }).orElse(null);
        }

        private static void checkEndpoint(String id, URI endpoint, boolean allowInsecure) {
            try {
                ENDPOINT.parse(String.valueOf(endpoint));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("[" + id + "] " + e.getMessage(), ErrorDetails.of(id));
            }
            String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") && !allowInsecure && !isLoopback(endpoint.getHost())) {
                throw new ConfigurationException("[" + id + "] base URL " + endpoint + " uses plain http on a"
                        + " non-loopback host, so the API key would cross the network in clear. Use https, or"
                        + " allow it explicitly with allowInsecureHttp(true) / -Dwanr2v.allowInsecureHttp=true.",
                        ErrorDetails.of(id));
            }
        }

        private static boolean isLoopback(String host) {
            String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (h.equalsIgnoreCase("localhost")) {
                return true;
            }
            if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                return false;
            }
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
