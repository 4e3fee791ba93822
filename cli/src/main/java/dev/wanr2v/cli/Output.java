package dev.wanr2v.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/**
 * Where a command writes: results on stdout (text, or one JSON document with {@code --json}); messages,
 * progress and errors on stderr, so that {@code $(wan-r2v submit ...)} captures only the token.
 * Thread-safe: progress arrives on engine threads.
 */
public final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean verbose;
    private final CliWords words = CliWords.commandLine();

    /**
     * @param out     stdout
     * @param err     stderr
     * @param json    whether results are JSON
     * @param verbose whether to show details such as stack traces
     */
    public Output(PrintWriter out, PrintWriter err, boolean json, boolean verbose) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.verbose = verbose;
    }

    /** Whether results are printed as JSON. */
    public boolean json() {
        return json;
    }

    /** The words the library's messages are printed in: the command line's. */
    public CliWords words() {
        return words;
    }

    /** Whether {@code --verbose} is on. */
    public boolean verbose() {
        return verbose;
    }

    /** A result line on stdout, in text mode only. */
    public synchronized void result(String line) {
        if (!json) {
            out.println(line);
            out.flush();
        }
    }

    /** The JSON result on stdout, in JSON mode only. */
    public synchronized void resultJson(JsonNode node) {
        if (json) {
            out.println(Json.write(node));
            out.flush();
        }
    }

    /** A message line on stderr. */
    public synchronized void message(String line) {
        err.println(line);
        err.flush();
    }

    /** A message line on stderr, only with {@code --verbose}. */
    public void detail(String line) {
        if (verbose) {
            message(line);
        }
    }

    /** Raw text on stderr without a line break (progress redrawn in place). */
    public synchronized void messageInPlace(String text) {
        err.print(text);
        err.flush();
    }
}
