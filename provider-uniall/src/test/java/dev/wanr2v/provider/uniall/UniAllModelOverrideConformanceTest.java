package dev.wanr2v.provider.uniall;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;
import java.util.Map;

/**
 * The conformance kit with option {@code model} set to one documented id: requests that model cannot serve
 * are refused before sending (rule {@code UNIALL-MODEL}), the others are sent with that id.
 */
class UniAllModelOverrideConformanceTest extends ProviderConformanceKit {

    @Override
    protected R2vProvider provider() {
        return new UniAllProvider();
    }

    @Override
    protected Map<String, String> providerOptions() {
        return Map.of("model", "wan2.6-r2v-flash-720p-audio");
    }
}
