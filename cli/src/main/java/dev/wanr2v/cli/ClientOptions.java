package dev.wanr2v.cli;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * Which provider, its options, and {@code --emulate}. Everything not given here comes from the
 * library's system properties and environment variables (README, Configuration).
 */
public final class ClientOptions {
    /** The API key an in-process emulator is given: any non-blank key works there. */
    static final String EMULATOR_KEY = "emulator-key";

    @Option(order = 30, names = "--provider", paramLabel = "ID", description = "dashscope, uniall or wan26api. Default:"
            + " -Dwanr2v.provider or WAN_R2V_PROVIDER, else the only provider present.")
    String provider;

    @Option(order = 31, names = "--option", paramLabel = "NAME=VALUE", description = "A provider option, e.g. region=cn or"
            + " baseUrl=https://...; 'wan-r2v providers' lists them. Keep keys in environment variables.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(order = 32, names = "--emulate", description = "Run against the provider's built-in emulator: in-process, loopback"
            + " only, any key, no network. It lives as long as this command.")
    boolean emulate;

    @Option(order = 33, names = "--emulate-speed", paramLabel = "FACTOR", defaultValue = "1", description = "With --emulate:"
            + " emulated tasks play this many times faster (about 2.5 s per task at 1; 0.1 is ten times slower).")
    double emulateSpeed;

    @Option(order = 34, names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Ask for a task's status at this fixed interval. Default: after 2 s, growing to the"
                    + " vendor's advice (200ms with --emulate).")
    Duration pollInterval;

    /** Whether {@code --emulate} is on. */
    public boolean emulate() {
        return emulate;
    }

    /**
     * Builds the client (and starts the emulator with {@code --emulate}).
     *
     * @param output   where to say that an emulator is used
     * @param fallback the provider to use when {@code --provider} is absent (a token's), or {@code null}
     */
    public Session open(Output output, String fallback) {
        String id = providerId(fallback);
        ProviderInfo info = R2v.providers().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        if (info != null) {
            checkOptionNames(info, output);
        }
        R2v.Builder builder = R2v.builder().provider(id);
        options.forEach(builder::option);
        if (pollInterval != null) {
            builder.pollPolicy(PollPolicy.fixed(pollInterval));
        }
        if (!emulate) {
            return new Session(builder.build(), null);
        }
        if (options.containsKey(ConfigOption.BASE_URL)) {
            throw CliException.usage("--emulate points the client at its own emulator; drop --option baseUrl=...");
        }
        if (!(emulateSpeed > 0) || Double.isInfinite(emulateSpeed)) {
            throw CliException.usage("--emulate-speed must be a positive number, not " + emulateSpeed);
        }
        Emulator emulator = startEmulator(id, EmulatorOptions.defaults().withSpeed(emulateSpeed));
        try {
            R2vClient client = builder.baseUrl(emulator.baseUrl()).apiKey(EMULATOR_KEY)
                    .pollPolicy(PollPolicy.fixed(pollInterval != null ? pollInterval : Duration.ofMillis(200))).build();
            output.message("wan-r2v: --emulate: " + id + "'s built-in emulator at " + emulator.baseUrl()
                    + " (in-process, loopback only; no key, nothing leaves this machine)");
            return new Session(client, emulator);
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
    }

    /** Starts a provider's emulator, or explains which providers have one. */
    static Emulator startEmulator(String id, EmulatorOptions options) {
        if (!Emulators.providerIds().contains(id)) {
            throw new ConfigurationException("wan-r2v: there is no built-in emulator for provider '" + id
                    + "'; emulators exist for " + Emulators.providerIds(), ErrorDetails.of(id));
        }
        try {
            return Emulators.start(id, options);
        } catch (IllegalStateException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /**
     * The provider: {@code --provider}, else the fallback, else the library's setting, else the only one
     * present.
     *
     * @throws ConfigurationException when several are present and none was chosen
     */
    String providerId(String fallback) {
        if (provider != null && !provider.isBlank()) {
            return provider.strip().toLowerCase(Locale.ROOT);
        }
        if (fallback != null) {
            return fallback;
        }
        String configured = System.getProperty("wanr2v.provider", System.getenv("WAN_R2V_PROVIDER"));
        if (configured != null && !configured.isBlank()) {
            return configured.strip().toLowerCase(Locale.ROOT);
        }
        List<ProviderInfo> found = R2v.providers();
        if (found.size() == 1) {
            return found.get(0).id();
        }
        throw new ConfigurationException("wan-r2v: " + found.size() + " providers are available ("
                + found.stream().map(ProviderInfo::id).collect(Collectors.joining(", "))
                + "); choose one with --provider ID, or set WAN_R2V_PROVIDER", ErrorDetails.none());
    }

    private void checkOptionNames(ProviderInfo info, Output output) {
        List<String> known = info.configOptions().stream().map(ConfigOption::name).toList();
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw CliException.usage("--option " + name + "=...: provider " + info.id() + " has no option '"
                        + name + "'; its options are " + String.join(", ", known));
            }
        }
        if (options.containsKey(ConfigOption.API_KEY) && !emulate) {
            output.message("wan-r2v: warning: an API key on the command line is visible to other users of this"
                    + " machine (ps, shell history); prefer the provider's environment variable");
        }
    }
}
