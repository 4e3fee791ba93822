package dev.wanr2v.spring.boot;

import dev.wanr2v.R2v;

/**
 * Changes the {@code R2v.builder()} the starter builds its {@link dev.wanr2v.R2vClient} with, after the
 * {@code wanr2v.*} properties were applied (so a customizer has the last word). Declare one or more as
 * beans; they run in {@link org.springframework.core.annotation.Order} order.
 *
 * <pre>{@code
 * @Bean
 * R2vClientBuilderCustomizer pollFast() {
 *     return builder -> builder.pollPolicy(PollPolicy.fixed(Duration.ofSeconds(1)));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface R2vClientBuilderCustomizer {

    /** Changes the builder; called once, before the client is built. */
    void customize(R2v.Builder builder);
}
