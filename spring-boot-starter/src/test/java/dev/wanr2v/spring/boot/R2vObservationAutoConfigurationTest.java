package dev.wanr2v.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.micrometer.R2vObservations;
import dev.wanr2v.observation.CallObservation;
import dev.wanr2v.observation.CallStart;
import dev.wanr2v.observation.R2vObserver;
import dev.wanr2v.observation.TaskObservation;
import dev.wanr2v.observation.TaskStart;
import dev.wanr2v.testkit.emulator.EmulatorExtension;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Micrometer wiring: on with an {@code ObservationRegistry} bean (meters too with a {@code MeterRegistry}), off
 * without one or without the module, backing off for the application's own {@link R2vObserver}.
 */
class R2vObservationAutoConfigurationTest {
    static final String KEY = "sk-observed-0123456789abcdef";

    @RegisterExtension
    static final EmulatorExtension DASHSCOPE = EmulatorExtension.of("dashscope",
            EmulatorOptions.defaults().withSpeed(10).withApiKey(KEY));

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(R2vObservationAutoConfiguration.class, R2vAutoConfiguration.class))
                .withUserConfiguration(BuilderCapture.class)
                .withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY,
                        "wanr2v.base-url=" + DASHSCOPE.emulator().baseUrl(), "wanr2v.poll.initial-delay=50ms",
                        "wanr2v.poll.max-interval=100ms");
    }

    @Test
    void anObservationRegistryAndAMeterRegistryRecordTheClientsTasksAndCalls() {
        runner().withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                    assertThat(context.getBean(BuilderCapture.class).settings().observer())
                            .isSameAs(context.getBean(R2vObserver.class));

                    generateOne(context);

                    TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                            .hasObservationWithNameEqualTo("wanr2v.task").that().hasBeenStopped()
                            .hasLowCardinalityKeyValue("gen_ai.provider.name", "dashscope");
                    TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                            .hasObservationWithNameEqualTo("gen_ai.client.operation").that()
                            .hasLowCardinalityKeyValue("gen_ai.operation.name", "create_task");
                    assertThat(context.getBean(MeterRegistry.class).find("wanr2v.tasks").counter())
                            .as("wan-r2v's meters in the application's registry").isNotNull()
                            .satisfies(tasks -> assertThat(tasks.count()).isEqualTo(1));
                });
    }

    @Test
    void springBootsOwnRegistriesTimeTheObservationsAndHoldTheMeters() {
        ApplicationContextRunner boot = runner().withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class));
        boot.run(context -> {
            MeterRegistry meters = generateOne(context).getBean(MeterRegistry.class);
            assertThat(meters.find("wanr2v.task").tag("wanr2v.task.outcome", "succeeded").timer())
                    .as("Boot's meter handler times the task observation").isNotNull();
            assertThat(meters.find("gen_ai.client.operation").tag("gen_ai.operation.name", "create_task").timer())
                    .isNotNull().satisfies(creates -> assertThat(creates.count()).isEqualTo(1));
            assertThat(meters.find("wanr2v.tasks").counter()).isNotNull();
        });
        boot.withPropertyValues("management.observations.enable.gen_ai=false").run(context -> {
            MeterRegistry meters = generateOne(context).getBean(MeterRegistry.class);
            assertThat(meters.find("gen_ai.client.operation").timer()).as("switched off by Boot's property").isNull();
            assertThat(meters.find("wanr2v.task").timer()).isNotNull();
        });
        boot.withPropertyValues("management.metrics.enable.wanr2v=false").run(context -> {
            MeterRegistry meters = generateOne(context).getBean(MeterRegistry.class);
            assertThat(meters.find("wanr2v.tasks").counter()).as("switched off by Boot's property").isNull();
            assertThat(meters.find("gen_ai.client.operation").timer()).isNotNull();
        });
    }

    @Test
    void withoutAnObservationRegistryNothingIsWired() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(R2vObserver.class);
            assertThat(context.getBean(BuilderCapture.class).settings().observer()).isNull();
        });
    }

    @Test
    void withoutTheModuleNothingIsWired() {
        runner().withClassLoader(new FilteredClassLoader(R2vObservations.class))
                .withBean(TestObservationRegistry.class, TestObservationRegistry::create).run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(R2vObserver.class);
                    assertThat(context.getBean(BuilderCapture.class).settings().observer()).isNull();
                });
    }

    @Test
    void withoutMicrometerCoreObservationsAloneAreWired() {
        runner().withClassLoader(new FilteredClassLoader("io.micrometer.core"))
                .withBean(TestObservationRegistry.class, TestObservationRegistry::create).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(R2vObserver.class);
                    assertThat(context.getBean(BuilderCapture.class).settings().observer())
                            .isSameAs(context.getBean(R2vObserver.class));
                    assertThat(context.getBeanDefinitionNames()).noneMatch(name -> name.contains("WithMeters"));
                });
    }

    @Test
    void theApplicationsOwnObserverWins() {
        runner().withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .withUserConfiguration(OwnObserver.class).run(context -> {
                    assertThat(context).hasSingleBean(R2vObserver.class);
                    assertThat(context.getBean(BuilderCapture.class).settings().observer())
                            .isSameAs(context.getBean(OwnObserver.class).observer);
                });
    }

    /** One clip through the context's client, submitted and awaited. */
    private static ApplicationContext generateOne(ApplicationContext context) {
        R2vClient client = context.getBean(R2vClient.class);
        client.await(client.submit(R2vRequest.builder().prompt("character1 waves at the camera")
                .image("https://example.com/alice.png").build()), AwaitOptions.defaults().withTimeout(Duration.ofSeconds(30)));
        return context;
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnObserver {
        final R2vObserver observer = new R2vObserver() {
            @Override
            public TaskObservation taskStarted(TaskStart start) {
                return end -> { };
            }

            @Override
            public CallObservation callStarted(CallStart start) {
                return end -> { };
            }
        };

        @Bean
        R2vObserver myObserver() {
            return observer;
        }
    }
}
