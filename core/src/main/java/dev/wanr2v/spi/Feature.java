package dev.wanr2v.spi;

/**
 * Optional request fields and operations a provider's API may or may not carry. A request that uses
 * a field its provider lacks (with a non-default value) breaks rule {@code R2V-UNSUPPORTED-OPTION}
 * rather than being silently dropped.
 */
public enum Feature {
    /** The request's negative prompt. */
    NEGATIVE_PROMPT,
    /** An audio guide (WAV or MP3). */
    AUDIO_GUIDE,
    /** A fixed seed. */
    SEED,
    /** The "AI Generated" watermark. */
    WATERMARK,
    /** Multi-shot output. */
    SHOT_TYPE,
    /** Switching prompt extension off. */
    PROMPT_EXTEND,
    /** Switching audio off (silent output, FLASH tier). */
    SILENT_OUTPUT,
    /** Canceling a task at the vendor. */
    CANCEL,
    /** Estimating a request's cost before submitting it. */
    COST_ESTIMATE
}
