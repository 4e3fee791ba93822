package dev.wanr2v.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2v;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.testkit.emulator.AccountLimits;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code emulate}: a provider's emulator as a standalone loopback server, until stopped. */
@Command(name = "emulate", sortOptions = false,
        description = {"Run a provider's emulator as a standalone loopback server, until Ctrl-C.",
            "A fake vendor that plays task lives and serves real MP4 results. Point any wan-r2v command, or"
                    + " your own application, at the base URL it prints; its tasks live as long as this server"
                    + " does (an --emulate emulator lives only as long as its command)."},
        footer = {"", "Examples:", "  wan-r2v emulate --provider dashscope --port 8089",
            "  wan-r2v emulate --provider dashscope --account-limits off"})
final class EmulateCommand extends BaseCommand {
    @Option(order = 20, names = "--provider", required = true, paramLabel = "ID", description = "dashscope, uniall or wan26api.")
    String provider;

    @Option(order = 21, names = "--port", paramLabel = "N", defaultValue = "0", description = "The loopback port (default: any free one).")
    int port;

    @Option(order = 22, names = "--speed", paramLabel = "FACTOR", defaultValue = "1",
            description = "Tasks play this many times faster than real time (about 2.5 s per task at 1).")
    double speed;

    @Option(order = 23, names = "--api-key", paramLabel = "KEY", description = "The only bearer key accepted (default: any non-blank key).")
    String apiKey;

    @Option(order = 24, names = "--account-limits", paramLabel = "documented|off|C,Q,R", defaultValue = "documented",
            description = {"The account's limits, enforced as the vendor does (HTTP 429 in its words): documented"
                    + " (default; DashScope: 5 creates/s, 20 queries/s, 5 tasks running while the rest queue as"
                    + " PENDING; UniAll and wan26api publish none), off, or your own CREATES,QUERIES,RUNNING"
                    + " (e.g. 10,50,20 for a raised quota). Rates are per real second, whatever --speed says."})
    String accountLimits;

    @Option(order = 25, names = "--quiet", description = "Do not print each request received.")
    boolean quiet;

    @Override
    protected int run(Output output) {
        String id = provider.strip().toLowerCase(Locale.ROOT);
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw CliException.usage("--speed must be a positive number, not " + speed);
        }
        if (port < 0 || port > 65535) {
            throw CliException.usage("--port must be 0..65535, not " + port);
        }
        AccountLimits limits = accountLimits(id);
        Emulator emulator = ClientOptions.startEmulator(id, EmulatorOptions.defaults().withPort(port).withSpeed(speed)
                .withApiKey(apiKey == null || apiKey.isBlank() ? null : apiKey).withAccountLimits(limits));
        boolean interrupted = false;
        try (InterruptGuard guard = InterruptGuard.install(() -> {
            emulator.close();
            output.message("wan-r2v: the " + id + " emulator stopped; its tasks are gone.");
        })) {
            banner(emulator, output);
            interrupted = serve(emulator, output);
        } finally {
            emulator.close(); // Jetty's stop fails on an interrupted thread: the flag is restored after it
        }
        output.message("wan-r2v: the " + id + " emulator stopped; its tasks are gone.");
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** The limits {@code --account-limits} asks for (none for a provider without an emulator: refused later). */
    private AccountLimits accountLimits(String id) {
        String mode = accountLimits.strip().toLowerCase(Locale.ROOT);
        if (mode.equals("documented")) {
            return Emulators.providerIds().contains(id) ? Emulators.documentedLimits(id) : AccountLimits.none();
        }
        if (mode.equals("off")) {
            return AccountLimits.none();
        }
        String[] figures = mode.split(",", -1);
        try {
            if (figures.length == 3) {
                return AccountLimits.of(Integer.parseInt(figures[0].strip()), Integer.parseInt(figures[1].strip()),
                        Integer.parseInt(figures[2].strip()));
            }
        } catch (IllegalArgumentException e) { // NumberFormatException too
            // refused below
        }
        throw CliException.usage("--account-limits must be documented, off or CREATES,QUERIES,RUNNING (three whole"
                + " numbers of at least 1, e.g. 5,20,5), not '" + accountLimits + "'");
    }

