package dev.wanr2v.cli.batch;

import dev.wanr2v.Violation;
import dev.wanr2v.cli.request.RequestFields;
import java.util.List;

/**
 * One request line of a manifest.
 *
 * @param number   the line's number in the file, from 1
 * @param sha256   the SHA-256 of the line's text, to notice a manifest edited under its journal
 * @param name     the line's {@code name} (names its download), or {@code null}
 * @param fields   the request's fields, or {@code null} when the line could not be read
 * @param problems what is wrong with the line's JSON (empty when {@code fields} is present and sound)
 */
public record ManifestLine(int number, String sha256, String name, RequestFields fields, List<Violation> problems) {
    /** Copies the problems. */
    public ManifestLine {
        problems = List.copyOf(problems);
    }

    /** This line with fitting on unless it says {@code "fit"} itself (batch {@code --fit}). */
    public ManifestLine fitUnlessSet() {
        return fields == null ? this : new ManifestLine(number, sha256, name, fields.fitUnlessSet(), problems);
    }

    /** The file name of this line's download: its name, else {@code line-0007}. */
    public String fileStem() {
        return name != null ? name : String.format("line-%04d", number);
    }
}
