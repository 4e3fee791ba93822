package dev.wanr2v;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Identifies one submitted task: which provider, which task id, at which endpoint, submitted when.
 *
 * <p>A handle turns into a compact, shell-safe token and back ({@link #toToken()}, {@link #parse}),
 * so a task submitted in one process can be awaited in another. Keep the token: it is what lets you
 * collect a paid result after a crash or a timeout. The token carries no secret.
 *
 * @param providerId  the provider's id, e.g. {@code dashscope}
 * @param taskId      the vendor's task id
 * @param endpoint    the base URL the task was submitted to (a client only awaits handles of its own endpoint)
 * @param submittedAt when the task was accepted
 */
public record TaskHandle(String providerId, String taskId, String endpoint, Instant submittedAt) {

    private static final String PREFIX = "wr2v1.";
    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final int MAX_TOKEN_LENGTH = 4096;

    /** Checks every part: an id of lower-case letters and digits, a task id without control characters. */
    public TaskHandle {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (!PROVIDER_ID.matcher(providerId).matches()) {
            throw new IllegalArgumentException("provider id '" + providerId
                    + "' must be lower-case letters, digits, '.', '_' or '-'");
        }
        if (taskId.isBlank() || taskId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("task id must be non-blank without control characters");
        }
        if (endpoint.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("endpoint must not contain control characters");
        }
        submittedAt = Instant.ofEpochMilli(submittedAt.toEpochMilli());
    }

    /**
     * The handle as a token, {@code wr2v1.} followed by URL-safe base64; parse it back with
     * {@link #parse(String)}. A checksum inside detects a token damaged by copy and paste.
     */
    public String toToken() {
        String payload = providerId + "\n" + taskId + "\n" + endpoint + "\n" + submittedAt.toEpochMilli();
        String body = payload + "\n" + crc(payload);
        return PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token made by {@link #toToken()}.
     *
     * @throws InvalidRequestException (rule {@code R2V-TASK-TOKEN}) if the token is malformed or damaged
     */
    public static TaskHandle parse(String token) {
        if (token == null || token.isBlank()) {
            throw bad(token, "the token is empty; pass the token printed when the task was submitted");
        }
        String t = token.strip();
        if (t.length() > MAX_TOKEN_LENGTH) {
            throw bad(t, "the token is " + t.length() + " characters long; real tokens are far shorter");
        }
        if (!t.startsWith(PREFIX)) {
            throw bad(t, "a task token starts with '" + PREFIX + "'; this is not one (a bare vendor task id"
                    + " needs the provider and endpoint too: submit through wan-r2v to get a token)");
        }
        String body;
        try {
            body = new String(Base64.getUrlDecoder().decode(t.substring(PREFIX.length())), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(t, "the token is not valid base64; was it cut or altered when copied?");
        }
        String[] parts = body.split("\n", -1);
        if (parts.length != 5) {
            throw bad(t, "the token is damaged (expected 5 parts, found " + parts.length + "); copy it again");
        }
        String payload = String.join("\n", parts[0], parts[1], parts[2], parts[3]);
        if (!crc(payload).equals(parts[4])) {
            throw bad(t, "the token's checksum does not match; it was cut or altered when copied");
        }
        try {
            return new TaskHandle(parts[0], parts[1], parts[2], Instant.ofEpochMilli(Long.parseLong(parts[3])));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw bad(t, "the token holds an invalid value: " + e.getMessage());
        }
    }

    private static String crc(String payload) {
        CRC32 crc = new CRC32();
        crc.update(payload.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static InvalidRequestException bad(String token, String why) {
        return new InvalidRequestException(Violation.of(Rule.TASK_TOKEN, "token", token, why));
    }

    @Override
    public String toString() {
        return providerId + " task " + taskId;
    }
}
