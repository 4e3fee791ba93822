/**
 * wan-r2v core: the provider-neutral Wan 2.6 reference-to-video model ({@code dev.wanr2v}), the
 * provider SPI ({@code dev.wanr2v.spi}), the helpers every codec shares ({@code dev.wanr2v.spi.support}) and
 * the shared engine (internal, not exported).
 */
module dev.wanr2v.core {
    requires org.slf4j;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;

    exports dev.wanr2v;
    exports dev.wanr2v.spi;
    exports dev.wanr2v.spi.support;

    uses dev.wanr2v.spi.R2vProvider;
    uses dev.wanr2v.spi.ImageFitter;
}
