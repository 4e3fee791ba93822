package dev.wanr2v.testing;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.internal.media.TestMedia;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Small, valid media of every accepted format, as data URIs, for generators. */
public final class MediaSamples {
    private static final Map<MediaKind, List<String>> DATA_URIS = Map.of(
            MediaKind.IMAGE, List.of(uri(MediaFormat.JPEG, TestMedia.image("jpg", 400, 360)),
                    uri(MediaFormat.PNG, TestMedia.image("png", 360, 400)),
                    uri(MediaFormat.WEBP, TestMedia.fixture("image-lossy-400x380.webp"))),
            MediaKind.VIDEO, List.of(uri(MediaFormat.MP4, TestMedia.fixture("video-5s-faststart.mp4")),
                    uri(MediaFormat.MP4, TestMedia.fixture("video-5s-moov-at-end.mp4")),
                    uri(MediaFormat.MOV, TestMedia.fixture("video-5s-sound.mov"))),
            MediaKind.AUDIO, List.of(uri(MediaFormat.MP3, TestMedia.fixture("audio-5s-vbr.mp3")),
                    uri(MediaFormat.WAV, TestMedia.fixture("audio-5s.wav"))));

    private MediaSamples() {
    }

    /** Data URIs of valid media of this kind, one per format sample. */
    public static List<String> dataUris(MediaKind kind) {
        return DATA_URIS.get(kind);
    }

    private static String uri(MediaFormat format, byte[] bytes) {
        return "data:" + format.mediaType() + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
