/**
 * The UniAll provider of wan-r2v (id {@code uniall}): UniAll's OpenAI-style video API as a codec.
 * Found by {@link java.util.ServiceLoader}; nothing here is meant to be called directly.
 */
module dev.wanr2v.provider.uniall {
    requires dev.wanr2v.core;
    requires com.fasterxml.jackson.databind;

    provides dev.wanr2v.spi.R2vProvider with dev.wanr2v.provider.uniall.UniAllProvider;
}
