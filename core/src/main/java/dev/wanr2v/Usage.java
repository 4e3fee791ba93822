package dev.wanr2v;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a task consumed, as the vendor reported it. Every figure is optional (vendors report
 * different ones); {@link #raw()} keeps every value the vendor sent, as text, under its own name.
 * Money is an exact {@link BigDecimal}.
 */
public final class Usage {
    private static final Usage EMPTY = builder().build();

    private final BigDecimal outputSeconds;
    private final BigDecimal inputVideoSeconds;
    private final Integer videoCount;
    private final Integer resolution;
    private final String ratio;
    private final BigDecimal cost;
    private final String currency;
    private final BigDecimal discount;
    private final Map<String, String> raw;

    private Usage(Builder b) {
        this.outputSeconds = b.outputSeconds;
        this.inputVideoSeconds = b.inputVideoSeconds;
        this.videoCount = b.videoCount;
        this.resolution = b.resolution;
        this.ratio = b.ratio;
        this.cost = b.cost;
        this.currency = b.currency;
        this.discount = b.discount;
        this.raw = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.raw));
    }

    /** Nothing reported. */
    public static Usage empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Seconds of video generated (billed). */
    public Optional<BigDecimal> outputSeconds() {
        return Optional.ofNullable(outputSeconds);
    }

    /** Seconds of reference video read (billed by some vendors). */
    public Optional<BigDecimal> inputVideoSeconds() {
        return Optional.ofNullable(inputVideoSeconds);
    }

    /** Number of videos generated. */
    public OptionalInt videoCount() {
        return videoCount == null ? OptionalInt.empty() : OptionalInt.of(videoCount);
    }

    /** The vertical resolution billed (DashScope's {@code SR}, e.g. 720 or 1080). */
    public OptionalInt resolution() {
        return resolution == null ? OptionalInt.empty() : OptionalInt.of(resolution);
    }

    /** The aspect ratio billed, e.g. {@code "16:9"}. */
    public Optional<String> ratio() {
        return Optional.ofNullable(ratio);
    }

    /** What the task cost, in {@link #currency()}. */
    public Optional<BigDecimal> cost() {
        return Optional.ofNullable(cost);
    }

    /** The currency of {@link #cost()}, e.g. {@code USD}. */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    /** The discount the vendor applied, as it reported it. */
    public Optional<BigDecimal> discount() {
        return Optional.ofNullable(discount);
    }

    /** Every usage value the vendor sent, by its own field name, as text. */
    public Map<String, String> raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Usage u && java.util.Objects.equals(raw, u.raw)
                && java.util.Objects.equals(outputSeconds, u.outputSeconds)
                && java.util.Objects.equals(inputVideoSeconds, u.inputVideoSeconds)
                && java.util.Objects.equals(videoCount, u.videoCount)
                && java.util.Objects.equals(resolution, u.resolution)
                && java.util.Objects.equals(ratio, u.ratio) && java.util.Objects.equals(cost, u.cost)
                && java.util.Objects.equals(currency, u.currency)
                && java.util.Objects.equals(discount, u.discount);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(outputSeconds, inputVideoSeconds, videoCount, resolution, ratio, cost,
                currency, discount, raw);
    }

    @Override
    public String toString() {
        return "Usage" + raw;
    }

    /** Builds {@link Usage}. */
    public static final class Builder {
        private BigDecimal outputSeconds;
        private BigDecimal inputVideoSeconds;
        private Integer videoCount;
        private Integer resolution;
        private String ratio;
        private BigDecimal cost;
        private String currency;
        private BigDecimal discount;
        private final Map<String, String> raw = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder outputSeconds(BigDecimal v) {
            this.outputSeconds = v;
            return this;
        }

        public Builder inputVideoSeconds(BigDecimal v) {
            this.inputVideoSeconds = v;
            return this;
        }

        public Builder videoCount(Integer v) {
            this.videoCount = v;
            return this;
        }

        public Builder resolution(Integer v) {
            this.resolution = v;
            return this;
        }

        public Builder ratio(String v) {
            this.ratio = v;
            return this;
        }

        public Builder cost(BigDecimal v) {
            this.cost = v;
            return this;
        }

        public Builder currency(String v) {
            this.currency = v;
            return this;
        }

        public Builder discount(BigDecimal v) {
            this.discount = v;
            return this;
        }

        /** Keeps one raw value as the vendor sent it; {@code null} values are skipped. */
        public Builder raw(String name, Object value) {
            if (name != null && value != null) {
                raw.put(name, String.valueOf(value));
            }
            return this;
        }

        public Usage build() {
            return new Usage(this);
        }
    }
}
