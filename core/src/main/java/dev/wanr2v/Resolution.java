package dev.wanr2v;

/** The resolution tier of a {@link VideoSize}; vendors price by tier. */
public enum Resolution {
    /** 720P: 1280*720, 720*1280, 960*960, 1088*832, 832*1088. */
    P720("720P"),
    /** 1080P: 1920*1080, 1080*1920, 1440*1440, 1632*1248, 1248*1632. */
    P1080("1080P");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    /** The vendors' name for the tier, {@code "720P"} or {@code "1080P"}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
