package dev.wanr2v;

/**
 * Whether the clip is one continuous shot or several switching shots.
 *
 * <p>The shot type takes effect only when prompt extension is on, and it beats whatever the prompt
 * says ("multi-shot" in a prompt is ignored when the shot type is {@link #SINGLE}).
 */
public enum ShotType {
    /** One continuous shot (the default). */
    SINGLE,
    /** Several shots with cuts between them. */
    MULTI
}
