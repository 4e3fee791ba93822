package dev.wanr2v.spring.boot;

import static dev.wanr2v.spring.boot.R2vAutoConfigurationTest.KEY;
import static dev.wanr2v.spring.boot.R2vAutoConfigurationTest.assertStartupFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.AccountBudget;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.ResolvedSettings;
import dev.wanr2v.internal.config.BudgetSettings;
import dev.wanr2v.spi.AccountLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The account budget's properties: each reaches the builder, unset ones leave the provider's declared limits, a
 * property wins over core's system property, a wrong value fails start-up in core's words, and an
 * {@link AccountBudget} bean is shared with the application's own clients.
 */
class BudgetPropertiesTest {
    private final ApplicationContextRunner dashscope = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2vAutoConfiguration.class))
            .withUserConfiguration(BuilderCapture.class)
            .withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=" + KEY, "wanr2v.base-url=http://127.0.0.1:9");

    @Test
    void everyBudgetPropertyReachesTheBuilder() {
        dashscope.withPropertyValues("wanr2v.budgets=false", "wanr2v.create-rate=7.5", "wanr2v.query-rate=30",
                "wanr2v.running-tasks=0", "wanr2v.vendor-queue=false", "wanr2v.submit-timeout=90").run(context -> {
                    BudgetSettings b = budget(context.getBean(BuilderCapture.class));
                    assertThat(b.enabled()).isFalse();
                    assertThat(b.limits()).isEqualTo(new AccountLimits(7.5, 30, 0, false, true));
                    assertThat(b.submitTimeout()).as("a bare number is seconds, as in core").isEqualTo(Duration.ofSeconds(90));
                    assertThat(context.getBean(R2vClient.class).budgetStats().enabled()).isFalse();
                });
    }

    @Test
    void unsetBudgetPropertiesLeaveTheProvidersDeclaredLimits() {
        dashscope.run(context -> {
            BudgetSettings b = budget(context.getBean(BuilderCapture.class));
            assertThat(b.enabled()).isTrue();
            assertThat(b.limits()).isEqualTo(context.getBean(R2vClient.class).capabilities().accountLimits());
            assertThat(b.limits().documented()).isTrue();
            assertThat(b.submitTimeout()).isEqualTo(Duration.ofMinutes(30));
        });
        dashscope.withPropertyValues("wanr2v.provider=uniall", "wanr2v.query-rate=4").run(context ->
                assertThat(budget(context.getBean(BuilderCapture.class)).limits())
                        .as("UniAll publishes no limits: its cautious default, with the one figure set")
                        .isEqualTo(AccountLimits.UNDOCUMENTED.withRates(AccountLimits.UNDOCUMENTED.createsPerSecond(), 4)));
    }

    @Test
    void aPropertyWinsOverCoresSystemPropertyWhichStillAppliesWhenThePropertyIsUnset() {
        System.setProperty("wanr2v.runningTasks", "3");
        try {
            dashscope.run(context ->
                    assertThat(budget(context.getBean(BuilderCapture.class)).limits().runningTasks()).isEqualTo(3));
            dashscope.withPropertyValues("wanr2v.running-tasks=7").run(context ->
                    assertThat(budget(context.getBean(BuilderCapture.class)).limits().runningTasks()).isEqualTo(7));
        } finally {
            System.clearProperty("wanr2v.runningTasks");
        }
    }

    @Test
    void wrongValuesFailStartUpWithCoresMessage() {
        assertStartupFails(dashscope.withPropertyValues("wanr2v.create-rate=0"),
                "builder option createRate is '0.0', which is not a positive number");
        assertStartupFails(dashscope.withPropertyValues("wanr2v.query-rate=Infinity"),
                "builder option queryRate is 'Infinity', which is not a positive number");
        assertStartupFails(dashscope.withPropertyValues("wanr2v.running-tasks=-1"),
                "builder option runningTasks is '-1', which is not a whole number of 0 or more");
        assertStartupFails(dashscope.withPropertyValues("wanr2v.submit-timeout=-5s"),
                "builder option submitTimeout is 'PT-5S', which is not a positive duration");
        dashscope.withPropertyValues("wanr2v.create-rate=fast").run(context -> assertThat(context).getFailure()
                .satisfies(failure -> assertThat(R2vAutoConfigurationTest.causes(failure)).anySatisfy(cause ->
                        assertThat(cause).isInstanceOf(BindException.class).hasMessageContaining("wanr2v.create-rate"))));
    }

    @Test
    void theFailureReportNamesTheBudgetProperties() {
        assertThat(PropertyMapping.explain("wan-r2v: builder option createRate is '0.0', which is not a positive number"))
                .containsExactly("createRate(..) = wanr2v.create-rate");
        assertThat(PropertyMapping.explain("wan-r2v: builder option submitTimeout is 'PT-5S', which is not a positive"
                + " duration")).containsExactly("submitTimeout(..) = wanr2v.submit-timeout");
        assertThat(PropertyMapping.table()).contains("budgets(..) = wanr2v.budgets", "vendorQueue(..) = wanr2v.vendor-queue");
    }

    @Test
    void anAccountBudgetBeanIsSharedWithTheApplicationsOwnClients() {
        dashscope.withUserConfiguration(SharedAccount.class).run(context -> {
            AccountBudget account = context.getBean(AccountBudget.class);
            assertThat(ResolvedSettings.drawsOn(context.getBean(BuilderCapture.class).settings(), account)).isTrue();
            R2v.Builder other = R2v.builder().provider("dashscope").apiKey("sk-another-key-of-the-account")
                    .baseUrl("http://127.0.0.1:9").budget(account);
            assertThat(ResolvedSettings.drawsOn(ResolvedSettings.of(other), account)).isTrue();
        });
        dashscope.run(context -> assertThat(budget(context.getBean(BuilderCapture.class)).shared())
                .as("without the bean: the budget of provider, endpoint and key, as for every client").isNull());
    }

    private static BudgetSettings budget(BuilderCapture capture) {
        return capture.settings().budget();
    }

    @Configuration(proxyBeanMethods = false)
    static class SharedAccount {
        @Bean
        AccountBudget account() {
            return AccountBudget.create();
        }
    }
}
