package dev.wanr2v.testkit.emulator.dashscope;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code multipart/form-data} body read into its fields (a field's bytes; the file name if it has one). */
final class MultipartForm {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    /** One field. */
    record Field(String fileName, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, Field> fields;

    private MultipartForm(Map<String, Field> fields) {
        this.fields = fields;
    }

    /** The form, or empty if the content type or the body is not a well-formed multipart form. */
    static Optional<MultipartForm> parse(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !m.find()) {
            return Optional.empty();
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Field> fields = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                return Optional.of(new MultipartForm(fields));
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, delimiter, start);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                return Optional.empty();
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers);
            Matcher file = FILENAME.matcher(headers);
            if (name.find()) {
                byte[] content = Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, next - 2));
                fields.put(name.group(1), new Field(file.find() ? file.group(1) : null, content));
            }
            at = next;
        }
        return Optional.empty();
    }

    Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    Optional<String> text(String name) {
        return field(name).map(Field::text);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
