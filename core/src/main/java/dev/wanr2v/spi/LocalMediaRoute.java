package dev.wanr2v.spi;

/** How a provider takes references held as local files or in-memory bytes. */
public enum LocalMediaRoute {
    /** Not at all (unless the user configures a {@code MediaUploader} that turns them into URLs). */
    NONE,
    /** Inline, as {@code data:} URIs the engine streams into the request body. */
    DATA_URI,
    /** Uploaded first to the vendor's own storage, through the provider's upload calls. */
    PROVIDER_UPLOAD
}
