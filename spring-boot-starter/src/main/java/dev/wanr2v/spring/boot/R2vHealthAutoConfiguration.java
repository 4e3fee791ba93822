package dev.wanr2v.spring.boot;

import dev.wanr2v.R2vClient;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * An Actuator health contributor {@code wanr2v} ({@link R2vHealthIndicator}) for the application's
 * {@link R2vClient} beans (one indicator per client when there are several), when Spring Boot's health
 * support is on the class path. Off with {@code management.health.wanr2v.enabled=false}; replaced by a
 * bean of your own named {@code wanr2vHealthIndicator} or {@code wanr2vHealthContributor}.
 */
@AutoConfiguration(after = R2vAutoConfiguration.class,
        beforeName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(R2vClient.class)
@ConditionalOnEnabledHealthIndicator("wanr2v")
public class R2vHealthAutoConfiguration extends CompositeHealthContributorConfiguration<R2vHealthIndicator, R2vClient> {

    /** Indicators made with {@link R2vHealthIndicator#R2vHealthIndicator(R2vClient)}. */
    public R2vHealthAutoConfiguration() {
        super(R2vHealthIndicator::new);
    }

    /** The {@code wanr2v} contributor. */
    @Bean
    @ConditionalOnMissingBean(name = {"wanr2vHealthIndicator", "wanr2vHealthContributor"})
    public HealthContributor wanr2vHealthContributor(ConfigurableListableBeanFactory beanFactory) {
        return createContributor(beanFactory, R2vClient.class);
    }
}
