package dev.wanr2v.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.cli.Json;
import dev.wanr2v.testkit.emulator.Emulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import picocli.CommandLine;

/** A manifest in a directory, run in-process against an emulator. */
final class BatchFixture {
    final Path dir;
    final Path manifest;
    final Emulator emulator;

    BatchFixture(Path dir, Emulator emulator, String... lines) {
        this.dir = dir;
        this.emulator = emulator;
        this.manifest = dir.resolve("jobs.jsonl");
        write(lines);
    }

    void write(String... lines) {
        try {
            Files.write(manifest, List.of(lines), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path journal() {
        return dir.resolve("jobs.journal.jsonl");
    }

    Path results() {
        return dir.resolve("jobs.results.jsonl");
    }

    /** The batch's exit code, stdout and stderr. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    Run run(String... extra) {
        List<String> args = new ArrayList<>(List.of("batch", manifest.toString(), "--provider", emulator.providerId(),
                "--option", "baseUrl=" + emulator.baseUrl(), "--option", "apiKey=sk-test", "--poll-interval", "100ms"));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = dev.wanr2v.cli.Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    List<JsonNode> resultLines() {
        return jsonLines(results());
    }

    List<JsonNode> journalRecords() {
        return jsonLines(journal());
    }

    static List<JsonNode> jsonLines(Path file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    out.add(Json.MAPPER.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of a manifest line's text, computed here independently of the code under test. */
    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
