package dev.wanr2v.provider.uniall;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;

/** The testkit's conformance kit against the UniAll emulator. */
class UniAllConformanceTest extends ProviderConformanceKit {

    @Override
    protected R2vProvider provider() {
        return new UniAllProvider();
    }
}
