package dev.wanr2v.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.Violation;
import dev.wanr2v.cli.CliException;
import dev.wanr2v.cli.Json;
import dev.wanr2v.cli.request.RefText;
import dev.wanr2v.cli.request.RequestFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a batch manifest: one JSON object per line, each a request (README, Batches). Blank lines and
 * lines starting with {@code #} are skipped. Every problem of every line is collected, with rule
 * {@value #RULE}; nothing stops at the first.
 */
public final class Manifest {
    /** The rule id of a manifest line that cannot be read. */
    public static final String RULE = "CLI-MANIFEST";
    /** The fields a line may have. */
    public static final List<String> FIELDS = List.of("name", "prompt", "refs", "audio", "negativePrompt", "size",
            "duration", "seed", "shot", "silent", "promptExtend", "watermark", "tier", "fit");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Manifest() {
    }

    /** The request lines of the file, in order. */
    public static List<ManifestLine> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliException.files("the manifest " + file + " does not exist");
        } catch (IOException e) {
            throw CliException.files("the manifest " + file + " cannot be read: " + e.getMessage());
        }
        List<ManifestLine> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            ManifestLine line = parse(i + 1, text);
            if (line.name() != null && !names.add(line.name())) {
                List<Violation> problems = new ArrayList<>(line.problems());
                problems.add(problem(line.number(), "name", line.name(), "is used by an earlier line; names must be unique"));
                line = new ManifestLine(line.number(), line.sha256(), line.name(), line.fields(), problems);
            }
            out.add(line);
        }
        if (out.isEmpty()) {
            throw CliException.files("the manifest " + file + " holds no request (one JSON object per line)");
        }
        return out;
    }

    /** Reads one line. */
    static ManifestLine parse(int number, String text) {
        String sha = sha256(text);
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return new ManifestLine(number, sha, null, null, List.of(problem(number, "json", text,
                    "is not JSON: " + e.getOriginalMessage())));
        }
        if (node == null || !node.isObject()) {
            return new ManifestLine(number, sha, null, null, List.of(problem(number, "json", text,
                    "must be one JSON object, {\"prompt\": ..., \"refs\": [...]}")));
        }
        LineReader r = new LineReader(number, node);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                r.problems.add(problem(number, f, "", "is not a field; the fields are " + String.join(", ", FIELDS)));
            }
        }
        String name = r.text("name");
        if (name != null && !NAME.matcher(name).matches()) {
            r.problems.add(problem(number, "name", name, "must be letters, digits, '.', '_' or '-' (it names the file)"));
            name = null;
        }
        List<RefText> refs = new ArrayList<>();
        JsonNode refsNode = node.get("refs");
        if (refsNode != null && !refsNode.isNull()) {
            if (refsNode.isArray()) {
                for (int i = 0; i < refsNode.size(); i++) {
                    JsonNode ref = refsNode.get(i);
                    if (ref.isTextual()) {
                        refs.add(RefText.of(ref.asText()));
                    } else {
                        r.problems.add(problem(number, "refs[" + i + "]", ref.toString(), "must be a string: a path or URL"));
                    }
                }
            } else {
                r.problems.add(problem(number, "refs", refsNode.toString(), "must be an array of paths or URLs"));
            }
        }
        RequestFields fields = new RequestFields(r.text("prompt"), refs, r.text("audio"), r.text("negativePrompt"),
                r.text("size"), r.integer("duration"), r.number("seed"), r.text("shot"), r.bool("silent"),
                r.bool("promptExtend"), r.bool("watermark"), r.text("tier"), r.bool("fit"));
        return new ManifestLine(number, sha, name, r.problems.isEmpty() ? fields : null, r.problems);
    }

    static Violation problem(int line, String field, String value, String message) {
        return new Violation(RULE, "line " + line + ": " + field, value, message);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Typed reads of one line's fields, collecting type problems. */
    private static final class LineReader {
        final int number;
        final JsonNode node;
        final List<Violation> problems = new ArrayList<>();

        LineReader(int number, JsonNode node) {
            this.number = number;
            this.node = node;
        }

        String text(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                problems.add(problem(number, field, v.toString(), "must be a string"));
                return null;
            }
            return v.asText();
        }

        Integer integer(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                problems.add(problem(number, field, v.toString(), "must be a whole number"));
                return null;
            }
            return v.intValue();
        }

        Long number(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                problems.add(problem(number, field, v.toString(), "must be a whole number"));
                return null;
            }
            return v.longValue();
        }

        Boolean bool(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                problems.add(problem(number, field, v.toString(), "must be true or false"));
                return null;
            }
            return v.booleanValue();
        }
    }
}
