package dev.wanr2v.provider.wan26api;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import dev.wanr2v.testkit.emulator.wan26api.Wan26ApiProtocol;

/**
 * The testkit's conformance kit against the wan26api emulator, seed 004's object body: the emulator takes
 * that envelope only, so a codec writing the other one fails rule 3.1 (the gateway takes both).
 */
class Wan26ApiConformanceTest extends ProviderConformanceKit {

    @Override
    protected R2vProvider provider() {
        return new Wan26ApiProvider();
    }

    @Override
    protected Emulator startEmulator(EmulatorOptions options) {
        return Emulators.start(new Wan26ApiProtocol().envelope("object"), options);
    }
}
