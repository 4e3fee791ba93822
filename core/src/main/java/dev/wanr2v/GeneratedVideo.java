package dev.wanr2v;

import dev.wanr2v.internal.Redaction;
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

    /**
     * @param handle   the task
     * @param url      the result URL
     * @param snapshot the final, {@link TaskStatus#SUCCEEDED} snapshot
     */
    public GeneratedVideo(TaskHandle handle, String url, TaskSnapshot snapshot) {
        this.handle = Objects.requireNonNull(handle, "handle");
        this.url = Objects.requireNonNull(url, "url");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
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
