package dev.wanr2v.testkit.conformance;

import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The shared state of one kit run (one concrete kit class): the provider under test, the emulator of
 * its vendor, a client configured for the emulator, and the API key both sides agree on. The emulator
 * and the client are made on first use; everything is closed when the class's rules are done.
 * Thread-safe.
 *
 * <p>Rules reach it through {@link ConformanceRules#session()}; extra rules of your own can use the
 * public accessors.
 */
public final class KitSession implements AutoCloseable {
    /** How many times faster than real time scripted task lives play. */
    static final double SPEED = 40.0;
    /** How often waits poll. */
    static final Duration POLL = Duration.ofMillis(5);
    /** Retries of one call: 3 attempts, a few milliseconds apart. */
    static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 2.0);
    /** The kit class's instance the session was made for (its overrides say what the rules may play). */
    ProviderConformanceKit kit() {
        return kit;
    }

    /** How long a wait may take before the kit gives up on it. */
    static final Duration AWAIT = Duration.ofSeconds(15);

    private static final Map<Class<?>, KitSession> SESSIONS = new ConcurrentHashMap<>();

    private final ProviderConformanceKit kit;
    private final R2vProvider provider;
    private final String apiKey;
    private Emulator emulator;
    private R2vClient client;

    private KitSession(ProviderConformanceKit kit) {
        this.kit = kit;
        this.provider = Objects.requireNonNull(kit.provider(), "provider() returned null");
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        this.apiKey = "sk-wanr2v-kit-" + HexFormat.of().formatHex(random);
    }

    /** The session of a kit class, made from {@code kit} if there is none yet. */
    static KitSession of(Class<?> kitClass, Supplier<ProviderConformanceKit> kit) {
        return SESSIONS.computeIfAbsent(kitClass, c -> new KitSession(kit.get()));
    }

    /** Closes and forgets the session of a kit class, if there is one. */
    static void closeFor(Class<?> kitClass) {
        KitSession session = SESSIONS.remove(kitClass);
        if (session != null) {
            session.close();
        }
    }

    /** The provider under test. */
    public R2vProvider provider() {
        return provider;
    }

    /** The provider's id, or its class name if {@code id()} fails. */
    public String providerId() {
        try {
            return String.valueOf(provider.id());
        } catch (RuntimeException e) {
            return provider.getClass().getName();
        }
    }

    /** The emulator of the provider's vendor, started on first use (as it is: {@link #freshEmulator()} resets it). */
    public synchronized Emulator emulator() {
        if (emulator == null) {
            EmulatorOptions options = EmulatorOptions.defaults().withApiKey(apiKey).withSpeed(SPEED);
            emulator = Objects.requireNonNull(kit.startEmulator(options), "startEmulator(..) returned null");
        }
        return emulator;
    }

    /**
     * Another emulator of the vendor, enforcing these account limits (close it when done): the vendor's
     * documented ones or, where its protocol documents none, {@code fallback}.
     */
    Emulator limitedEmulator(dev.wanr2v.testkit.emulator.AccountLimits fallback) {
        dev.wanr2v.testkit.emulator.AccountLimits documented = emulator().protocol().documentedLimits();
        return Objects.requireNonNull(kit.startEmulator(EmulatorOptions.defaults().withApiKey(apiKey).withSpeed(SPEED)
                .withAccountLimits(documented.isNone() ? fallback : documented)), "startEmulator(..) returned null");
    }

    /** The emulator with every task, script, fault and journal entry forgotten. */
    public Emulator freshEmulator() {
        Emulator e = emulator();
        e.reset();
        return e;
    }

    /** The kit's client for the provider, built on first use and shared by the rules. */
    public synchronized R2vClient client() {
        if (client == null) {
            client = newClient(UnaryOperator.identity());
        }
        return client;
    }

    /** What the provider declares under the kit's configuration (the client's capabilities). */
    public Capabilities capabilities() {
        return client().capabilities();
    }

    /** The outcomes the emulator's vendor can report. */
    public Set<Outcome.Kind> outcomeKinds() {
        return emulator().protocol().outcomes();
    }

    /** The provider options the kit configures, besides the API key and base URL. */
    public Map<String, String> options() {
        return Map.copyOf(kit.providerOptions());
    }

    /** The vendor's documented errors, as the kit subclass lists them. */
    public List<DocumentedError> documentedErrors() {
        return List.copyOf(kit.documentedErrors());
    }

    /** The API key the emulator demands. A secret of the kit's making: rules check it never leaks. */
    String apiKey() {
        return apiKey;
    }

    /**
     * A builder for a client of the provider, aimed at the emulator with the kit's key, options and
     * timings, reading no system property and no environment variable. Budgets are off: the rules check the
     * codec and the engine's retry and billing rules call by call, at test speed (a 429 the kit injects on
     * every create ends as {@code RateLimitedException} after the retries, not at a submit deadline); the
     * budget rule turns them on.
     */
    R2v.Builder clientBuilder() {
        R2v.Builder b = R2v.builder().provider(provider).systemProperties(new Properties()).environment(Map.of())
                .apiKey(apiKey).baseUrl(emulator().baseUrl()).pollPolicy(PollPolicy.fixed(POLL))
                .retryPolicy(RETRIES).connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(3))
                .awaitTimeout(AWAIT).budgets(false);
        kit.providerOptions().forEach(b::option);
        return b;
    }

    /** A new client (close it when done), configured like the shared one and then by {@code adjust}. */
    R2vClient newClient(UnaryOperator<R2v.Builder> adjust) {
        return adjust.apply(clientBuilder()).build();
    }

    /** The provider's own codec for the kit's configuration, options defaulted as core defaults them. */
    ProviderCodec codec() {
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigOption option : provider.configOptions()) {
            if (option.defaultValue() != null) {
                values.put(option.name(), option.defaultValue());
            }
        }
        values.putAll(kit.providerOptions());
        values.put(ConfigOption.API_KEY, apiKey);
        values.put(ConfigOption.BASE_URL, emulator().baseUrl());
        return provider.codec(new ProviderConfig(provider.id(), provider.configOptions(), values));
    }

    /** Closes the client and stops the emulator. */
    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    @Override
    public String toString() {
        return "KitSession[" + providerId() + "]";
    }
}
