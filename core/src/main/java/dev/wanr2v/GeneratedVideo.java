package dev.wanr2v;

import dev.wanr2v.internal.Redaction;
import dev.wanr2v.internal.VideoFetcher;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished clip: where to fetch it, what it cost, and the task it came from.
 *
 * <p>The URL is temporary (DashScope keeps results 24 h) and may be signed: download the file soon,
 * and treat the URL like a credential. {@code toString()} masks its query string.
 */
public final class GeneratedVideo {
    private final TaskHandle handle;
    private final String url;
    private final TaskSnapshot snapshot;
    private final transient VideoFetcher fetcher;

    static {
        VideoFetcher.VIDEOS.set(GeneratedVideo::new);
    }

    /**
     * A video that cannot download itself (for tests and values made by hand).
     *
     * @param handle   the task
     * @param url      the result URL
     * @param snapshot the final, {@link TaskStatus#SUCCEEDED} snapshot
     */
    public GeneratedVideo(TaskHandle handle, String url, TaskSnapshot snapshot) {
        this(handle, url, snapshot, null);
    }

    private GeneratedVideo(TaskHandle handle, String url, TaskSnapshot snapshot, VideoFetcher fetcher) {
        this.handle = Objects.requireNonNull(handle, "handle");
        this.url = Objects.requireNonNull(url, "url");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.fetcher = fetcher;
    }

    /**
     * Downloads the video to {@code target}, which must not exist yet. See
     * {@link #download(Path, DownloadOptions)}.
     */
    public Path download(Path target) {
        return download(target, DownloadOptions.defaults());
    }

    /**
     * Downloads the video to {@code target}: written to a temporary file beside it, checked (content
     * type, announced length, size cap) and moved into place atomically, so the target either holds the
     * whole video or is untouched; nothing partial is ever left behind. Transient failures are retried.
     * Warns (SLF4J) when the URL is close to its expiry.
     *
     * @return the target
     * @throws InvalidRequestException (rule {@code R2V-DOWNLOAD-TARGET}) if the target exists and overwrite
     *                                 is off, or its directory is missing or not writable
     * @throws TaskExpiredException    if the URL no longer works (results expire, e.g. after 24 h)
     */
    public Path download(Path target, DownloadOptions options) {
        return fetcher().download(this, target, options);
    }

    /**
     * Opens the video as a stream, read as it arrives with bounded memory; close it when done. The
     * content type and size cap are checked as for {@link #download(Path, DownloadOptions)}; a broken
     * connection surfaces as an {@code IOException} from {@code read}.
     */
    public InputStream openStream() {
        return fetcher().open(this, DownloadOptions.defaults());
    }

    private VideoFetcher fetcher() {
        if (fetcher == null) {
            throw new IllegalStateException("this GeneratedVideo was made by hand; only videos returned by an"
                    + " R2vClient can download themselves");
        }
        return fetcher;
    }

    /** The task that produced the clip. */
    public TaskHandle handle() {
        return handle;
    }

    /** The result URL. Temporary, possibly signed. */
    public String url() {
        return url;
    }

    /** What the task consumed, as far as the vendor reported. */
    public Usage usage() {
        return snapshot.usage();
    }

    /** When the URL stops working, when known. */
    public Optional<Instant> expiresAt() {
        return snapshot.videoExpiresAt();
    }

    /** The prompt the model actually used, when the vendor reports it. */
    public Optional<String> actualPrompt() {
        return snapshot.actualPrompt();
    }

    /** The final snapshot, with every detail the vendor reported. */
    public TaskSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedVideo v && handle.equals(v.handle) && url.equals(v.url)
                && snapshot.equals(v.snapshot);
    }

    @Override
    public int hashCode() {
        return Objects.hash(handle, url);
    }

    @Override
    public String toString() {
        return "GeneratedVideo[" + handle + ", " + Redaction.url(url) + "]";
    }
}
