package dev.wanr2v;

import dev.wanr2v.internal.Redaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A provider-neutral reference-to-video request: a prompt, 1 to 5 references, and the output's shape.
 *
 * <p>Build one with {@link #builder()}; unset fields take the documented defaults: tier
 * {@link ModelTier#FLASH}, size {@code 1920*1080}, 5 seconds, audio on, single shot, prompt extension
 * on (left to the vendor where its API has its own default: see {@link #promptExtendSet()}), no
 * watermark, random seed, media sent as given ({@link MediaFit#OFF}). Building never checks the rules: every problem is found together by
 * validation, before anything is sent, and reported in one {@link InvalidRequestException}.
 *
 * <pre>{@code
 * R2vRequest request = R2vRequest.builder()
 *         .prompt("character1 waves at character2 across a sunny street")
 *         .reference(Reference.image("https://example.com/alice.png"))
 *         .reference(Reference.video(Path.of("bob.mp4")))
 *         .size(VideoSize.P720_LANDSCAPE)
 *         .duration(5)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. A value class rather than a record: several fields are optional, and
 * their accessors return {@code Optional}. Longer than this project's files usually are, on purpose: thirteen
 * fields, each an accessor and one or two builder setters with their defaults documented, read by users in
 * one place; splitting the builder out would rename {@code R2vRequest.Builder}, which every caller uses.
 */
public final class R2vRequest {
    /** The default duration, 5 seconds. */
    public static final int DEFAULT_DURATION_SECONDS = 5;

    private final ModelTier tier;
    private final String prompt;
    private final String negativePrompt;
    private final List<Reference> references;
    private final MediaSource audioGuide;
    private final VideoSize size;
    private final int durationSeconds;
    private final boolean audio;
    private final ShotType shotType;
    private final Boolean promptExtend;
    private final boolean watermark;
    private final Long seed;
    private final MediaFit fit;

    private R2vRequest(Builder b) {
        this.tier = b.tier;
        this.prompt = b.prompt;
        this.negativePrompt = b.negativePrompt;
        this.references = List.copyOf(b.references);
        this.audioGuide = b.audioGuide;
        this.size = b.size;
        this.durationSeconds = b.durationSeconds;
        this.audio = b.audio;
        this.shotType = b.shotType;
        this.promptExtend = b.promptExtend;
        this.watermark = b.watermark;
        this.seed = b.seed;
        this.fit = b.fit;
    }

    /** A builder with every field at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tier = tier;
        b.prompt = prompt;
        b.negativePrompt = negativePrompt;
        b.references.addAll(references);
        b.audioGuide = audioGuide;
        b.size = size;
        b.durationSeconds = durationSeconds;
        b.audio = audio;
        b.shotType = shotType;
        b.promptExtend = promptExtend;
        b.watermark = watermark;
        b.seed = seed;
        b.fit = fit;
        return b;
    }

    /** The model tier; default {@link ModelTier#FLASH}. */
    public ModelTier tier() {
        return tier;
    }

    /** The prompt; {@code character1} means the first reference. {@code ""} if none was set. */
    public String prompt() {
        return prompt;
    }

    /** What the clip should avoid, if set. */
    public Optional<String> negativePrompt() {
        return Optional.ofNullable(negativePrompt);
    }

    /** The references, in order: {@code references().get(0)} is {@code character1}. */
    public List<Reference> references() {
        return references;
    }

    /** The audio guide (WAV or MP3), if set. */
    public Optional<MediaSource> audioGuide() {
        return Optional.ofNullable(audioGuide);
    }

    /** The output size; default {@code 1920*1080}. */
    public VideoSize size() {
        return size;
    }

    /** The output duration in whole seconds; default 5. */
    public int durationSeconds() {
        return durationSeconds;
    }

    /** Whether the clip has audio; default {@code true}. Silent output needs {@link ModelTier#FLASH}. */
    public boolean audio() {
        return audio;
    }

    /** Single or multiple shots; default {@link ShotType#SINGLE}. */
    public ShotType shotType() {
        return shotType;
    }

    /** Whether the vendor may rewrite the prompt with a language model first; default {@code true}. */
    public boolean promptExtend() {
        return promptExtend == null || promptExtend;
    }

    /**
     * Whether the caller chose prompt extension ({@link Builder#promptExtend(boolean)}) rather than
     * leaving the default. A provider whose vendor documents no such field (DashScope) sends it only
     * when it was chosen, so the vendor's own default applies otherwise.
     */
    public boolean promptExtendSet() {
        return promptExtend != null;
    }

    /** Whether local media may be converted to fit the provider's limits; default {@link MediaFit#OFF}. */
    public MediaFit fit() {
        return fit;
    }

    /** Whether to add the "AI Generated" watermark; default {@code false}. */
    public boolean watermark() {
        return watermark;
    }

    /** The random seed, if fixed; absent means the vendor picks one. */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof R2vRequest r && tier == r.tier && prompt.equals(r.prompt)
                && Objects.equals(negativePrompt, r.negativePrompt) && references.equals(r.references)
                && Objects.equals(audioGuide, r.audioGuide) && size.equals(r.size)
                && durationSeconds == r.durationSeconds && audio == r.audio && shotType == r.shotType
                && Objects.equals(promptExtend, r.promptExtend) && watermark == r.watermark
                && Objects.equals(seed, r.seed) && fit == r.fit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tier, prompt, negativePrompt, references, audioGuide, size, durationSeconds, audio,
                shotType, promptExtend, watermark, seed, fit);
    }

    /** A one-line summary that is safe to log: prompt shortened, no URL query strings, no payloads. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("R2vRequest[").append(tier)
                .append(", prompt \"").append(Redaction.shorten(prompt, 60)).append('"');
        if (negativePrompt != null) {
            sb.append(", negative \"").append(Redaction.shorten(negativePrompt, 30)).append('"');
        }
        sb.append(", references ").append(references);
        if (audioGuide != null) {
            sb.append(", audio guide ").append(audioGuide.describe());
        }
        sb.append(", ").append(size).append(", ").append(durationSeconds).append(" s")
                .append(audio ? "" : ", silent").append(", ").append(shotType)
                .append(promptExtend() ? "" : ", no prompt extension").append(watermark ? ", watermark" : "")
                .append(fit == MediaFit.OFF ? "" : ", fit " + fit);
        if (seed != null) {
            sb.append(", seed ").append(seed);
        }
        return sb.append(']').toString();
    }

    /**
     * Builds an {@link R2vRequest}. Passing {@code null} to a setter of an optional field unsets it;
     * building never throws for broken rules (validation reports them all at once).
     */
    public static final class Builder {
        private ModelTier tier = ModelTier.FLASH;
        private String prompt = "";
        private String negativePrompt;
        private final List<Reference> references = new ArrayList<>();
        private MediaSource audioGuide;
        private VideoSize size = VideoSize.DEFAULT;
        private int durationSeconds = DEFAULT_DURATION_SECONDS;
        private boolean audio = true;
        private ShotType shotType = ShotType.SINGLE;
        private Boolean promptExtend;
        private boolean watermark;
        private Long seed;
        private MediaFit fit = MediaFit.OFF;

        private Builder() {
        }

        /** The model tier; {@code null} restores the default, {@link ModelTier#FLASH}. */
        public Builder tier(ModelTier tier) {
            this.tier = tier == null ? ModelTier.FLASH : tier;
            return this;
        }

        /** The prompt, at most 1500 characters; refer to references as character1, character2… */
        public Builder prompt(String prompt) {
            this.prompt = prompt == null ? "" : prompt;
            return this;
        }

        /** What to avoid, at most 500 characters; {@code null} or {@code ""} unsets it. */
        public Builder negativePrompt(String negativePrompt) {
            this.negativePrompt = negativePrompt == null || negativePrompt.isEmpty() ? null : negativePrompt;
            return this;
        }

        /** Appends one reference; the first is character1. */
        public Builder reference(Reference reference) {
            references.add(Objects.requireNonNull(reference, "reference"));
            return this;
        }

        /** Appends an image reference read by {@link MediaSource#parse}: a URL, a data URI or a path. */
        public Builder image(String urlOrPath) {
            return reference(Reference.image(urlOrPath));
        }

        /** Appends an image reference from a local file. */
        public Builder image(Path file) {
            return reference(Reference.image(file));
        }

        /** Appends a video reference read by {@link MediaSource#parse}: a URL, a data URI or a path. */
        public Builder video(String urlOrPath) {
            return reference(Reference.video(urlOrPath));
        }

        /** Appends a video reference from a local file. */
        public Builder video(Path file) {
            return reference(Reference.video(file));
        }

        /** Replaces all references with these, in order. */
        public Builder references(List<Reference> references) {
            this.references.clear();
            references.forEach(this::reference);
            return this;
        }

        /** The audio guide (WAV or MP3, 3 to 30 s); {@code null} unsets it. */
        public Builder audioGuide(MediaSource audioGuide) {
            this.audioGuide = audioGuide;
            return this;
        }

        /** The output size; {@code null} restores the default, 1920*1080. */
        public Builder size(VideoSize size) {
            this.size = size == null ? VideoSize.DEFAULT : size;
            return this;
        }

        /**
         * The output size as text, {@code "1280*720"}.
         *
         * @throws InvalidRequestException if the text is not {@code WIDTH*HEIGHT}
         */
        public Builder size(String size) {
            return size(VideoSize.parse(size));
        }

        /** The duration in whole seconds. */
        public Builder duration(int seconds) {
            this.durationSeconds = seconds;
            return this;
        }

        /** Whether the clip has audio (default on). Silent output needs the FLASH tier. */
        public Builder audio(boolean audio) {
            this.audio = audio;
            return this;
        }

        /** Single or multiple shots; {@code null} restores the default, single. */
        public Builder shotType(ShotType shotType) {
            this.shotType = shotType == null ? ShotType.SINGLE : shotType;
            return this;
        }

        /** Whether the vendor may rewrite the prompt first (default on). */
        public Builder promptExtend(boolean promptExtend) {
            this.promptExtend = promptExtend;
            return this;
        }

        /** Prompt extension on or off, or {@code null} to leave the default (see {@link R2vRequest#promptExtendSet()}). */
        public Builder promptExtend(Boolean promptExtend) {
            this.promptExtend = promptExtend;
            return this;
        }

        /**
         * Whether local media the provider would refuse for its size, bytes or transparency may be
         * converted before sending ({@link MediaFit#IMAGES}, which needs artifact {@value MediaFit#ARTIFACT});
         * {@code null} restores the default, {@link MediaFit#OFF}.
         */
        public Builder fit(MediaFit fit) {
            this.fit = fit == null ? MediaFit.OFF : fit;
            return this;
        }

        /** Whether to add the "AI Generated" watermark (default off). */
        public Builder watermark(boolean watermark) {
            this.watermark = watermark;
            return this;
        }

        /** A fixed seed, 0..2147483647, for more reproducible results. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** A fixed seed, or {@code null} for a random one. */
        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        public R2vRequest build() {
            return new R2vRequest(this);
        }
    }
}
