/**
 * wan-r2v provider {@code wan26api}: the {@code wan26_r2v} API of the Vtrix / SeaArt gateway. Found by
 * {@link java.util.ServiceLoader}; exports nothing.
 */
module dev.wanr2v.provider.wan26api {
    requires dev.wanr2v.core;
    requires com.fasterxml.jackson.databind;

    provides dev.wanr2v.spi.R2vProvider with dev.wanr2v.provider.wan26api.Wan26ApiProvider;
}
