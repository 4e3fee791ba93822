package dev.wanr2v.testkit.conformance;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import java.util.List;
import java.util.Map;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * The conformance kit: every rule a wan-r2v provider must keep, run against a fake vendor on loopback.
 * A provider author extends it in a test with a few lines:
 *
 * <pre>{@code
 * class AcmeConformanceTest extends ProviderConformanceKit {
 *     @Override
 *     protected R2vProvider provider() {
 *         return new AcmeProvider();
 *     }
 * }
 * }</pre>
 *
 * <p>The rules come from the groups this class implements, each a contract interface of jqwik
 * properties and examples: {@link WiringRules} (1.x), {@link ValidationRules} (2.x),
 * {@link FidelityRules} (3.x), {@link LifecycleRules} (4.x), {@link ErrorRules} and
 * {@link ErrorWordingRules} and {@link ErrorShapeRules} (5.x), {@link BillingRules} (6.x), {@link CancelRules} (7.x),
 * {@link CostEstimateRules} (8.x), {@link SecretRules} (9.x), {@link KeptFactRules} (4.8),
 * {@link OptionRules} (1.7) and {@link StatusErrorRules} (4.9). A rule's name says whether it is {@code required_} or {@code optional_},
 * its number and what it checks ({@code required_R2V_3_1_sendsValidRequestsFaithfully}); its Javadoc
 * ends with what to look at when it fails, and so does its failure message, which also names the
 * provider. A rule about something the provider does not declare (cancel, cost estimates…) is skipped
 * with the reason, never failed.
 *
 * <p>The kit points the provider at an emulator of its vendor ({@link Emulators}; by default the one
 * whose id is the provider's id) through the provider's {@code baseUrl} option, with an API key of the
 * kit's making that the emulator demands. Scripted task lives play 40 times faster than real time,
 * clients poll every 5 ms and retry after a few milliseconds, so a whole run takes seconds.
 *
 * <p>All rules are jqwik properties and examples (the kit needs the jqwik engine, which the testkit
 * brings). Logging: the secrets rules read what slf4j-simple writes to {@code System.err}; put
 * {@code org.slf4j.simpleLogger.log.dev.wanr2v=trace} in the test class path's
 * {@code simplelogger.properties} (see the testkit README). Loading this class sets that system property
 * when it is unset, which helps only if no {@code dev.wanr2v} logger exists yet.
 */
@AddLifecycleHook(value = KitLifecycle.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
public abstract class ProviderConformanceKit implements WiringRules, ValidationRules, FidelityRules,
        LifecycleRules, ErrorRules, ErrorWordingRules, ErrorShapeRules, BillingRules, CancelRules, CostEstimateRules,
        SecretRules, KeptFactRules, OptionRules, StatusErrorRules, VendorReadingRules {

    static {
        String trace = "org.slf4j.simpleLogger.log.dev.wanr2v";
        if (System.getProperty(trace) == null) {
            System.setProperty(trace, "trace");
        }
    }

    /** For subclasses; jqwik makes an instance per rule, so keep constructors cheap. */
    protected ProviderConformanceKit() {
    }

    /**
     * The provider under test: a fresh instance of the class its {@code META-INF/services} entry names.
     * Called once per kit run.
     */
    protected abstract R2vProvider provider();

    /**
     * The id of the emulator to run against, as {@link Emulators#start(String, EmulatorOptions)} knows
     * it. Default: the provider's id. Emulators of other vendors are registered as
     * {@code META-INF/services/dev.wanr2v.testkit.emulator.VendorProtocol}.
     */
    protected String emulatorId() {
        return session().provider().id();
    }

    /**
     * Starts the fake vendor. Default: {@code Emulators.start(emulatorId(), options)}. Override it to run
     * a stub server of your own (an {@link Emulator} playing your {@code VendorProtocol} instance);
     * keep the options: the kit relies on their API key and speed.
     */
    protected Emulator startEmulator(EmulatorOptions options) {
        return Emulators.start(emulatorId(), options);
    }

    /**
     * Provider options to build clients with, by option name (e.g. {@code Map.of("region", "us")}).
     * The kit always sets {@code apiKey} and {@code baseUrl}. Default: none.
     */
    protected Map<String, String> providerOptions() {
        return Map.of();
    }

    /**
     * The vendor's documented errors and the neutral category each must map to (rule 5.1). Default: the
     * kit's catalogue for the emulator's vendor ({@link DocumentedErrors#forVendor(String)}), empty for
     * vendors it does not know, which skips rule 5.1.
     */
    protected List<DocumentedError> documentedErrors() {
        return DocumentedErrors.forVendor(emulatorId());
    }

    /**
     * This kit run's shared state: the provider, its emulator and clients. Made on first use, closed
     * when the class's rules are done.
     */
    @Override
    public final KitSession session() {
        return KitSession.of(getClass(), () -> this);
    }
}
