package dev.wanr2v.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaSource;
import dev.wanr2v.MediaUploader;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.config.ClientSettings;
import dev.wanr2v.testing.ServiceJars;
import dev.wanr2v.testing.TestProviders;
import dev.wanr2v.testkit.MediaSamples;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;

/** The client bean: every property, each conditional, and start-up failures in wan-r2v's own words. */
class R2vAutoConfigurationTest {
    static final String KEY = "sk-spring-test-0123456789abcdef";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2vAutoConfiguration.class));

    @Test
    void buildsTheClientFromTheProperties() {
        runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY, "wanr2v.options.region=cn",
                "wanr2v.base-url=http://127.0.0.1:9").run(context -> {
                    R2vClient client = context.getBean(R2vClient.class);
                    assertThat(client.provider().id()).isEqualTo("dashscope");
                    assertThat(client.endpoint()).isEqualTo("http://127.0.0.1:9");
                    assertThat(client.options()).containsEntry("region", "cn").containsEntry("apiKey", "****");
                    assertThat(client.capabilities().qualifier()).isEqualTo("region cn");
                });
    }

    @Test
    void everyPropertyReachesTheBuilder() {
        runner.withUserConfiguration(BuilderCapture.class).withPropertyValues("wanr2v.provider=wan26api",
                "wanr2v.api-key=" + KEY, "wanr2v.base-url=http://api.internal.example", "wanr2v.allow-insecure-http=true",
                "wanr2v.options.envelope=array", "wanr2v.connect-timeout=3s", "wanr2v.response-timeout=45",
                "wanr2v.await-timeout=PT2H", "wanr2v.proxy=proxy.internal:3128", "wanr2v.max-response-bytes=1048576",
                "wanr2v.poll.initial-delay=500ms", "wanr2v.poll.max-interval=5s", "wanr2v.poll.multiplier=2",
                "wanr2v.poll.jitter=0.1", "wanr2v.retry.max-attempts=2", "wanr2v.retry.initial-delay=250ms",
                "wanr2v.retry.max-delay=4s", "wanr2v.retry.multiplier=3").run(context -> {
                    ClientSettings s = context.getBean(BuilderCapture.class).settings();
                    assertThat(s.provider().id()).isEqualTo("wan26api");
                    assertThat(s.config().apiKey()).isEqualTo(KEY);
                    assertThat(s.codec().endpoint().getHost()).isEqualTo("api.internal.example");
                    assertThat(s.config().get("envelope")).contains("array");
                    assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(s.responseTimeout()).as("a bare number is seconds, as in core").isEqualTo(Duration.ofSeconds(45));
                    assertThat(s.awaitTimeout()).isEqualTo(Duration.ofHours(2));
                    assertThat(s.proxy()).hasToString("http://proxy.internal:3128");
                    assertThat(s.maxResponseBytes()).isEqualTo(1L << 20);
                    assertThat(s.pollPolicy()).isEqualTo(new PollPolicy(Duration.ofMillis(500), Duration.ofSeconds(5), 2.0, 0.1));
                    assertThat(s.retryPolicy()).isEqualTo(new RetryPolicy(2, Duration.ofMillis(250), Duration.ofSeconds(4), 3.0));
                });
    }

    @Test
    void unsetPropertiesLeaveCoresDefaultsAndPartlySetPoliciesKeepTheRest() {
        runner.withUserConfiguration(BuilderCapture.class).withPropertyValues("wanr2v.provider=dashscope",
                "wanr2v.api-key=" + KEY).run(context -> {
                    ClientSettings s = context.getBean(BuilderCapture.class).settings();
                    assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(s.responseTimeout()).isEqualTo(Duration.ofSeconds(60));
                    assertThat(s.awaitTimeout()).isEqualTo(Duration.ofMinutes(30));
                    assertThat(s.maxResponseBytes()).isEqualTo(4L << 20);
                    assertThat(s.proxy()).isNull();
                    assertThat(s.pollPolicy()).isEqualTo(PollPolicy.DEFAULT);
                    assertThat(s.retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
                    assertThat(s.codec().endpoint().getHost()).isEqualTo("dashscope-intl.aliyuncs.com");
                });
        runner.withUserConfiguration(BuilderCapture.class).withPropertyValues("wanr2v.provider=dashscope",
                "wanr2v.api-key=" + KEY, "wanr2v.poll.initial-delay=1s", "wanr2v.retry.max-attempts=1").run(context -> {
                    ClientSettings s = context.getBean(BuilderCapture.class).settings();
                    assertThat(s.pollPolicy()).isEqualTo(new PollPolicy(Duration.ofSeconds(1), null, 1.5, 0.2));
                    assertThat(s.retryPolicy()).isEqualTo(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0));
                });
    }

    @Test
    void aPropertyWinsOverCoresSystemPropertyWhichStillAppliesWhenThePropertyIsUnset() {
        System.setProperty("wanr2v.dashscope.region", "us");
        try {
            runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY).run(context ->
                    assertThat(context.getBean(R2vClient.class).options()).containsEntry("region", "us"));
            runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY, "wanr2v.options.region=cn")
                    .run(context -> assertThat(context.getBean(R2vClient.class).options()).containsEntry("region", "cn"));
        } finally {
            System.clearProperty("wanr2v.dashscope.region");
        }
    }

    @Test
    void kebabCaseOptionNamesAreReadAsCamelCase() {
        runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY,
                "wanr2v.options.base-url=http://127.0.0.1:7").run(context ->
                        assertThat(context.getBean(R2vClient.class).endpoint()).isEqualTo("http://127.0.0.1:7"));
        assertThat(PropertyMapping.camel("max-response-bytes")).isEqualTo("maxResponseBytes");
        assertThat(PropertyMapping.camel("region")).isEqualTo("region");
        assertThat(PropertyMapping.camel("apiKey")).isEqualTo("apiKey");
    }

    @Test
    void aThirdPartyProviderJarOnTheClassPathIsFound(@TempDir Path dir) {
        runner.withClassLoader(ServiceJars.loaderWith(dir, TestProviders.Alpha.class))
                .withPropertyValues("wanr2v.provider=alpha", "wanr2v.api-key=" + KEY).run(context -> {
                    R2vClient client = context.getBean(R2vClient.class);
                    assertThat(client.provider().className()).isEqualTo(TestProviders.Alpha.class.getName());
                    assertThat(client.endpoint()).isEqualTo("https://alpha.example");
                });
    }

    // --- start-up failures: wan-r2v's own messages ---

    @Test
    void anUnknownProviderFailsStartUpListingTheAvailableOnes() {
        assertStartupFails(runner.withPropertyValues("wanr2v.provider=acme"),
                "unknown provider 'acme'", "Available: dashscope, uniall, wan26api");
    }

    @Test
    void noProviderOnTheClassPathNamesTheArtifactsToAdd() {
        runner.withClassLoader(new FilteredClassLoader(new ClassPathResource("META-INF/services/dev.wanr2v.spi.R2vProvider")))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(ConfigurationException.class)
                        .hasMessageContaining("no provider found")
                        .hasMessageContaining("dev.wanr2v:wan-r2v-provider-dashscope"));
    }

    @Test
    void severalProvidersAndNoneChosenFailsStartUp() {
        assertStartupFails(runner, "several providers found (dashscope, uniall, wan26api) and none chosen");
    }

    @Test
    void aMissingKeyNamesEveryWayToSetIt(@TempDir Path dir) {
        assertStartupFails(runner.withClassLoader(ServiceJars.loaderWith(dir, TestProviders.Alpha.class))
                .withPropertyValues("wanr2v.provider=alpha"), "[alpha] apiKey is not set", "ALPHA_API_KEY");
    }

    @Test
    void badValuesFailStartUpWithCoresMessage() {
        ApplicationContextRunner dashscope = runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY);
        assertStartupFails(dashscope.withPropertyValues("wanr2v.options.region=mars"), "region 'mars' is unknown",
                "intl (Singapore, default), cn (Beijing), us (Virginia)");
        assertStartupFails(dashscope.withPropertyValues("wanr2v.options.regoin=cn"), "has no option 'regoin'");
        assertStartupFails(dashscope.withPropertyValues("wanr2v.base-url=http://api.example.com"), "in clear");
        assertStartupFails(dashscope.withPropertyValues("wanr2v.await-timeout=-5s"), "not a positive duration");
        assertStartupFails(dashscope.withPropertyValues("wanr2v.proxy=no proxy here"), "not a proxy address");
    }

    @Test
    void aValueSpringCannotConvertNamesTheProperty() {
        runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY, "wanr2v.await-timeout=soon")
                .run(context -> assertThat(context).getFailure().satisfies(failure -> assertThat(causes(failure))
                        .anySatisfy(cause -> assertThat(cause).isInstanceOf(BindException.class)
                                .hasMessageContaining("wanr2v.await-timeout"))));
    }

    @Test
    void badPoliciesAreExplainedInPropertyNames() {
        ApplicationContextRunner dashscope = runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY);
        assertStartupFails(dashscope.withPropertyValues("wanr2v.poll.jitter=0.9"),
                "wanr2v.poll.jitter must be within 0..0.5");
        assertStartupFails(dashscope.withPropertyValues("wanr2v.poll.initial-delay=10s", "wanr2v.poll.max-interval=1s"),
                "wanr2v.poll.max-interval must be at least wanr2v.poll.initial-delay");
        assertStartupFails(dashscope.withPropertyValues("wanr2v.retry.max-attempts=0"),
                "wanr2v.retry.max-attempts must be at least 1");
    }

    @Test
    void theKeyOrBaseUrlSetTwiceIsRefused() {
        assertStartupFails(runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY,
                "wanr2v.options.api-key=other"), "both wanr2v.api-key and wanr2v.options.apiKey are set");
        assertStartupFails(runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY,
                "wanr2v.base-url=http://127.0.0.1:1", "wanr2v.options.baseUrl=http://127.0.0.1:2"),
                "both wanr2v.base-url and wanr2v.options.baseUrl are set");
    }

    @Test
    void noMessageShowsTheKey() {
        runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY, "wanr2v.base-url=ftp://x")
                .run(context -> assertThat(context).getFailure().rootCause().isInstanceOf(ConfigurationException.class)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY)));
    }

    // --- conditionals ---

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnClient() {
        // without wanr2v.provider the starter's client could not be built (three providers): it is not tried
        runner.withUserConfiguration(OwnClient.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(R2vClient.class);
            assertThat(context.getBean(R2vClient.class).endpoint()).isEqualTo("http://127.0.0.1:3");
        });
    }

    @Test
    void usesTheApplicationsMediaUploader() {
        R2vRequest localImage = R2vRequest.builder().prompt("character1 waves")
                .reference(Reference.image(MediaSource.bytes(MediaSamples.bytes(MediaFormat.PNG).orElseThrow()))).build();
        ApplicationContextRunner uniall = runner.withPropertyValues("wanr2v.provider=uniall", "wanr2v.api-key=" + KEY,
                "wanr2v.base-url=http://127.0.0.1:4");
        uniall.run(context -> assertThat(ruleIds(context.getBean(R2vClient.class).validate(localImage)))
                .as("UniAll takes URLs only").contains(Rule.INPUT_FORM.id()));
        uniall.withUserConfiguration(OneUploader.class).run(context ->
                assertThat(ruleIds(context.getBean(R2vClient.class).validate(localImage))).isEmpty());
    }

    @Test
    void twoMediaUploadersFailStartUp() {
        runner.withPropertyValues("wanr2v.provider=uniall", "wanr2v.api-key=" + KEY, "wanr2v.base-url=http://127.0.0.1:4")
                .withUserConfiguration(OneUploader.class, AnotherUploader.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(NoUniqueBeanDefinitionException.class));
    }

    @Test
    void customizersRunInOrderAfterTheProperties() {
        runner.withUserConfiguration(Customizers.class, BuilderCapture.class).withPropertyValues(
                "wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY, "wanr2v.await-timeout=1m").run(context -> {
                    assertThat(context.getBean(Customizers.class).calls).containsExactly("first", "second");
                    assertThat(context.getBean(BuilderCapture.class).settings().awaitTimeout())
                            .isEqualTo(Duration.ofMinutes(5));
                });
    }

    @Test
    void theClientIsClosedWithTheContext() {
        AtomicReference<R2vClient> client = new AtomicReference<>();
        runner.withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY, "wanr2v.base-url=http://127.0.0.1:9")
                .run(context -> client.set(context.getBean(R2vClient.class)));
        assertThatThrownBy(() -> client.get().submit(R2vRequest.builder().prompt("character1 waves")
                .image("https://example.com/alice.png").build()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("this client is closed");
    }

    static void assertStartupFails(ApplicationContextRunner runner, String... fragments) {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context).getFailure().rootCause().isInstanceOf(ConfigurationException.class);
            for (String f : fragments) {
                assertThat(context).getFailure().rootCause().hasMessageContaining(f);
            }
        });
    }

    static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static List<String> ruleIds(List<Violation> violations) {
        return violations.stream().map(Violation::ruleId).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        @Bean
        R2vClient ownClient() {
            return R2v.builder().provider("dashscope").apiKey(KEY).baseUrl("http://127.0.0.1:3").build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OneUploader {
        @Bean
        MediaUploader uploader() {
            return media -> "https://cdn.example.com/" + media.fileName();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class AnotherUploader {
        @Bean
        MediaUploader anotherUploader() {
            return media -> "https://other.example.com/" + media.fileName();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Bean
        @Order(2)
        R2vClientBuilderCustomizer second() {
            return builder -> {
                calls.add("second");
                builder.awaitTimeout(Duration.ofMinutes(5));
            };
        }

        @Bean
        @Order(1)
        R2vClientBuilderCustomizer first() {
            return builder -> calls.add("first");
        }
    }
}
