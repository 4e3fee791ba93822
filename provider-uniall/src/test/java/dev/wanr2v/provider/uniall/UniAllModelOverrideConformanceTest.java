package dev.wanr2v.provider.uniall;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;
import java.util.List;
import java.util.Map;

/**
 * The conformance kit with option {@code model} set to one documented id: requests that model cannot serve
 * are refused before sending (rule {@code UNIALL-MODEL}), the others are sent with that id; and a model id of
 * another family is refused for every request (rule 1.7).
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

    /** Seed 002's text-to-video model: UniAll would take it and bill for a clip that ignores the references. */
    @Override
    public List<Map<String, String>> unservableOptions() {
        return List.of(Map.of("model", "wan2.6-video-1080p"));
    }
}
