package dev.wanr2v.testkit.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.StatusScript;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running fake vendor server on loopback ({@code 127.0.0.1}), with stateful tasks that play
 * scripts on a compressed clock, injectable faults and a journal of every request. Start one with
 * {@link Emulators}, or in JUnit 5 tests with {@link EmulatorExtension}; close it when done.
 *
 * <pre>{@code
 * try (Emulator dashscope = Emulators.start("dashscope")) {
 *     dashscope.scriptNextTask(StatusScript.immediately(Outcome.failed("InternalError.Algo", "boom")));
 *     dashscope.faults().next(Operation.STATUS, Fault.connectionReset());
 *     // point the client at dashscope.baseUrl(), submit, await...
 *     assertThat(dashscope.journal().decodedRequests()).containsExactly(request);
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Emulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Emulator.class);

    private final EmulatorRuntime runtime;
    private final WireMockServer server;

    private Emulator(EmulatorRuntime runtime, WireMockServer server) {
        this.runtime = runtime;
        this.server = server;
    }

    static Emulator start(VendorProtocol protocol, EmulatorOptions options) {
        EmulatorRuntime runtime = new EmulatorRuntime(protocol, options);
        WireMockConfiguration config = WireMockConfiguration.options().bindAddress("127.0.0.1")
                .extensions(new WireMockBridge(runtime)).mappingSource(new WireMockBridge.NoMappings())
                .notifier(new WireMockBridge.Slf4jNotifier()).disableRequestJournal().gzipDisabled(true)
                .stubRequestLoggingDisabled(true).templatingEnabled(false).extensionScanningEnabled(false)
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(8).containerThreads(24)
                .jettyStopTimeout(500L);
        config = options.port() == 0 ? config.dynamicPort() : config.port(options.port());
        WireMockServer server = new WireMockServer(config);
        try {
            server.start();
        } catch (Exception e) { // Jetty also throws checked exceptions undeclared
            stopQuietly(server, e);
            throw new IllegalStateException("the " + protocol.providerId() + " emulator could not listen on 127.0.0.1:"
                    + (options.port() == 0 ? "an ephemeral port" : options.port()) + " (" + e.getMessage()
                    + "); choose another port", e);
        }
        server.stubFor(any(anyUrl()).willReturn(aResponse()));
        runtime.baseUrl("http://127.0.0.1:" + server.port());
        LOG.info("{} emulator listening on http://127.0.0.1:{}", protocol.providerId(), server.port());
        return new Emulator(runtime, server);
    }

    private static void stopQuietly(WireMockServer server, Exception failure) {
        try {
            server.stop();
        } catch (Exception e) { // Jetty also throws checked exceptions undeclared
            failure.addSuppressed(e);
        }
    }

    /** The provider id of the emulated vendor, e.g. {@code dashscope}. */
    public String providerId() {
        return runtime.protocol.providerId();
    }

    /** The base URL to configure a client with, {@code http://127.0.0.1:PORT} (no trailing slash). */
    public String baseUrl() {
        return runtime.baseUrl();
    }

    /** {@link #baseUrl()} as a URI. */
    public URI baseUri() {
        return URI.create(baseUrl());
    }

    /** The port it listens (or listened) on. */
    public int port() {
        return baseUri().getPort();
    }

    /** The protocol it plays; cast to the vendor's class to change vendor-specific answers. */
    public VendorProtocol protocol() {
        return runtime.protocol;
    }

    /** The options it was started with. */
    public EmulatorOptions options() {
        return runtime.options;
    }

    /** The faults to inject. */
    public FaultPlan faults() {
        return runtime.faults;
    }

    /** Every request received. */
    public Journal journal() {
        return runtime.journal;
    }

    /**
     * The next task created plays this script (scripts queue up: the second call scripts the task
     * after that).
     *
     * @throws IllegalArgumentException if the vendor cannot report the script's outcome (UniAll cannot cancel)
     */
    public Emulator scriptNextTask(StatusScript script) {
        runtime.tasks.scriptNext(script);
        return this;
    }

    /** Tasks nobody scripted play this script from now on. */
    public Emulator defaultScript(StatusScript script) {
        runtime.tasks.defaultScript(script);
        return this;
    }

    /**
     * An existing task plays this script from now on.
     *
     * @throws IllegalArgumentException if there is no such task, or the vendor cannot report the outcome
     */
    public Emulator scriptTask(String taskId, StatusScript script) {
        EmulatedTask task = runtime.tasks.get(taskId)
                .orElseThrow(() -> new IllegalArgumentException("no task " + taskId + " in this emulator"));
        runtime.tasks.rescript(task, script, runtime.now());
        return this;
    }

    /** A task's state now, or empty for an id never created. */
    public Optional<TaskState> task(String taskId) {
        return runtime.task(taskId);
    }

    /** Every task's state now, in creation order. */
    public List<TaskState> tasks() {
        return runtime.tasks();
    }

    /** How many create calls arrived (rejected and faulted ones included). */
    public int createsReceived() {
        return journal().of(Operation.CREATE).size();
    }

    /** How many tasks were created. */
    public int tasksCreated() {
        return runtime.tasks.size();
    }

    /** The account limits it enforces ({@link AccountLimits#none()} when off). */
    public AccountLimits accountLimits() {
        return runtime.options.accountLimits();
    }

    /**
     * What the account has seen: calls received and throttled per operation, the busiest second, tasks
     * running and queued now (see {@link AccountLimits} for how limits are enforced).
     */
    public AccountActivity account() {
        return runtime.activity();
    }

    /**
     * Forgets every task, script, fault, journal entry and account counter; the default script returns to
     * the options'.
     */
    public void reset() {
        runtime.faults.clear();
        runtime.journal.clear();
        runtime.account.clear();
        runtime.tasks.clear(runtime.options.defaultScript());
    }

    /** Whether it is still listening. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops listening. Idempotent. */
    @Override
    public void close() {
        if (server.isRunning()) {
            String url = baseUrl();
            server.stop();
            LOG.info("{} emulator at {} stopped", providerId(), url);
        }
    }

    @Override
    public String toString() {
        return "Emulator[" + providerId() + " at " + baseUrl() + "]";
    }
}
