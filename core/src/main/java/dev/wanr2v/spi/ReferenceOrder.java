package dev.wanr2v.spi;

/**
 * Which orders of references a provider's wire format can express. {@code character1..N} in a prompt
 * follow the reference order, so a provider that cannot keep the order must say so and let
 * validation reject what it cannot express (rule {@code R2V-REF-ORDER}); it never reorders silently.
 */
public enum ReferenceOrder {
    /** Any order: images and videos travel in one ordered list. */
    ANY,
    /**
     * Images first, then videos: the wire has separate image and video lists, which the vendor joins
     * images first. A request with a video before an image cannot be expressed.
     */
    IMAGES_THEN_VIDEOS
}
