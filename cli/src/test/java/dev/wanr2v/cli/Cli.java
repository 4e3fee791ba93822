package dev.wanr2v.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process with captured stdout and stderr. */
final class Cli {
    private Cli() {
    }

    /**
     * What one run printed and returned.
     *
     * @param exit the exit code
     * @param out  stdout
     * @param err  stderr
     */
    record Run(int exit, String out, String err) {
        /** stdout as the one JSON document of {@code --json}. */
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }

        /** stdout's lines. */
        List<String> outLines() {
            return out.lines().toList();
        }

        /** Both streams, for assertions that nothing leaked anywhere. */
        String all() {
            return out + "\n" + err;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs {@link Main#commandLine()}, the configuration {@code main} uses. */
    static Run run(String... args) {
        return run(Main.commandLine(), args);
    }

    /** Runs a given command line. */
    static Run run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
