package dev.wanr2v.provider.wan26api;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;
import java.util.Map;

/** The conformance kit with the gateway's array envelope ({@code envelope=array}). */
class Wan26ApiArrayEnvelopeConformanceTest extends ProviderConformanceKit {

    @Override
    protected R2vProvider provider() {
        return new Wan26ApiProvider();
    }

    @Override
    protected Map<String, String> providerOptions() {
        return Map.of("envelope", "array");
    }
}
