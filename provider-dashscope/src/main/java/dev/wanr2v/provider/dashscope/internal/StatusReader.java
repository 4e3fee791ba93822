package dev.wanr2v.provider.dashscope.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.VendorErrorException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Reads DashScope's task answers, to create and status calls, into {@link Submission}s and
 * {@link TaskSnapshot}s: from the answer's {@code output}, {@code task_status}, {@code video_url}, {@code submit_time}, {@code scheduled_time}, {@code end_time},
 * {@code orig_prompt}, {@code actual_prompt}, and {@code code}/{@code message} of a failed task, plus the
 * answer's {@code usage} and {@code request_id}. Unknown fields are ignored and every field but the
 * status is optional; values of the wrong type read as absent.
 */
public final class StatusReader {
    /** The raw status recorded when an answer has no {@code task_status}. */
    public static final String MISSING_STATUS = "(missing)";
    /** How long DashScope keeps a result video after the task ended. */
    public static final Duration RESULT_LIFETIME = Duration.ofHours(24);

    private StatusReader() {
    }

    /**
     * The neutral status of a DashScope status string. PENDING and SUSPENDED are queued; UNKNOWN means
     * the task id is unknown or expired (terminal); any other string is {@link TaskStatus#UNRECOGNIZED}.
     */
    public static TaskStatus map(String raw) {
        if (raw == null) {
            return TaskStatus.UNRECOGNIZED;
        }
        return switch (raw.strip().toUpperCase(Locale.ROOT)) {
            case "PENDING", "SUSPENDED" -> TaskStatus.QUEUED;
            case "RUNNING" -> TaskStatus.RUNNING;
            case "SUCCEEDED" -> TaskStatus.SUCCEEDED;
            case "FAILED" -> TaskStatus.FAILED;
            case "CANCELED" -> TaskStatus.CANCELED;
            case "UNKNOWN" -> TaskStatus.EXPIRED;
            default -> TaskStatus.UNRECOGNIZED;
        };
    }

    /**
     * The task a create answer names, with its first snapshot when the answer carries a status.
     *
     * @throws VendorErrorException  if the answer is DashScope's error shape
     * @throws IllegalStateException if it is not JSON or names no task
     */
    public static Submission readCreate(HttpReply reply) {
        JsonNode body = successBody(Operation.CREATE, reply, "create");
        String taskId = Json.id(Json.object(body, "output"), "task_id");
        if (taskId == null || taskId.isBlank()) {
            throw new IllegalStateException("DashScope's create answer gave no output.task_id, so the task cannot be"
                    + " followed; look for it in the Model Studio console before submitting again");
        }
        Submission submission = Submission.of(taskId).withRequestId(Json.text(body, "request_id"));
        return Json.text(Json.object(body, "output"), "task_status") == null ? submission
                : submission.withSnapshot(read(body));
    }

    /**
     * The snapshot a status answer describes.
     *
     * @throws VendorErrorException  if the answer is DashScope's error shape
     * @throws IllegalStateException if it is not JSON or has no output
     */
    public static TaskSnapshot readStatus(String taskId, HttpReply reply) {
        JsonNode body = successBody(Operation.STATUS, reply, "status");
        if (Json.object(body, "output").isMissingNode()) {
            throw new IllegalStateException("DashScope's status answer for task " + taskId
                    + " has no output object, so the task's state is unknown.");
        }
        return read(body);
    }

    private static JsonNode successBody(Operation operation, HttpReply reply, String call) {
        JsonNode body = Json.body(reply).orElseThrow(() -> new IllegalStateException("DashScope's " + call
                + " answer is not a JSON object"));
        ErrorReader.inSuccess(operation, reply, body).ifPresent(error -> {
            throw new VendorErrorException(error);
        });
        return body;
    }

    /** The snapshot a whole answer body ({@code {"request_id","output":{..},"usage":{..}}}) describes. */
    public static TaskSnapshot read(JsonNode body) {
        JsonNode output = Json.object(body, "output");
        String raw = Json.text(output, "task_status");
        TaskStatus status = map(raw);
        String videoUrl = Json.text(output, "video_url");
        String endTime = Json.text(output, "end_time");
        Instant end = DashScopeTime.parse(endTime);
        TaskSnapshot.Builder b = TaskSnapshot.builder(status)
                .rawStatus(raw == null ? MISSING_STATUS : raw)
                .videoUrl(videoUrl)
                .submittedAt(DashScopeTime.parse(Json.text(output, "submit_time")))
                .startedAt(DashScopeTime.parse(Json.text(output, "scheduled_time")))
                .finishedAt(end)
                .videoExpiresAt(videoUrl != null && end != null ? end.plus(RESULT_LIFETIME) : null)
                .originalPrompt(Json.text(output, "orig_prompt"))
                .actualPrompt(Json.text(output, "actual_prompt"))
                .requestId(Json.text(body, "request_id"))
                .usage(UsageReader.read(Json.object(body, "usage")));
        for (String time : List.of("submit_time", "scheduled_time", "end_time")) {
            b.attribute(time, Json.text(output, time));
        }
        String code = Json.nonBlank(output, "code");
        String message = Json.nonBlank(output, "message");
        if (status == TaskStatus.FAILED || code != null || message != null) {
            b.failure(new TaskFailure(ErrorCodes.taskFailureCategory(code), code, message, List.of()));
        }
        return b.build();
    }
}
