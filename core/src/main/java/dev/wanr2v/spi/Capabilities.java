package dev.wanr2v.spi;

import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.VideoSize;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a provider (under one configuration) can do, as data. Core turns capabilities into validation
 * rules, so a request the provider cannot carry is rejected before anything is sent, with a message
 * naming the provider. Immutable.
 *
 * <p>Longer than this project's files usually are, on purpose: seventeen declared facts, each an accessor,
 * a builder setter, a line of {@code equals} and of {@code toBuilder}, all documented, that a provider author
 * reads in one place. The media and account limits already live in records of their own
 * ({@link MediaLimits}, {@link AccountLimits}); splitting the builder out would rename
 * {@code Capabilities.Builder}, which every provider uses.
 */
public final class Capabilities {
    private final Set<ModelTier> tiers;
    private final Set<VideoSize> sizes;
    private final SortedSet<Integer> durations;
    private final int maxReferences;
    private final int maxImages;
    private final int maxVideos;
    private final Set<MediaKind> referenceKinds;
    private final ReferenceOrder referenceOrder;
    private final Set<MediaKind> dataUriKinds;
    private final LocalMediaRoute localMedia;
    private final Set<Feature> features;
    private final Duration pollInterval;
    private final Duration resultLifetime;
    private final String qualifier;
    private final MediaLimits mediaLimits;
    private final boolean multiShotNeedsPromptExtend;
    private final AccountLimits accountLimits;

