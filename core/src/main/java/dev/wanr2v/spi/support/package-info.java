/**
 * What every codec needs to compute, written once: base URLs ({@link dev.wanr2v.spi.support.BaseUrlRule}),
 * task ids in paths ({@link dev.wanr2v.spi.support.PathSegment}), enum-valued options
 * ({@link dev.wanr2v.spi.support.OptionChoice}), the category an HTTP status implies on its own
 * ({@link dev.wanr2v.spi.support.StatusFallback}) and the times and numbers vendors write alike
 * ({@link dev.wanr2v.spi.support.Readings}).
 *
 * <p>These are helpers, in the spirit of SLF4J's {@code org.slf4j.helpers}: a provider is free not to use
 * them, but a codec that needs one of these computations should call the helper rather than write its own,
 * so that every provider (the built-in ones, and the engine itself) follows one rule and one message.
 * Everything here is pure, thread-safe and free of I/O. Core never depends on a JSON library, so the
 * helpers take and return text; reading a vendor's JSON stays in the provider.
 */
package dev.wanr2v.spi.support;
