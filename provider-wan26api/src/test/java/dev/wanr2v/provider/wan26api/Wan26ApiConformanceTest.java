package dev.wanr2v.provider.wan26api;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;

/** The testkit's conformance kit against the wan26api emulator, seed 004's object body. */
class Wan26ApiConformanceTest extends ProviderConformanceKit {

    @Override
    protected R2vProvider provider() {
        return new Wan26ApiProvider();
    }
}
