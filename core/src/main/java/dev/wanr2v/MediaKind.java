package dev.wanr2v;

/** What a piece of media is: a reference image, a reference video, or an audio guide. */
public enum MediaKind {
    /** A still image: JPEG, PNG without transparency, BMP or WEBP. */
    IMAGE,
    /** A video clip: MP4 or MOV. Only video references carry a character's voice timbre. */
    VIDEO,
    /** An audio guide: WAV or MP3. */
    AUDIO;

    /** Lower-case name for messages, {@code "image"}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
