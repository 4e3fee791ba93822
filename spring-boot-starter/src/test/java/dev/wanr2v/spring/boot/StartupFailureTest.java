package dev.wanr2v.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** What a Spring Boot user sees when wan-r2v refuses the configuration: Boot's failure report, in wan-r2v's words. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(R2vAutoConfiguration.class)
    static class App {
    }

    @Test
    void anUnknownProviderStopsTheApplicationWithCoresMessageAndThePropertyToFix(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("wanr2v.provider=dashscop", "spring.main.banner-mode=off").run());
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                .contains("wan-r2v could not build its client: wan-r2v: unknown provider 'dashscop'")
                .contains("Available: dashscope, uniall, wan26api")
                .contains("Here: provider(..) = wanr2v.provider.");
    }

    @Test
    void aMessageNamingNoBuilderCallGetsTheWholeTable(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("wanr2v.provider=dashscope", "wanr2v.api-key=sk-0123456789", "wanr2v.poll.jitter=2",
                        "spring.main.banner-mode=off").run());
        assertThat(output.getOut() + output.getErr()).contains("wanr2v.poll.jitter must be within 0..0.5")
                .contains("provider(..) = wanr2v.provider, apiKey(..) = wanr2v.api-key").doesNotContain("sk-0123456789");
    }

    @Test
    void theBuilderCallsAndOptionsACoreMessageNamesAreGivenAsProperties() {
        assertThat(PropertyMapping.explain("[alpha] apiKey is not set. Set it with R2v.builder().apiKey(..),"
                + " -Dwanr2v.alpha.apiKey=.., or environment variable ALPHA_API_KEY."))
                .containsExactly("apiKey(..) = wanr2v.api-key");
        assertThat(PropertyMapping.explain("[dashscope] region 'mars' is unknown; use one of intl. Set it with"
                + " R2v.builder().option(\"region\", ..), -Dwanr2v.dashscope.region=.., or DASHSCOPE_REGION."))
                .containsExactly("option(\"region\", ..) = wanr2v.options.region");
        assertThat(PropertyMapping.explain("wan-r2v: builder option awaitTimeout is 'PT-5S', which is not a positive"
                + " duration")).containsExactly("awaitTimeout(..) = wanr2v.await-timeout");
        assertThat(PropertyMapping.explain("base URL http://x uses plain http; allow it explicitly with"
                + " allowInsecureHttp(true) / -Dwanr2v.allowInsecureHttp=true."))
                .containsExactly("allowInsecureHttp(..) = wanr2v.allow-insecure-http");
        assertThat(PropertyMapping.explain("wan-r2v: environment variable WAN_R2V_CREATE_RATE is '0', which is not a"
                + " positive number")).containsExactly("createRate(..) = wanr2v.create-rate");
        assertThat(PropertyMapping.explain("wan-r2v: wanr2v.poll.jitter must be within 0..0.5")).isEmpty();
    }
}
