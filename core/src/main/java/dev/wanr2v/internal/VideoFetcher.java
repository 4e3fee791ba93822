package dev.wanr2v.internal;

import dev.wanr2v.DownloadOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

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

    /**
     * A video that downloads itself through {@code fetcher}. {@link GeneratedVideo} registers the factory
     * below when it is initialised, as the JDK's {@code SharedSecrets} do, so that its own constructor
     * taking a fetcher need not be public.
     */
    static GeneratedVideo video(TaskHandle handle, String url, TaskSnapshot snapshot, VideoFetcher fetcher) {
        Factory factory = Factories.videos;
        if (factory == null) {
            try {
                Class.forName(GeneratedVideo.class.getName(), true, GeneratedVideo.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            factory = Objects.requireNonNull(Factories.videos, "GeneratedVideo registered no factory");
        }
        return factory.create(handle, url, snapshot, fetcher);
    }

    /** Registers how videos with a fetcher are made; {@link GeneratedVideo} calls it once. */
    static void register(Factory factory) {
        Factories.videos = factory;
    }

    /** Makes a {@link GeneratedVideo} with a fetcher. */
    @FunctionalInterface
    interface Factory {
        GeneratedVideo create(TaskHandle handle, String url, TaskSnapshot snapshot, VideoFetcher fetcher);
    }

    /** Where the factory is kept. */
    final class Factories {
        private static volatile Factory videos;

        private Factories() {
        }
    }
}
