package dev.wanr2v.cli;

import picocli.CommandLine.Option;

/** {@code --json} and {@code --verbose}, on every command. */
public final class OutputOptions {
    @Option(order = 90, names = "--json", description = "Machine output: one JSON document on stdout (messages stay on stderr).")
    boolean json;

    @Option(order = 91, names = {"-v", "--verbose"}, description = "Show HTTP exchanges (secrets masked) and stack traces of errors.")
    boolean verbose;
}
