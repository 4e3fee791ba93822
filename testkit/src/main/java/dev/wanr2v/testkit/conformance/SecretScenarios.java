package dev.wanr2v.testkit.conformance;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Fault;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls rules 9.x make: a success, and failures in which the vendor echoes the API key (in error
 * messages, in a failed task's message, in bodies nobody can read), plus a lost create answer. Each
 * failure's exception is kept.
 */
final class SecretScenarios {
    private SecretScenarios() {
    }

    /** Runs every scenario with {@code client} and returns what they threw. */
    static List<Throwable> run(KitSession s, R2vClient client) {
        String key = s.apiKey();
        R2vRequest request = KitRequests.minimal(s.capabilities());
        List<Throwable> thrown = new ArrayList<>();
        Emulator emulator = s.freshEmulator();
        attempt(thrown, () -> client.generate(request, AwaitOptions.defaults()));

        error(s, thrown, Operation.CREATE, Fault.vendorError(401, null, "Invalid API-key provided: " + key),
                () -> client.submit(request));
        error(s, thrown, Operation.CREATE, Fault.reply(200, "text/html", html(key)), () -> client.submit(request));
        error(s, thrown, Operation.CREATE, Fault.connectionReset().afterHandling(), () -> client.submit(request));

        emulator = s.freshEmulator();
        emulator.scriptNextTask(StatusScript.immediately(Outcome.failed("KeyRejected", "the key " + key
                + " may not use this model")));
        attempt(thrown, () -> client.generate(request, AwaitOptions.defaults()));

        for (Fault fault : List.of(Fault.vendorError(400, null, "key " + key + " may not read this task"),
                Fault.vendorError(500, null, "upstream refused key " + key),
                Fault.reply(200, "application/json", ("{\"unexpected\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8)),
                Fault.reply(502, "text/html", html(key)))) {
            emulator = s.freshEmulator();
            emulator.defaultScript(StatusScript.queuedForever());
            TaskHandle handle = client.submit(request);
            emulator.faults().always(Operation.STATUS, fault);
            attempt(thrown, () -> client.status(handle));
            if (s.capabilities().supports(Feature.CANCEL)) {
                emulator.faults().always(Operation.CANCEL, fault);
                attempt(thrown, () -> client.cancel(handle));
            }
        }
        if (s.capabilities().supports(Feature.COST_ESTIMATE)) {
            error(s, thrown, Operation.COST_ESTIMATE, Fault.vendorError(400, null, "key " + key + " has no credit"),
                    () -> client.estimateCost(request));
        }
        s.freshEmulator();
        return thrown;
    }

    private static byte[] html(String key) {
        return ("<html><body><h1>502 Bad Gateway</h1><p>upstream rejected Authorization: Bearer " + key
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static void error(KitSession s, List<Throwable> thrown, Operation operation, Fault fault, Call call) {
        Emulator emulator = s.freshEmulator();
        emulator.faults().always(operation, fault);
        attempt(thrown, call);
    }

    private static void attempt(List<Throwable> thrown, Call call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            thrown.add(e);
        }
    }

    /** A call whose result does not matter. */
    @FunctionalInterface
    interface Call {
        void run();
    }
}
