package dev.wanr2v.temporal;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a worker stores finished videos: a directory on the worker ({@link #directory(Path)}, the default), or your
 * own object storage. Configure it with {@link WorkerSetup.Builder#sink(VideoSink)}.
 *
 * <p>The store activity runs on any worker of the query queue, and runs again on another worker if the first one
 * dies, so an implementation must keep two promises:
 * <ul>
 * <li><b>whole or nothing</b>: a name holds the complete video or nothing (write to a temporary object, then
 * rename, or complete a multipart upload only at the end);</li>
 * <li><b>idempotent by name</b>: {@link #find} sees what an earlier attempt stored under the same name, so a retry
 * after a crash between storing and reporting does not store it twice. Names derive from the workflow id, one per
 * generation.</li>
 * </ul>
 * Call {@code listener.onDownload} as bytes arrive: each call heartbeats the activity, and a worker that stops
 * heartbeating is taken for dead.
 *
 * <pre>{@code
 * VideoSink s3 = new VideoSink() {
 *     public Optional<StoredVideo> find(String name) {
 *         return bucket.head(name + ".mp4").map(h -> new StoredVideo("s3://my-bucket/" + name + ".mp4", h.size()));
 *     }
 *     public StoredVideo store(String name, GeneratedVideo video, ProgressListener listener) {
 *         try (InputStream in = video.openStream()) {           // or download to a temporary file first
 *             long size = bucket.putMultipart(name + ".mp4", in, bytes -> listener.onDownload(video.handle(), bytes, -1));
 *             return new StoredVideo("s3://my-bucket/" + name + ".mp4", size);
 *         }
 *     }
 * };
 * }</pre>
 */
public interface VideoSink {

    /**
     * The video an earlier attempt stored under {@code name}, if any.
     *
     * @param name the generation's name: letters, digits, {@code .}, {@code _} and {@code -}
     */
    Optional<StoredVideo> find(String name);

    /**
     * Stores the video under {@code name}, whole or not at all.
     *
     * @param name     the generation's name, as for {@link #find}
     * @param video    the finished clip ({@link GeneratedVideo#download} or {@link GeneratedVideo#openStream})
     * @param listener hears the bytes arrive; pass it to {@code DownloadOptions.withListener} or call it yourself
     * @return where it is now; never a signed URL (it is stored in the workflow's history)
     */
    StoredVideo store(String name, GeneratedVideo video, ProgressListener listener);

    /**
     * A directory on the worker: {@code dir/<name>.mp4}, written through a temporary file beside it and moved into
     * place atomically. Every worker of the query queue must see the same directory (a shared volume), or use
     * your own sink.
     */
    static VideoSink directory(Path dir) {
        return new DirectorySink(dir);
    }
}
