package dev.wanr2v.cli;

import java.util.Arrays;

/**
 * Sets up slf4j-simple before the first logger exists: warnings only, on stderr; with
 * {@code --verbose}, the library's HTTP exchanges too (methods, masked URLs, statuses).
 */
final class Logging {
    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    static void configure(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        setDefault("defaultLogLevel", "warn");
        setDefault("logFile", "System.err");
        setDefault("showThreadName", "false");
        setDefault("showShortLogName", "true");
        setDefault("levelInBrackets", "true");
        if (verbose) {
            setDefault("log.dev.wanr2v", "debug");
        }
        // Jetty and WireMock inside the emulators are chatty at INFO; keep them to warnings.
        setDefault("log.org.eclipse.jetty", "warn");
        setDefault("log.wiremock", "warn");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