    private Capabilities(Builder b) {
        this.tiers = Collections.unmodifiableSet(EnumSet.copyOf(nonEmpty(b.tiers, "tiers")));
        this.sizes = Collections.unmodifiableSet(new LinkedHashSet<>(nonEmpty(b.sizes, "sizes")));
        this.durations = Collections.unmodifiableSortedSet(new TreeSet<>(nonEmpty(b.durations, "durations")));
        if (durations.first() < 1) {
            throw new IllegalArgumentException("durations must be positive: " + durations);
        }
        if (b.maxReferences < 1 || b.maxImages < 0 || b.maxVideos < 0) {
            throw new IllegalArgumentException("reference limits must be positive");
        }
        this.maxReferences = b.maxReferences;
        this.maxImages = b.maxImages;
        this.maxVideos = b.maxVideos;
        this.referenceKinds = Collections.unmodifiableSet(EnumSet.copyOf(nonEmpty(b.referenceKinds, "referenceKinds")));
        if (referenceKinds.contains(MediaKind.AUDIO)) {
            throw new IllegalArgumentException("audio is not a reference kind; declare Feature.AUDIO_GUIDE");
        }
        this.referenceOrder = Objects.requireNonNull(b.referenceOrder, "referenceOrder");
        this.dataUriKinds = b.dataUriKinds.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(MediaKind.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(b.dataUriKinds));
        this.localMedia = Objects.requireNonNull(b.localMedia, "localMedia");
        if (localMedia == LocalMediaRoute.DATA_URI && dataUriKinds.isEmpty()) {
            throw new IllegalArgumentException("LocalMediaRoute.DATA_URI streams local media as data URIs: declare"
                    + " the kinds the wire takes as data URIs (dataUris(true) or dataUriKinds(..))");
        }
        this.features = b.features.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Feature.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(b.features));
        this.pollInterval = Objects.requireNonNull(b.pollInterval, "pollInterval");
        this.resultLifetime = b.resultLifetime;
        this.qualifier = b.qualifier;
        this.mediaLimits = Objects.requireNonNull(b.mediaLimits, "mediaLimits");
        this.multiShotNeedsPromptExtend = b.multiShotNeedsPromptExtend;
        this.accountLimits = Objects.requireNonNull(b.accountLimits, "accountLimits");
    }

    /**
     * A builder preset with what every Wan 2.6 R2V vendor serves: both tiers, the ten sizes, durations
     * 2..10 s, 1..5 references (at most 5 images, 3 videos) in any order, URLs only, every optional
     * field, polling every 15 s, Alibaba's media limits ({@link MediaLimits#alibaba()}), multi-shot output
     * independent of prompt extension, {@link AccountLimits#UNDOCUMENTED}. Providers narrow or widen it.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these capabilities, to derive a variant (a region, say). */
    public Builder toBuilder() {
        return new Builder().tiers(tiers).sizes(sizes).durations(durations).maxReferences(maxReferences)
                .maxImages(maxImages).maxVideos(maxVideos).referenceKinds(referenceKinds)
                .referenceOrder(referenceOrder).dataUriKinds(dataUriKinds).localMedia(localMedia).features(features)
                .pollInterval(pollInterval).resultLifetime(resultLifetime).qualifier(qualifier)
                .mediaLimits(mediaLimits).multiShotNeedsPromptExtend(multiShotNeedsPromptExtend)
                .accountLimits(accountLimits);
    }

    /** The model tiers offered. */
    public Set<ModelTier> tiers() {
        return tiers;
    }

    /** The output sizes offered. */
    public Set<VideoSize> sizes() {
        return sizes;
    }

    /** The durations offered, in whole seconds, ascending. */
    public SortedSet<Integer> durations() {
        return durations;
    }

    /** {@code "2..10"} for a contiguous range, else {@code "5, 10"}. */
    public String durationsText() {
        int min = durations.first();
        int max = durations.last();
        if (durations.size() > 2 && durations.size() == max - min + 1) {
            return min + ".." + max;
        }
        return durations.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** At most this many references (never more than 5). */
    public int maxReferences() {
        return maxReferences;
    }

    /** At most this many image references. */
    public int maxImages() {
        return maxImages;
    }

    /** At most this many video references. */
    public int maxVideos() {
        return maxVideos;
    }

    /** The reference kinds accepted (images, videos, or both). */
    public Set<MediaKind> referenceKinds() {
        return referenceKinds;
    }

    /** The reference orders the wire can express. */
    public ReferenceOrder referenceOrder() {
        return referenceOrder;
    }

    /** Whether {@code data:} URIs given by the user are sent as they are (for at least one kind). */
    public boolean dataUris() {
        return !dataUriKinds.isEmpty();
    }

    /** The kinds of media the wire takes as {@code data:} URIs (a URL-only audio field, say, excludes audio). */
    public Set<MediaKind> dataUriKinds() {
        return dataUriKinds;
    }

    /** Whether the wire takes media of this kind as a {@code data:} URI. */
    public boolean acceptsDataUri(MediaKind kind) {
        return dataUriKinds.contains(kind);
    }

    /**
     * How local files and bytes reach the vendor. With {@link LocalMediaRoute#DATA_URI} they are streamed
     * as data URIs, so only for the kinds in {@link #dataUriKinds()}.
     */
    public LocalMediaRoute localMedia() {
        return localMedia;
    }

    /** The optional fields and operations supported. */
    public Set<Feature> features() {
        return features;
    }

    /** Whether one optional field or operation is supported. */
    public boolean supports(Feature feature) {
        return features.contains(feature);
    }

    /** The vendor's advised polling interval; the engine grows towards it. */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** How long result URLs (and task ids) stay valid, when the vendor documents it. */
    public Optional<Duration> resultLifetime() {
        return Optional.ofNullable(resultLifetime);
    }

    /** Words naming the configuration these capabilities are for, e.g. {@code "region us"}; may be empty. */
    public String qualifier() {
        return qualifier;
    }

    /**
     * What the vendor accepts as media content (image sides, bytes, transparency; video and audio
     * durations and bytes). Local media, bytes and data URIs are checked against it before sending.
     */
    public MediaLimits mediaLimits() {
        return mediaLimits;
    }

    /**
     * Whether the vendor documents that multi-shot output takes effect only with prompt extension on
     * (seed 004's {@code wan26_r2v} API does; Alibaba's DashScope table does not). When it does, rule
     * {@code R2V-SHOT-TYPE} refuses {@code MULTI} with prompt extension off rather than paying for a
     * shot type that is silently ignored.
     */
    public boolean multiShotNeedsPromptExtend() {
        return multiShotNeedsPromptExtend;
    }

    /**
     * What the vendor allows one account (calls per second, running tasks); the engine keeps within it.
     * {@link AccountLimits#UNDOCUMENTED} unless the provider declares the vendor's figures.
     */
    public AccountLimits accountLimits() {
        return accountLimits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capabilities c && tiers.equals(c.tiers) && sizes.equals(c.sizes)
                && durations.equals(c.durations) && maxReferences == c.maxReferences && maxImages == c.maxImages
                && maxVideos == c.maxVideos && referenceKinds.equals(c.referenceKinds)
                && referenceOrder == c.referenceOrder && dataUriKinds.equals(c.dataUriKinds) && localMedia == c.localMedia
                && features.equals(c.features) && pollInterval.equals(c.pollInterval)
                && Objects.equals(resultLifetime, c.resultLifetime) && qualifier.equals(c.qualifier)
                && mediaLimits.equals(c.mediaLimits) && multiShotNeedsPromptExtend == c.multiShotNeedsPromptExtend
                && accountLimits.equals(c.accountLimits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tiers, sizes, durations, maxReferences, referenceKinds, features, qualifier, mediaLimits);
    }

    @Override
    public String toString() {
        return "Capabilities[tiers " + tiers + ", durations " + durationsText() + " s, references " + maxReferences
                + " (images " + maxImages + ", videos " + maxVideos + ", kinds " + referenceKinds + ", order "
                + referenceOrder + "), data URIs " + dataUriKinds + ", local media " + localMedia + ", features "
                + features + ", images " + mediaLimits.image() + ", videos " + mediaLimits.video() + ", audio "
                + mediaLimits.audio() + (multiShotNeedsPromptExtend ? ", multi-shot needs prompt extension" : "")
                + (qualifier.isEmpty() ? "" : ", " + qualifier) + "]";
    }

    private static <T> Collection<T> nonEmpty(Collection<T> values, String name) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return values;
    }

    /** Builds {@link Capabilities}; starts from what every Wan 2.6 R2V vendor serves. */
    public static final class Builder {
        private Set<ModelTier> tiers = EnumSet.allOf(ModelTier.class);
        private Set<VideoSize> sizes = new LinkedHashSet<>(VideoSize.standardSizes());
        private Set<Integer> durations = range(2, 10);
        private int maxReferences = 5;
        private int maxImages = 5;
        private int maxVideos = 3;
        private Set<MediaKind> referenceKinds = EnumSet.of(MediaKind.IMAGE, MediaKind.VIDEO);
        private ReferenceOrder referenceOrder = ReferenceOrder.ANY;
        private Set<MediaKind> dataUriKinds = EnumSet.noneOf(MediaKind.class);
        private LocalMediaRoute localMedia = LocalMediaRoute.NONE;
        private Set<Feature> features = EnumSet.of(Feature.NEGATIVE_PROMPT, Feature.AUDIO_GUIDE, Feature.SEED,
                Feature.WATERMARK, Feature.SHOT_TYPE, Feature.PROMPT_EXTEND, Feature.SILENT_OUTPUT);
        private Duration pollInterval = Duration.ofSeconds(15);
        private Duration resultLifetime;
        private String qualifier = "";
        private MediaLimits mediaLimits = MediaLimits.alibaba();
        private boolean multiShotNeedsPromptExtend;
        private AccountLimits accountLimits = AccountLimits.UNDOCUMENTED;

        private Builder() {
        }

        public Builder tiers(Collection<ModelTier> tiers) {
            this.tiers = EnumSet.copyOf(nonEmpty(tiers, "tiers"));
            return this;
        }

        public Builder tiers(ModelTier first, ModelTier... more) {
            this.tiers = EnumSet.of(first, more);
            return this;
        }

        public Builder sizes(Collection<VideoSize> sizes) {
            this.sizes = new LinkedHashSet<>(sizes);
            return this;
        }

        /** Durations as a set, e.g. {@code Set.of(5, 10)}. */
        public Builder durations(Collection<Integer> durations) {
            this.durations = new TreeSet<>(durations);
            return this;
        }

        /** Every whole second from {@code min} to {@code max}. */
        public Builder durationRange(int min, int max) {
            this.durations = range(min, max);
            return this;
        }

        public Builder maxReferences(int max) {
            this.maxReferences = max;
            return this;
        }

        public Builder maxImages(int max) {
            this.maxImages = max;
            return this;
        }

        public Builder maxVideos(int max) {
            this.maxVideos = max;
            return this;
        }

        public Builder referenceKinds(Collection<MediaKind> kinds) {
            this.referenceKinds = EnumSet.copyOf(nonEmpty(kinds, "referenceKinds"));
            return this;
        }

        public Builder referenceOrder(ReferenceOrder order) {
            this.referenceOrder = order;
            return this;
        }

        /** Data URIs for every kind (true) or none (false). */
        public Builder dataUris(boolean accepted) {
            this.dataUriKinds = accepted ? EnumSet.allOf(MediaKind.class) : EnumSet.noneOf(MediaKind.class);
            return this;
        }

        /** Data URIs for these kinds only. */
        public Builder dataUriKinds(Collection<MediaKind> kinds) {
            this.dataUriKinds = kinds.isEmpty() ? EnumSet.noneOf(MediaKind.class) : EnumSet.copyOf(kinds);
            return this;
        }

        public Builder localMedia(LocalMediaRoute route) {
            this.localMedia = route;
            return this;
        }

        public Builder features(Collection<Feature> features) {
            this.features = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
            return this;
        }

        public Builder feature(Feature feature) {
            this.features.add(feature);
            return this;
        }

        public Builder withoutFeature(Feature feature) {
            this.features.remove(feature);
            return this;
        }

        public Builder pollInterval(Duration interval) {
            this.pollInterval = interval;
            return this;
        }

        /** How long results stay downloadable; {@code null} when undocumented. */
        public Builder resultLifetime(Duration lifetime) {
            this.resultLifetime = lifetime;
            return this;
        }

        public Builder qualifier(String qualifier) {
            this.qualifier = qualifier == null ? "" : qualifier;
            return this;
        }

        /** What the vendor accepts as media content; default {@link MediaLimits#alibaba()}. */
        public Builder mediaLimits(MediaLimits limits) {
            this.mediaLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Whether multi-shot output takes effect only with prompt extension on; default {@code false}. */
        public Builder multiShotNeedsPromptExtend(boolean needs) {
            this.multiShotNeedsPromptExtend = needs;
            return this;
        }

        /** What the vendor allows one account; default {@link AccountLimits#UNDOCUMENTED}. */
        public Builder accountLimits(AccountLimits limits) {
            this.accountLimits = limits;
            return this;
        }

        public Capabilities build() {
            return new Capabilities(this);
        }

        private static Set<Integer> range(int min, int max) {
            return IntStream.rangeClosed(min, max).boxed().collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
