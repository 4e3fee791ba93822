package dev.wanr2v.spring.boot;

import dev.wanr2v.micrometer.R2vObservations;
import dev.wanr2v.observation.R2vObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records what the starter's {@link dev.wanr2v.R2vClient} does as Micrometer observations, through
 * {@code wan-r2v-micrometer} ({@link R2vObservations}): every HTTP exchange as {@code gen_ai.client.operation},
 * every task as {@code wanr2v.task}, and wan-r2v's meters ({@code wanr2v.tasks}, …) in the application's
 * {@link MeterRegistry} when it has one. On when the application has an {@link ObservationRegistry} bean (Spring
 * Boot's Actuator makes one) and the module is on the class path (the starter brings it; exclude it to leave it
 * out). Define your own {@link R2vObserver} bean and this one backs off; the starter's client is given that one.
 * Spring Boot's own switches apply: {@code management.observations.enable.gen_ai=false},
 * {@code management.observations.enable.wanr2v=false}, {@code management.metrics.enable.wanr2v=false}.
 */
@AutoConfiguration(before = R2vAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({R2vObservations.class, ObservationRegistry.class})
@ConditionalOnBean(ObservationRegistry.class)
public class R2vObservationAutoConfiguration {

    /** With {@code micrometer-core}: observations, and meters when the application has a meter registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class WithMeters {
        @Bean
        @ConditionalOnMissingBean
        R2vObserver wanr2vObserver(ObservationRegistry observations, ObjectProvider<MeterRegistry> meters) {
            return R2vObservations.of(observations, meters.getIfAvailable());
        }
    }

    /** Without {@code micrometer-core}: observations only. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("io.micrometer.core.instrument.MeterRegistry")
    static class ObservationsOnly {
        @Bean
        @ConditionalOnMissingBean
        R2vObserver wanr2vObserver(ObservationRegistry observations) {
            return R2vObservations.of(observations);
        }
    }
}
