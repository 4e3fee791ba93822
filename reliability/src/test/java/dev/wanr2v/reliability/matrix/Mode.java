package dev.wanr2v.reliability.matrix;

/** How often the fault strikes. */
enum Mode {
    /** The first attempt of the call only: a transient fault, which a repeatable call recovers from. */
    ONCE("once"),
    /** Every attempt: the fault persists, and the call ends in its typed exception. */
    ALWAYS("always");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
