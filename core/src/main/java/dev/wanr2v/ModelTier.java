package dev.wanr2v;

/**
 * The Wan 2.6 R2V model tier.
 *
 * <p>Upstream, {@link #STANDARD} is {@code wan2.6-r2v} and {@link #FLASH} is {@code wan2.6-r2v-flash}.
 * Only {@code FLASH} can produce silent output; {@code STANDARD} clips always carry audio.
 */
public enum ModelTier {
    /** {@code wan2.6-r2v-flash}: faster and cheaper; audio can be switched off. */
    FLASH,
    /** {@code wan2.6-r2v}: the full model; its output always has audio. */
    STANDARD
}
