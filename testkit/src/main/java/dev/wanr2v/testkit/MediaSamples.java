package dev.wanr2v.testkit;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.spi.MediaLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tiny real media files that every content rule accepts, for data URIs, in-memory references and
 * the emulators' result video.
 *
 * <ul>
 * <li>images (JPEG, PNG without transparency, WEBP): 360x360, the smallest size every provider allows;</li>
 * <li>videos (MP4, MOV): 4 s, 160x90, H.264;</li>
 * <li>audio guides (MP3, WAV): 4 s, mono;</li>
 * <li>{@link #resultVideo()}: a playable 2 s, 160x90 H.264 + AAC MP4, what emulators serve as the result.</li>
 * </ul>
 *
 * <p>There is no BMP sample: the smallest allowed BMP is over 100 KB. Loaded once, on first use.
 * {@link #fits} tells whether a sample keeps a provider's declared {@link MediaLimits}.
 */
public final class MediaSamples {
    private static final String DIR = "/dev/wanr2v/testkit/media/";
    private static final Map<MediaFormat, String> FILES = new EnumMap<>(Map.of(
            MediaFormat.JPEG, "reference.jpg", MediaFormat.PNG, "reference.png",
            MediaFormat.WEBP, "reference.webp", MediaFormat.MP4, "reference.mp4",
            MediaFormat.MOV, "reference.mov", MediaFormat.MP3, "guide.mp3", MediaFormat.WAV, "guide.wav"));
    private static final Map<MediaFormat, byte[]> BYTES = new EnumMap<>(MediaFormat.class);
    private static final Map<MediaFormat, String> DATA_URIS = new EnumMap<>(MediaFormat.class);
    private static volatile byte[] result;

    private MediaSamples() {
    }

    /** The formats with a sample: every format but BMP. */
    public static Set<MediaFormat> formats() {
        return FILES.keySet();
    }

    /** The side of the square image samples, in pixels. */
    public static final int IMAGE_SIDE = 360;
    /** The duration of the video and audio samples, in seconds. */
    public static final int SAMPLE_SECONDS = 4;

    /** Whether the sample of this format exists and keeps these limits (every sample keeps Alibaba's and seed 004's). */
    public static boolean fits(MediaFormat format, MediaLimits limits) {
        if (!FILES.containsKey(format)) {
            return false;
        }
        long bytes = shared(format).length;
        return switch (format.kind()) {
            case IMAGE -> limits.image().accepts(IMAGE_SIDE, IMAGE_SIDE) && bytes <= limits.image().maxBytes();
            case VIDEO -> limits.video().accepts(SAMPLE_SECONDS) && bytes <= limits.video().maxBytes();
            case AUDIO -> limits.audio().accepts(SAMPLE_SECONDS) && bytes <= limits.audio().maxBytes();
        };
    }

    /** A copy of the sample of this format, if there is one. */
    public static Optional<byte[]> bytes(MediaFormat format) {
        return Optional.ofNullable(FILES.get(format)).map(f -> shared(format).clone());
    }

    /** The sample as {@code data:{media type};base64,…}, if there is one (the string is cached). */
    public static Optional<String> dataUri(MediaFormat format) {
        if (!FILES.containsKey(format)) {
            return Optional.empty();
        }
        synchronized (DATA_URIS) {
            return Optional.of(DATA_URIS.computeIfAbsent(format, f ->
                    "data:" + f.mediaType() + ";base64," + Base64.getEncoder().encodeToString(shared(f))));
        }
    }

    /** A copy of the playable result MP4 (2 s, 160x90, H.264 + AAC). */
    public static byte[] resultVideo() {
        byte[] r = result;
        if (r == null) {
            r = load("result.mp4");
            result = r;
        }
        return r.clone();
    }

    private static byte[] shared(MediaFormat format) {
        synchronized (BYTES) {
            return BYTES.computeIfAbsent(format, f -> load(FILES.get(f)));
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = MediaSamples.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name + " in wan-r2v-testkit");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
