/**
 * wan-r2v provider {@code dashscope}: Alibaba Cloud Model Studio's native DashScope API for Wan 2.6
 * reference-to-video, in the intl (Singapore), cn (Beijing) and us (Virginia) regions. Found by
 * {@link java.util.ServiceLoader}; nothing here is meant to be called directly.
 */
module dev.wanr2v.provider.dashscope {
    requires dev.wanr2v.core;
    requires com.fasterxml.jackson.databind;

    provides dev.wanr2v.spi.R2vProvider with dev.wanr2v.provider.dashscope.DashScopeProvider;
}
