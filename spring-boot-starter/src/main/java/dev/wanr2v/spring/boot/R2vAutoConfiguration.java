package dev.wanr2v.spring.boot;

import dev.wanr2v.AccountBudget;
import dev.wanr2v.MediaUploader;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.observation.R2vObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Builds the application's {@link R2vClient} from the {@code wanr2v.*} properties ({@link R2vProperties}),
 * the application's {@link MediaUploader}, {@link AccountBudget} and {@link R2vObserver} if it defines them (the
 * observer is {@link R2vObservationAutoConfiguration}'s when the application has an {@code ObservationRegistry}), and
 * its {@link R2vClientBuilderCustomizer}s. With an {@code AccountBudget} bean the client draws on that budget, shared
 * with every other client the application builds with it ({@code R2v.builder().budget(account)}: other keys of
 * the same account); without one it shares the budget of its provider, endpoint and key, as every client does.
 * Providers are discovered on the application's class loader, so a third-party provider jar on the class
 * path is found as always. A configuration wan-r2v refuses fails start-up with wan-r2v's own message.
 *
 * <p>The client is closed when the application context closes: pending waits end, creates already on the
 * wire are given up to the response timeout to return their handles, then connections are released.
 * Define your own {@code R2vClient} bean and this one backs off.
 */
@AutoConfiguration
@EnableConfigurationProperties(R2vProperties.class)
public class R2vAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(R2vAutoConfiguration.class);

    /**
     * The client.
     *
     * @throws dev.wanr2v.ConfigurationException naming the setting to fix (start-up fails)
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public R2vClient r2vClient(R2vProperties properties, ObjectProvider<MediaUploader> mediaUploader,
            ObjectProvider<AccountBudget> accountBudget, ObjectProvider<R2vObserver> observer,
            ObjectProvider<R2vClientBuilderCustomizer> customizers, ResourceLoader resourceLoader) {
        R2v.Builder builder = R2v.builder();
        if (resourceLoader.getClassLoader() != null) {
            builder.classLoader(resourceLoader.getClassLoader());
        }
        PropertyMapping.apply(properties, builder);
        MediaUploader uploader = mediaUploader.getIfAvailable();
        if (uploader != null) {
            builder.mediaUploader(uploader);
        }
        accountBudget.ifAvailable(builder::budget);
        observer.ifAvailable(builder::observer);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        R2vClient client = builder.build();
        LOG.info("wan-r2v: provider {} ({}) at {}{}", client.provider().id(), client.provider().displayName(),
                client.endpoint(), uploader != null ? ", local media through the application's MediaUploader" : "");
        return client;
    }
}
