package dev.wanr2v.cli.progress;

/** How waiting is shown on stderr. */
public enum ProgressMode {
    /** A bar on a terminal ({@code System.console() != null}), plain lines otherwise. */
    AUTO,
    /** A bar redrawn in place: status, percent, elapsed time, task id. */
    BAR,
    /** One line per change of status or progress; for logs and pipes. */
    PLAIN,
    /** Nothing. */
    NONE;

    /** {@link #AUTO} decided: {@link #BAR} on a terminal, else {@link #PLAIN}. */
    public ProgressMode resolve() {
        if (this != AUTO) {
            return this;
        }
        return System.console() != null ? BAR : PLAIN;
    }
}
