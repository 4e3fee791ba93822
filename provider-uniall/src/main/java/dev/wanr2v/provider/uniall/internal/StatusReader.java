package dev.wanr2v.provider.uniall.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.VendorErrorException;
import dev.wanr2v.spi.support.Readings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads UniAll's task object, the answer to both create and status:
 * {@code {"id","task_id","object","model","status","progress","created_at","video_url","result","error","raw_status"}},
 * and {@code completed_at} (no UniAll page shows it; the testkit's emulator writes it).
 */
final class StatusReader {
    private final ErrorReader errors;

    StatusReader(ErrorReader errors) {
        this.errors = errors;
    }

    Submission readCreate(HttpReply reply) {
        JsonNode root = object(Operation.CREATE, reply);
        Optional<String> taskId = Json.id(root, "task_id").or(() -> Json.id(root, "id"));
        if (taskId.isEmpty()) {
            VendorError error = VendorError.ofBody(root).orElseThrow(() -> new IllegalStateException(
                    "it names no task: neither task_id nor id is set"));
            throw new VendorErrorException(errors.readInSuccess(error, reply));
        }
        Submission submission = Submission.of(taskId.get());
        if (!Json.member(root, "status").isMissingNode()) {
            submission = submission.withSnapshot(snapshot(root));
        }
        return submission;
    }

    TaskSnapshot readStatus(HttpReply reply) {
        JsonNode root = object(Operation.STATUS, reply);
        if (Json.member(root, "status").isMissingNode()) {
            Optional<VendorError> error = VendorError.ofBody(root);
            if (error.isPresent()) {
                throw new VendorErrorException(errors.readInSuccess(error.get(), reply));
            }
        }
        return snapshot(root);
    }

    private TaskSnapshot snapshot(JsonNode root) {
        Optional<String> raw = Json.nonBlank(root, "status");
        TaskStatus status = raw.map(StatusReader::status).orElse(TaskStatus.UNRECOGNIZED);
        TaskSnapshot.Builder b = TaskSnapshot.builder(status).rawStatus(raw.orElse(null))
                .progress(Json.nonBlank(root, "progress").flatMap(Readings::percentProgress).orElse(null))
                .videoUrl(videoUrl(root).orElse(null))
                .failure(VendorError.of(Json.member(root, "error")).map(StatusReader::failure).orElse(null))
                .submittedAt(Json.nonBlank(root, "created_at").flatMap(Readings::instant).orElse(null))
                .finishedAt(Json.nonBlank(root, "completed_at").flatMap(Readings::instant).orElse(null));
        Json.nonBlank(root, "raw_status").ifPresent(s -> b.attribute("raw_status", s));
        Json.nonBlank(root, "model").ifPresent(m -> b.attribute("model", m));
        return b.build();
    }

    static TaskStatus status(String raw) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "queued" -> TaskStatus.QUEUED;
            case "in_progress" -> TaskStatus.RUNNING;
            case "completed" -> TaskStatus.SUCCEEDED;
            case "failed" -> TaskStatus.FAILED;
            default -> TaskStatus.UNRECOGNIZED;
        };
    }

    /** Top-level {@code video_url}, else {@code result.video_url}, else {@code result.outputs[0]} (PROTOCOLS.md). */
    private static Optional<String> videoUrl(JsonNode root) {
        JsonNode result = Json.member(root, "result");
        return Json.nonBlank(root, "video_url").or(() -> Json.nonBlank(result, "video_url"))
                .or(() -> Json.nonBlank(Json.member(result, "outputs").path(0)));
    }

    private static TaskFailure failure(VendorError error) {
        ErrorCategory category = ErrorCodes.category(error.code(), error.type())
                .filter(c -> c == ErrorCategory.CONTENT_REJECTED || c == ErrorCategory.INVALID_REQUEST)
                .orElse(ErrorCategory.TASK_FAILED);
        return new TaskFailure(category, error.shownCode(), error.message(), List.of());
    }

    private static JsonNode object(Operation operation, HttpReply reply) {
        return Json.body(reply).orElseThrow(() -> new IllegalStateException("the answer to the "
                + operation.name().toLowerCase(Locale.ROOT) + " call is not a JSON object"));
    }
}
