package dev.wanr2v;

/**
 * Every validation rule of the neutral model, with its stable id.
 *
 * <p>This is the one place the rule ids are defined; they appear in {@link Violation}s, in
 * {@link InvalidRequestException} messages and in the README. Ids never change meaning; new rules get
 * new ids. Providers may report rule ids of their own (prefixed with their provider id) for
 * vendor-specific constraints.
 */
public enum Rule {
    // --- the request itself ---
    /** The prompt is missing or blank. */
    PROMPT_REQUIRED("R2V-PROMPT-REQUIRED", "a prompt is required and must not be blank"),
    /** The prompt is longer than 1500 characters (code points; a CJK character or an emoji counts 1). */
    PROMPT_LENGTH("R2V-PROMPT-LENGTH", "at most 1500 characters"),
    /** The negative prompt is longer than 500 characters. */
    NEGATIVE_PROMPT_LENGTH("R2V-NEGATIVE-PROMPT-LENGTH", "at most 500 characters"),
    /** A prompt holds control characters (other than tab, CR, LF) or unpaired surrogates. */
    TEXT_CHARACTERS("R2V-TEXT-CHARACTERS",
            "printable text: no control characters other than tab and line breaks, no unpaired surrogates"),
    /** There are no references, or more than 5 (or than the provider allows). */
    REFERENCE_COUNT("R2V-REF-COUNT", "1 to 5 references"),
    /** More than 5 image references (or than the provider allows). */
    REFERENCE_IMAGES("R2V-REF-IMAGES", "at most 5 images"),
    /** More than 3 video references (or than the provider allows). */
    REFERENCE_VIDEOS("R2V-REF-VIDEOS", "at most 3 videos"),
    /** A reference kind the provider does not take (e.g. images in DashScope's US region). */
    REFERENCE_KIND("R2V-REF-KIND", "only the reference kinds the provider accepts"),
    /** The order of references cannot be expressed on the provider's wire (e.g. a video before an image). */
    REFERENCE_ORDER("R2V-REF-ORDER", "an order of references the provider can express"),
    /** The size is not one of the ten sizes, or not offered by the provider. */
    SIZE("R2V-SIZE", "one of the ten WIDTH*HEIGHT sizes"),
    /** The duration is outside what the provider allows. */
    DURATION("R2V-DURATION", "a duration in whole seconds the provider allows"),
    /** The seed is outside 0..2147483647. */
    SEED("R2V-SEED", "0..2147483647"),
    /** Silent output was asked of the STANDARD tier, which always has audio. */
    SILENT_TIER("R2V-SILENT-TIER", "silent output only with the FLASH tier"),
    /** The model tier is not offered by the provider (or its region). */
    TIER("R2V-TIER", "a model tier the provider offers"),
    /** A multi-shot clip was asked for with prompt extension off, where the shot type has no effect. */
    SHOT_TYPE("R2V-SHOT-TYPE", "shot type MULTI only with prompt extension on"),
    /** An option the provider's API cannot carry (negative prompt, watermark, seed, audio guide…). */
    UNSUPPORTED_OPTION("R2V-UNSUPPORTED-OPTION", "only options the provider's API can carry"),

    // --- media sources ---
    /** A URL with a scheme other than http, https or data. */
    URL_SCHEME("R2V-URL-SCHEME", "an http, https or data URL, or a local file"),
    /** A URL that cannot be parsed, or has no host. */
    URL_SYNTAX("R2V-URL-SYNTAX", "a well-formed absolute URL with a host"),
    /** A data URI that is not {@code data:{media type};base64,{data}} with valid base64. */
    DATA_URI("R2V-DATA-URI", "data:{media type};base64,{base64 data}"),
    /** A data URI whose media type does not match the kind of media or is not an allowed format. */
    MEDIA_TYPE("R2V-MEDIA-TYPE", "a media type of an allowed format for the kind of media"),
    /** A form of media source the provider does not accept (a data URI, a local file, bytes). */
    INPUT_FORM("R2V-INPUT-FORM", "a media source form the provider accepts"),

    // --- media content (local files, bytes, data URIs) ---
    /** The content is not one of the allowed formats for its kind. */
    MEDIA_FORMAT("R2V-MEDIA-FORMAT", "JPEG, PNG, BMP or WEBP images; MP4 or MOV videos; WAV or MP3 audio"),
    /** The content is of another kind than declared (a video passed as an image). */
    MEDIA_KIND("R2V-MEDIA-KIND", "content of the declared kind"),
    /** An image side outside the provider's range ({@code Capabilities.mediaLimits()}). */
    IMAGE_DIMENSIONS("R2V-IMAGE-DIMENSIONS", "width and height each within the provider's range (e.g. 240..8000 or"
            + " 360..2000 pixels)"),
    /** An image larger than the provider allows. */
    IMAGE_BYTES("R2V-IMAGE-BYTES", "images within the provider's byte limit (e.g. 20 or 10 MB)"),
    /** A PNG with transparency, where the provider refuses it (every provider does). */
    IMAGE_TRANSPARENCY("R2V-IMAGE-TRANSPARENCY", "images without transparency"),
    /** A video shorter or longer than the provider allows. */
    VIDEO_DURATION("R2V-VIDEO-DURATION", "videos of a duration the provider allows (e.g. 1 or 3 to 30 seconds)"),
    /** A video larger than the provider allows. */
    VIDEO_BYTES("R2V-VIDEO-BYTES", "videos within the provider's byte limit (e.g. 100 MB)"),
    /** An audio guide shorter or longer than the provider allows. */
    AUDIO_DURATION("R2V-AUDIO-DURATION", "audio of a duration the provider allows (e.g. 3 to 30 seconds)"),
    /** An audio guide larger than the provider allows. */
    AUDIO_BYTES("R2V-AUDIO-BYTES", "audio within the provider's byte limit (e.g. 15 MB)"),
    /** A local file that does not exist. */
    MEDIA_MISSING("R2V-MEDIA-MISSING", "an existing file"),
    /** A local path that is a directory. */
    MEDIA_DIRECTORY("R2V-MEDIA-DIRECTORY", "a regular file, not a directory"),
    /** A local file that cannot be read, or whose content is damaged. */
    MEDIA_UNREADABLE("R2V-MEDIA-UNREADABLE", "a readable, undamaged file"),

    // --- other user input ---
    /** A download target that exists (without overwrite), or whose directory is missing or not writable. */
    DOWNLOAD_TARGET("R2V-DOWNLOAD-TARGET", "a new file in an existing, writable directory (or overwrite on)"),
    /** A task token that cannot be parsed. */
    TASK_TOKEN("R2V-TASK-TOKEN", "a token printed by TaskHandle.toToken()");

    private final String id;
    private final String allowed;

    Rule(String id, String allowed) {
        this.id = id;
        this.allowed = allowed;
    }

    /** The stable id, e.g. {@code R2V-REF-COUNT}. */
    public String id() {
        return id;
    }

    /** What the rule allows, in a few words. */
    public String allowed() {
        return allowed;
    }

    /** The rule with this id, if it is a core rule. */
    public static java.util.Optional<Rule> ofId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return java.util.Optional.of(rule);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
