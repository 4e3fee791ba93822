package dev.wanr2v.provider.wan26api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.support.Readings;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the gateway's task object, {@code {"id","created_at","status","progress","error","output",
 * "usage","metadata"}}, as the create and status calls return it: the answer itself, as seed 004 and the
 * gateway's model pages show it (only the precharge answer wraps its values in {@code data}).
 */
final class StatusReader {
    private static final String[] ID_FIELDS = {"id", "task_id", "taskId"};

    private StatusReader() {
    }

    /** The new task's id and, when the answer carries a status, its first snapshot. */
    static Submission readCreate(HttpReply reply) {
        JsonNode task = task(Operation.CREATE, reply);
        String id = Json.id(task, ID_FIELDS);
        if (id == null || id.isBlank()) {
            if (VendorError.in(task) != null) {
                throw ErrorReader.inSuccessfulAnswer(task);
            }
            throw new IllegalStateException("the gateway answered the create call with HTTP " + reply.status()
                    + " but no task id (no 'id' field)");
        }
        Submission submission = Submission.of(id.strip());
        return Json.text(task, "status") == null ? submission : submission.withSnapshot(snapshot(task));
    }

    /** The task's state; an answer with an error and no status is thrown as a vendor error. */
    static TaskSnapshot readStatus(HttpReply reply) {
        JsonNode task = task(Operation.STATUS, reply);
        if (Json.text(task, "status") == null && VendorError.in(task) != null) {
            throw ErrorReader.inSuccessfulAnswer(task);
        }
        return snapshot(task);
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

    static TaskSnapshot snapshot(JsonNode task) {
        String raw = Json.text(task, "status");
        TaskStatus status = status(raw);
        TaskSnapshot.Builder b = TaskSnapshot.builder(status).rawStatus(raw == null ? "" : raw)
                .progress(Readings.fractionProgress(Json.text(task, "progress")).orElse(null))
                .submittedAt(instant(task, "created_at"));
        OutputReader.Video video = OutputReader.video(task.get("output"));
        if (video != null) {
            b.videoUrl(video.url()).attribute("jobId", video.jobId()).attribute("output.jobId", video.outputJobId());
        }
        JsonNode usage = Json.object(task, "usage");
        b.usage(OutputReader.usage(usage.isMissingNode() ? null : usage, video == null ? null : video.seconds()));
        if (status == TaskStatus.FAILED) {
            b.failure(ErrorReader.taskFailure(task.get("error")));
        }
        b.attribute("model", Json.text(task, "model"));
        for (Map.Entry<String, JsonNode> e : Json.object(task, "metadata").properties()) {
            b.attribute("metadata." + e.getKey(), Json.scalar(e.getValue()));
        }
        return b.build();
    }

    /** Epoch seconds (or milliseconds, if that large), as a number or digits, or ISO-8601 text. */
    private static Instant instant(JsonNode task, String field) {
        return Readings.instant(Json.text(task, field)).orElse(null);
    }

    private static JsonNode task(Operation operation, HttpReply reply) {
        return Json.body(reply).orElseThrow(() -> new IllegalStateException("the gateway answered the "
                + operation.name().toLowerCase(Locale.ROOT) + " call with HTTP " + reply.status()
                + " but no JSON object (" + reply + ")"));
    }
}
