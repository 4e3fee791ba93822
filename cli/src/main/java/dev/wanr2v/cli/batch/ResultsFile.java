package dev.wanr2v.cli.batch;

import dev.wanr2v.cli.CliException;
import dev.wanr2v.cli.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a batch's results, one JSON object per manifest request line, replacing the file atomically. */
final class ResultsFile {
    private ResultsFile() {
    }

    static void write(Path file, List<LineResult> results) {
        StringBuilder sb = new StringBuilder();
        results.forEach(r -> sb.append(Json.write(r.toJson())).append('\n'));
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, sb, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw CliException.files("the results " + file + " cannot be written: " + e.getMessage()
                    + " (the journal holds every outcome; run again with another --out)");
        }
    }
}
