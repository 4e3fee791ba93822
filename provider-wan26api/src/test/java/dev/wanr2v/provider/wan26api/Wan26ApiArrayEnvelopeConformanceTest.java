package dev.wanr2v.provider.wan26api;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import dev.wanr2v.testkit.emulator.wan26api.Wan26ApiProtocol;
import java.util.Map;

/**
 * The conformance kit with the gateway's array envelope ({@code envelope=array}), against an emulator that
 * takes that envelope only: the option is honoured, or rule 3.1 fails.
 */
class Wan26ApiArrayEnvelopeConformanceTest extends ProviderConformanceKit {

    @Override
    protected R2vProvider provider() {
        return new Wan26ApiProvider();
    }

    @Override
    protected Map<String, String> providerOptions() {
        return Map.of("envelope", "array");
    }

    @Override
    protected Emulator startEmulator(EmulatorOptions options) {
        return Emulators.start(new Wan26ApiProtocol().envelope("array"), options);
    }
}
