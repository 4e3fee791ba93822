package dev.wanr2v.cli.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.cli.Json;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one manifest line, as written to the results file.
 *
 * @param line     the manifest line number
 * @param name     the line's name, or {@code null}
 * @param status   where it stands
 * @param token    the task's token, once submitted
 * @param videoUrl the result URL (signed: keep it private), once succeeded
 * @param file     the downloaded file, if any
 * @param sentAt   for an unknown outcome: when the create was sent
 * @param error    the typed error ({@code category}, {@code exitCode}, {@code message}...), if any
 */
public record LineResult(int line, String name, Status status, String token, String videoUrl, String file,
        Instant sentAt, ObjectNode error) {

    /** Where a line stands at the end of a run. */
    public enum Status {
        /** The task succeeded (and was downloaded, when asked). */
        SUCCEEDED,
        /** Not sent (invalid), rejected by the vendor, or the task failed, was canceled or expired. */
        FAILED,
        /** The create was sent but never answered: it may exist and be billed. Never resent automatically. */
        UNKNOWN,
        /** Submitted, not finished yet (the wait timed out or was interrupted): a re-run resumes it. */
        PENDING;

        /** Lower case, as in the results file. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The line as one JSON object. */
    public ObjectNode toJson() {
        ObjectNode n = Json.object().put("line", line);
        if (name != null) {
            n.put("name", name);
        }
        n.put("status", status.label());
        if (token != null) {
            n.put("token", token);
        }
        if (videoUrl != null) {
            n.put("videoUrl", videoUrl);
        }
        if (file != null) {
            n.put("file", file);
        }
        if (sentAt != null) {
            n.put("sentAt", sentAt.toString());
        }
        if (error != null) {
            n.set("error", error);
        }
        return n;
    }

    /** One line for people: {@code line 4 (fox): failed: TASK_FAILED: ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder("line ").append(line);
        if (name != null) {
            sb.append(" (").append(name).append(')');
        }
        sb.append(": ").append(status.label());
        if (status == Status.UNKNOWN) {
            sb.append(": the create was sent").append(sentAt != null ? " at " + sentAt : "")
                    .append(" and never answered; the task may exist and be billed. Look it up at the vendor;"
                            + " send it again only with --resubmit-unknown");
        } else if (error != null) {
            List<String> message = error.path("message").asText().lines().toList();
            sb.append(": ").append(error.path("category").asText()).append(": ")
                    .append(message.isEmpty() ? "" : message.get(0));
            message.stream().skip(1).forEach(l -> sb.append("\n  ").append(l));
        }
        return sb.toString();
    }
}
