package dev.wanr2v.spring.boot;

import dev.wanr2v.R2v;
import dev.wanr2v.ResolvedSettings;
import dev.wanr2v.internal.config.ClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Keeps the builder the starter configured (as the last customizer), to read what it resolves to. */
@Configuration(proxyBeanMethods = false)
class BuilderCapture {
    private volatile R2v.Builder builder;

    @Bean
    @Order(Integer.MAX_VALUE)
    R2vClientBuilderCustomizer captureBuilder() {
        return b -> this.builder = b;
    }

    /** The settings the captured builder resolves to. */
    ClientSettings settings() {
        return ResolvedSettings.of(builder);
    }
}
