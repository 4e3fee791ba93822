package dev.wanr2v;

import java.util.Objects;

/**
 * How to download a result: whether an existing file may be replaced, the largest size accepted, and
 * who hears the bytes arrive. Immutable; start from {@link #defaults()}.
 */
public final class DownloadOptions {
    /** The default size cap, 2 GiB: far above a 15 s 1080P clip, far below a broken server's endless stream. */
    public static final long DEFAULT_MAX_BYTES = 2L << 30;

    private static final DownloadOptions DEFAULTS = new DownloadOptions(false, DEFAULT_MAX_BYTES,
            ProgressListener.none());

    private final boolean overwrite;
    private final long maxBytes;
    private final ProgressListener listener;

    private DownloadOptions(boolean overwrite, long maxBytes, ProgressListener listener) {
        this.overwrite = overwrite;
        this.maxBytes = maxBytes;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** No overwrite, 2 GiB cap, no listener. */
    public static DownloadOptions defaults() {
        return DEFAULTS;
    }

    /** Whether an existing file at the target may be replaced (atomically). Off by default. */
    public DownloadOptions withOverwrite(boolean overwrite) {
        return new DownloadOptions(overwrite, maxBytes, listener);
    }

    /** The largest download accepted; larger ones fail and leave nothing behind. */
    public DownloadOptions withMaxBytes(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        return new DownloadOptions(overwrite, maxBytes, listener);
    }

    /** Who hears {@link ProgressListener#onDownload} events. */
    public DownloadOptions withListener(ProgressListener listener) {
        return new DownloadOptions(overwrite, maxBytes, listener);
    }

    public boolean overwrite() {
        return overwrite;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public ProgressListener listener() {
        return listener;
    }
}
