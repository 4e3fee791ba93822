package dev.wanr2v.provider.dashscope;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;

/** The testkit's conformance kit against the DashScope emulator, default region (intl). */
class DashScopeConformanceTest extends ProviderConformanceKit {

    @Override
    protected R2vProvider provider() {
        return new DashScopeProvider();
    }
}
