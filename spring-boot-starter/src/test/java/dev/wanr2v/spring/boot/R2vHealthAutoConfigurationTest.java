package dev.wanr2v.spring.boot;

import static dev.wanr2v.spring.boot.R2vAutoConfigurationTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The health contributor: what it shows, what it never shows, and when it is there. */
class R2vHealthAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2vAutoConfiguration.class, R2vHealthAutoConfiguration.class))
            .withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY, "wanr2v.options.region=cn");

    @Test
    void reportsProviderEndpointOptionsAndThatTheKeyIsSetButNotTheKey() {
        runner.run(context -> {
            Health health = context.getBean("wanr2vHealthContributor", HealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("provider", "dashscope")
                    .containsEntry("providerName", "Alibaba Cloud Model Studio (DashScope)")
                    .containsEntry("endpoint", "https://dashscope.aliyuncs.com").containsEntry("apiKeySet", true)
                    .containsEntry("options", Map.of("region", "cn"));
            assertThat(health.toString()).doesNotContain(KEY).doesNotContain("****");
        });
    }

    @Test
    void showsTheConfiguredBaseUrl() {
        runner.withPropertyValues("wanr2v.base-url=http://127.0.0.1:8089").run(context -> assertThat(
                context.getBean("wanr2vHealthContributor", HealthIndicator.class).health(true).getDetails())
                .containsEntry("endpoint", "http://127.0.0.1:8089")
                .containsEntry("options", Map.of("region", "cn", "baseUrl", "http://127.0.0.1:8089")));
    }

    @Test
    void absentWithoutSpringBootsHealthSupport() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context -> {
            assertThat(context).hasSingleBean(R2vClient.class);
            assertThat(context).doesNotHaveBean("wanr2vHealthContributor");
        });
    }

    @Test
    void offWhenDisabled() {
        runner.withPropertyValues("management.health.wanr2v.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(R2vClient.class)
                        .doesNotHaveBean("wanr2vHealthContributor"));
    }

    @Test
    void backsOffForTheApplicationsOwnIndicator() {
        runner.withUserConfiguration(OwnIndicator.class).run(context -> {
            assertThat(context).doesNotHaveBean("wanr2vHealthContributor");
            assertThat(context.getBean("wanr2vHealthIndicator", HealthIndicator.class).health().getStatus())
                    .isEqualTo(Status.OUT_OF_SERVICE);
        });
    }

    @Test
    void absentWithoutAClient() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(R2vHealthAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("wanr2vHealthContributor"));
    }

    @Test
    void oneIndicatorPerClientWhenTheApplicationHasSeveral() {
        runner.withUserConfiguration(TwoClients.class).run(context -> {
            HealthContributors composite = context.getBean("wanr2vHealthContributor", CompositeHealthContributor.class);
            assertThat(composite.stream().map(HealthContributors.Entry::name)).containsExactlyInAnyOrder("videos", "drafts");
            Health drafts = ((HealthIndicator) composite.getContributor("drafts")).health(true);
            assertThat(drafts.getDetails()).containsEntry("provider", "uniall").containsEntry("endpoint", "http://127.0.0.1:5");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnIndicator {
        @Bean
        HealthIndicator wanr2vHealthIndicator() {
            return () -> Health.outOfService().build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoClients {
        @Bean
        R2vClient videos() {
            return R2v.builder().provider("dashscope").apiKey(KEY).build();
        }

        @Bean
        R2vClient drafts() {
            return R2v.builder().provider("uniall").apiKey(KEY).baseUrl("http://127.0.0.1:5").build();
        }
    }
}
