/**
 * wan-r2v media fit: converts local images that break a provider's limits, on request
 * ({@code MediaFit.IMAGES}). Core finds it through {@link dev.wanr2v.spi.ImageFitter}; nothing here is
 * called directly.
 */
module dev.wanr2v.mediafit {
    requires dev.wanr2v.core;
    requires java.desktop;
    requires org.slf4j;
    requires com.twelvemonkeys.imageio.metadata;
    requires com.twelvemonkeys.common.image;

    exports dev.wanr2v.mediafit;

    provides dev.wanr2v.spi.ImageFitter with dev.wanr2v.mediafit.DefaultImageFitter;
}
