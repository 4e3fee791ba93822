package dev.wanr2v.cli.progress;

import dev.wanr2v.cli.Output;

/**
 * One line of stderr redrawn in place: it remembers how much it drew, so that a shorter line blanks the rest
 * and a message can clear it first. Not thread-safe: its owner draws under its own lock.
 */
public final class InPlaceLine {
    private final Output output;
    private int drawn;

    public InPlaceLine(Output output) {
        this.output = output;
    }

    /** Whether something is drawn now. */
    public boolean drawn() {
        return drawn > 0;
    }

    /** Draws {@code line} over what was there. */
    public void draw(String line) {
        String pad = drawn > line.length() ? " ".repeat(drawn - line.length()) : "";
        output.messageInPlace("\r" + line + pad);
        drawn = line.length();
    }

    /** Blanks the line, leaving the cursor at its start (a message can follow). */
    public void clear() {
        if (drawn > 0) {
            output.messageInPlace("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }
    }

    /** Ends the drawn line, so the next output starts on a fresh one. */
    public void end() {
        if (drawn > 0) {
            output.messageInPlace(System.lineSeparator());
            drawn = 0;
        }
    }
}
