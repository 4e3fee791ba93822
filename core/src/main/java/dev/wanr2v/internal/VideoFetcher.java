package dev.wanr2v.internal;

import dev.wanr2v.DownloadOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Fetches result videos for the {@link GeneratedVideo}s a client returns: the engine's hook behind
 * {@link GeneratedVideo#download} and {@link GeneratedVideo#openStream()}. Not API (this package is not
 * exported): users never implement it, and only {@link #video} makes a video that can download itself.
 */
public interface VideoFetcher {

    /** Downloads {@code video} to {@code target}; see {@link GeneratedVideo#download(Path, DownloadOptions)}. */
    Path download(GeneratedVideo video, Path target, DownloadOptions options);

    /** Opens the video as a stream; see {@link GeneratedVideo#openStream()}. */
    InputStream open(GeneratedVideo video, DownloadOptions options);

    /** How {@link GeneratedVideo} makes videos with a fetcher; it registers when it is initialised. */
    Registered<Factory> VIDEOS = new Registered<>(GeneratedVideo.class);

    /**
     * A video that downloads itself through {@code fetcher}. {@link GeneratedVideo}'s constructor taking a
     * fetcher is private; it registers it in {@link #VIDEOS}.
     */
    static GeneratedVideo video(TaskHandle handle, String url, TaskSnapshot snapshot, VideoFetcher fetcher) {
        return VIDEOS.get().create(handle, url, snapshot, fetcher);
    }

    /** Makes a {@link GeneratedVideo} with a fetcher. */
    @FunctionalInterface
    interface Factory {
        GeneratedVideo create(TaskHandle handle, String url, TaskSnapshot snapshot, VideoFetcher fetcher);
    }
}
