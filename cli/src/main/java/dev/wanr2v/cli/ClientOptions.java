package dev.wanr2v.cli;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Which provider, its options and how often to poll; with {@link EmulateOptions}, the emulator. Everything
 * not given here comes from the library's system properties and environment variables (README,
 * Configuration).
 */
public final class ClientOptions {
    /** The API key an in-process emulator is given: any non-blank key works there. */
    static final String EMULATOR_KEY = "emulator-key";
    /** The placeholder key of a dry run without one: the preview masks it like any key. */
    private static final String DRY_RUN_KEY = "dry-run-no-key";

    @Option(order = 30, names = "--provider", paramLabel = "ID", description = "dashscope, uniall or wan26api. Default:"
            + " -Dwanr2v.provider or WAN_R2V_PROVIDER, else the only provider present.")
    String provider;

    @Option(order = 31, names = "--option", paramLabel = "NAME=VALUE", description = "A provider option, e.g. region=cn or"
            + " baseUrl=https://...; 'wan-r2v providers' lists them. Keep keys in environment variables.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(order = 34, names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Ask for a task's status at this fixed interval. Default: after 2 s, growing to the"
                    + " vendor's advice (200ms with --emulate).")
    Duration pollInterval;

    /**
     * Builds the client (and starts the emulator with {@code --emulate}). The provider is chosen, and its
     * options checked, by the library, so its messages are the library's (rendered in CLI words).
     *
     * @param output   where to say that an emulator is used
     * @param fallback the provider to use when {@code --provider} is absent (a token's), or {@code null}
     * @param emulate  {@code --emulate}, or {@code null} where the command has none
     * @param dryRun   whether nothing will be sent: a missing API key is then only noted
     */
    public Session open(Output output, String fallback, EmulateOptions emulate, boolean dryRun) {
        R2v.Builder builder = R2v.builder();
        String chosen = provider != null && !provider.isBlank() ? provider.strip() : fallback;
        if (chosen != null) {
            builder.provider(chosen);
        }
        options.forEach(builder::option);
        if (pollInterval != null) {
            builder.pollPolicy(PollPolicy.fixed(pollInterval));
        }
        boolean emulated = emulate != null && emulate.on();
        if (options.containsKey(ConfigOption.API_KEY) && !emulated) {
            output.message("wan-r2v: warning: an API key on the command line is visible to other users of this"
                    + " machine (ps, shell history); prefer the provider's environment variable");
        }
        if (!emulated) {
            try {
                return new Session(builder.build(), null);
            } catch (ConfigurationException e) {
                if (!dryRun) {
                    throw e;
                }
                return new Session(keyless(builder, e, output), null, true);
            }
        }
        if (options.containsKey(ConfigOption.BASE_URL)) {
            throw CliException.usage("--emulate points the client at its own emulator; drop --option baseUrl=...");
        }
        if (!(emulate.speed > 0) || Double.isInfinite(emulate.speed)) {
            throw CliException.usage("--emulate-speed must be a positive number, not " + emulate.speed);
        }
        String id = builder.chosenProvider().id();
        Emulator emulator = startEmulator(id, EmulatorOptions.defaults().withSpeed(emulate.speed));
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

    /**
     * A dry run's client when the configuration failed: with a placeholder key if the key was all that was
     * missing (a dry run sends nothing), else the failure.
     */
    private static R2vClient keyless(R2v.Builder builder, ConfigurationException failure, Output output) {
        R2vClient client;
        try {
            client = builder.apiKey(DRY_RUN_KEY).build();
        } catch (ConfigurationException notOnlyTheKey) {
            throw failure;
        }
        output.message("wan-r2v: note: " + output.words().text(failure.getMessage()) + " A dry run sends nothing,"
                + " so it goes on without; a real run needs the key.");
        return client;
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
}
