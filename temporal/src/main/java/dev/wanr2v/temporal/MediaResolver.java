package dev.wanr2v.temporal;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;

/**
 * Turns the name of media in your own storage ({@link MediaInput#object(String)}) into something the create call
 * can send, on the worker, when the create is sent: typically a freshly signed URL, so that no signature is ever
 * written into a workflow's history. Configure it with {@link WorkerSetup.Builder#mediaResolver(MediaResolver)}.
 *
 * <pre>{@code
 * MediaResolver resolver = (name, kind) -> MediaSource.url(myStorage.presignGet(name, Duration.ofHours(2)));
 * }</pre>
 *
 * <p>Called on an activity thread; it may block. An exception it throws fails the generation before anything is
 * sent (nothing is paid).
 */
@FunctionalInterface
public interface MediaResolver {

    /**
     * The media named {@code name}.
     *
     * @param name the name given to {@link MediaInput#object(String)}
     * @param kind what the media is used as: an image or video reference, or the audio guide
     */
    MediaSource resolve(String name, MediaKind kind);

    /** The resolver of a worker that has none: every object name is refused, naming the missing setting. */
    static MediaResolver none() {
        return (name, kind) -> {
            throw new IllegalStateException("the request names object '" + name + "', but this worker has no"
                    + " MediaResolver; configure one with WorkerSetup.builder(..).mediaResolver(..)");
        };
    }
}
