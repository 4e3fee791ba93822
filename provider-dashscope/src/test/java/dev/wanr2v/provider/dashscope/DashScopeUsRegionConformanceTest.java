package dev.wanr2v.provider.dashscope;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;
import java.util.Map;

/** The conformance kit in region us: STANDARD only, video references only, 5 or 10 s. */
class DashScopeUsRegionConformanceTest extends ProviderConformanceKit {

    @Override
    protected R2vProvider provider() {
        return new DashScopeProvider();
    }

    @Override
    protected Map<String, String> providerOptions() {
        return Map.of("region", "us");
    }
}
