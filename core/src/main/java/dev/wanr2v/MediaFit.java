package dev.wanr2v;

/**
 * Whether wan-r2v may convert local media that the provider would refuse, before sending it.
 *
 * <p>With {@link #IMAGES}, a local image (a file or bytes in memory) that breaks the provider's image
 * limits for its size, bytes or transparency is converted to a copy that keeps them: EXIF orientation
 * applied (a portrait phone photo stays portrait), scaled down with Lanczos resampling to fit the
 * provider's side range (aspect ratio kept, never enlarged), transparency flattened onto white, encoded
 * again (PNG for a lossless source whose PNG fits the byte limit, else JPEG at quality 0.92). Only the
 * copy is sent; the original is never touched, and the copy, a temporary file, is deleted once the
 * request was sent (or failed, or the client closed). An image too small, or too elongated to keep both
 * sides in range, is still refused, with advice. URLs and data URIs are sent as they are. Videos and
 * audio are never converted: their errors say how to trim or convert them (an {@code ffmpeg} command).
 *
 * <p>The conversion needs artifact {@value #ARTIFACT} on the class path (it brings the image libraries
 * the JDK lacks); asking for it without that artifact fails with a {@link ConfigurationException}.
 * {@link R2vClient#preview} says what fitting did to each image.
 */
public enum MediaFit {
    /** Media is sent as given; media the provider would refuse breaks its rule (the default). */
    OFF,
    /** Local images are converted to fit the provider's image limits (see the class description). */
    IMAGES;

    /** The Maven coordinates of the module that converts images: {@value}. */
    public static final String ARTIFACT = "dev.wanr2v:wan-r2v-media-fit";

    /** How messages tell a Java user to ask for fitting: {@value}. */
    public static final String BUILDER_HINT = "R2vRequest.Builder.fit(MediaFit.IMAGES)";
}