    private String limitsLine(Emulator emulator) {
        AccountLimits limits = emulator.accountLimits();
        if (limits.isNone()) {
            return "Account limits: " + (accountLimits.strip().equalsIgnoreCase("off") ? "off"
                    : "none (" + emulator.providerId() + " publishes none; set some with --account-limits"
                            + " CREATES,QUERIES,RUNNING)");
        }
        boolean documented = accountLimits.strip().equalsIgnoreCase("documented");
        return "Account limits: " + limits + (documented ? ", as " + emulator.providerId() + " documents" : "")
                + "; calls above them get the vendor's 429 (--account-limits off lifts them)";
    }

    private void banner(Emulator emulator, Output output) {
        String id = emulator.providerId();
        ProviderInfo info = R2v.providers().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        String baseEnv = envVar(info, ConfigOption.BASE_URL, "WAN_R2V_" + id.toUpperCase(Locale.ROOT) + "_BASE_URL");
        String keyEnv = envVar(info, ConfigOption.API_KEY, id.toUpperCase(Locale.ROOT) + "_API_KEY");
        String key = apiKey == null ? "emulator-key" : "<the --api-key you chose>";
        output.result(id + " emulator listening on " + emulator.baseUrl() + "  (Ctrl-C to stop)");
        output.result(limitsLine(emulator));
        output.result("");
        output.result("Point wan-r2v at it from another terminal (" + (apiKey == null ? "any key works" : "use your --api-key") + "):");
        output.result("  export WAN_R2V_PROVIDER=" + id + " " + baseEnv + "=" + emulator.baseUrl() + " " + keyEnv + "=" + key);
        output.result("  wan-r2v generate --prompt \"character1 waves\" --ref https://example.com/alice.png --size 1280*720");
        output.result("  TOKEN=$(wan-r2v submit --prompt \"character1 waves\" --ref https://example.com/alice.png)");
        output.result("  wan-r2v status \"$TOKEN\";  wan-r2v download \"$TOKEN\" --out clip.mp4");
        output.result("Or from Java:");
        output.result("  R2v.builder().provider(\"" + id + "\").baseUrl(\"" + emulator.baseUrl() + "\").apiKey(\"" + key + "\").build()");
        output.result("");
        ObjectNode json = Json.object().put("provider", id).put("baseUrl", emulator.baseUrl()).put("port", emulator.port());
        json.putObject("environment").put("WAN_R2V_PROVIDER", id).put(baseEnv, emulator.baseUrl()).put(keyEnv, key);
        AccountLimits limits = emulator.accountLimits();
        ObjectNode limitsJson = json.putObject("accountLimits");
        limit(limitsJson, "createsPerSecond", limits.createsPerSecond());
        limit(limitsJson, "queriesPerSecond", limits.queriesPerSecond());
        limit(limitsJson, "runningTasks", limits.runningTasks());
        output.resultJson(json);
    }

    /** Prints requests as they arrive until the emulator stops or the thread is interrupted (then true). */
    private boolean serve(Emulator emulator, Output output) {
        int seen = 0;
        try {
            while (emulator.isRunning()) {
                Thread.sleep(200);
                if (quiet) {
                    continue;
                }
                int size = emulator.journal().size();
                if (size <= seen) {
                    seen = size; // nothing new (or the journal was reset): no copy
                    continue;
                }
                List<RecordedRequest> all = emulator.journal().all();
                for (int i = seen; i < all.size(); i++) {
                    RecordedRequest r = all.get(i);
                    output.message("  " + r.method() + " " + r.path() + " -> " + r.status()
                            + r.operation().map(o -> "  (" + o.name().toLowerCase(Locale.ROOT) + ")").orElse("")
                            + r.taskId().map(t -> " task " + t).orElse(""));
                }
                seen = all.size();
            }
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }

    private static void limit(ObjectNode json, String name, int value) {
        if (value == AccountLimits.UNLIMITED) {
            json.putNull(name);
        } else {
            json.put(name, value);
        }
    }

    private static String envVar(ProviderInfo info, String option, String fallback) {
        if (info == null) {
            return fallback;
        }
        return info.configOptions().stream().filter(o -> o.name().equals(option) && !o.envVars().isEmpty())
                .map(o -> o.envVars().get(0)).findFirst().orElse(fallback);
    }
}
