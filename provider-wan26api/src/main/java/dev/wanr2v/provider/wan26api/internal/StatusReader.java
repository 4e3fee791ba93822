package dev.wanr2v.provider.wan26api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.Submission;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the gateway's task object, {@code {"id","created_at","status","progress","error","output",
 * "usage","metadata"}}, as the create and status calls return it.
 */
final class StatusReader {
    private static final String[] ID_FIELDS = {"id", "task_id", "taskId"};

    private StatusReader() {
    }

    /** The new task's id and, when the answer carries a status, its first snapshot. */
    static Submission readCreate(HttpReply reply) {
        JsonNode task = task(Operation.CREATE, reply);
        String id = Json.text(task, ID_FIELDS);
        if (id == null || id.isBlank()) {
            if (VendorError.in(task) != null) {
                throw ErrorReader.inSuccessfulAnswer(Operation.CREATE, reply, task);
            }
            throw new IllegalStateException("the gateway answered the create call with HTTP " + reply.status()
                    + " but no task id (no 'id' field)");
        }
        String requestId = requestId(reply, task);
        Submission submission = Submission.of(id.strip());
        if (requestId != null) {
            submission = submission.withRequestId(requestId);
        }
        return Json.text(task, "status") == null ? submission
                : submission.withSnapshot(snapshot(task, requestId));
    }

    /** The task's state; an answer with an error and no status is thrown as a vendor error. */
    static TaskSnapshot readStatus(HttpReply reply) {
        JsonNode task = task(Operation.STATUS, reply);
        if (Json.text(task, "status") == null && VendorError.in(task) != null) {
            throw ErrorReader.inSuccessfulAnswer(Operation.STATUS, reply, task);
        }
        return snapshot(task, requestId(reply, task));
    }

    /** pending, queued: QUEUED; in_progress, processing: RUNNING; completed; failed; else UNRECOGNIZED. */
    static TaskStatus status(String raw) {
        if (raw == null) {
            return TaskStatus.UNRECOGNIZED;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "pending", "queued" -> TaskStatus.QUEUED;
            case "in_progress", "processing" -> TaskStatus.RUNNING;
            case "completed" -> TaskStatus.SUCCEEDED;
            case "failed" -> TaskStatus.FAILED;
            default -> TaskStatus.UNRECOGNIZED;
        };
    }

    static TaskSnapshot snapshot(JsonNode task, String requestId) {
        String raw = Json.text(task, "status");
        TaskStatus status = status(raw);
        TaskSnapshot.Builder b = TaskSnapshot.builder(status).rawStatus(raw == null ? "" : raw)
                .requestId(requestId).progress(progress(task.get("progress")))
                .submittedAt(instant(task.get("created_at")))
                .startedAt(instant(task.get("started_at")))
                .finishedAt(instant(task.has("completed_at") ? task.get("completed_at") : task.get("finished_at")));
        OutputReader.Video video = OutputReader.video(task.get("output"));
        if (video != null) {
            b.videoUrl(video.url()).attribute("jobId", video.jobId()).attribute("output.jobId", video.outputJobId());
        }
        b.usage(OutputReader.usage(Json.object(task, "usage"), video == null ? null : video.seconds()));
        if (status == TaskStatus.FAILED || status != TaskStatus.SUCCEEDED && Json.present(task, "error")) {
            b.failure(ErrorReader.taskFailure(task.get("error")));
        }
        b.attribute("model", Json.text(task, "model"));
        JsonNode metadata = Json.object(task, "metadata");
        if (metadata != null) {
            for (Map.Entry<String, JsonNode> e : metadata.properties()) {
                b.attribute("metadata." + e.getKey(), Json.scalar(e.getValue()));
            }
        }
        return b.build();
    }

    /** Progress 0.0..1.0 as documented; a value above 1, or one written with {@code %}, is percent. */
    static Double progress(JsonNode n) {
        String text = n != null && n.isValueNode() && !n.isBoolean() ? Json.scalar(n) : null;
        if (text == null) {
            return null;
        }
        String t = text.strip();
        boolean percent = t.endsWith("%");
        BigDecimal d = Json.decimal(percent ? t.substring(0, t.length() - 1) : t);
        if (d == null) {
            return null;
        }
        double v = d.doubleValue();
        return percent || v > 1.0 ? v / 100.0 : v;
    }

    /** Epoch seconds (or milliseconds, if that large), as a number or digits, or ISO-8601 text. */
    static Instant instant(JsonNode n) {
        String text = Json.scalar(n);
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.chars().allMatch(Character::isDigit) && t.length() <= 15) {
                long v = Long.parseLong(t);
                return v >= 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            }
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode task(Operation operation, HttpReply reply) {
        JsonNode root = Json.parse(reply);
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("the gateway answered the " + operation.name().toLowerCase(Locale.ROOT)
                    + " call with HTTP " + reply.status() + " but no JSON object (" + reply + ")");
        }
        JsonNode data = Json.object(root, "data");
        return data != null && !isTask(root) && isTask(data) ? data : root;
    }

    private static boolean isTask(JsonNode node) {
        return Json.text(node, ID_FIELDS) != null || Json.text(node, "status") != null;
    }

    private static String requestId(HttpReply reply, JsonNode task) {
        return reply.header("X-Request-Id").orElseGet(() -> Json.text(task, "request_id", "requestId"));
    }
}
