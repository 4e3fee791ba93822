package dev.wanr2v.cli.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.cli.Json;
import java.nio.file.Path;
import java.time.Instant;

/** The records of a batch journal (README, Batches): one JSON object per line, {@code "v": 1}. */
final class JournalRecords {
    static final String RUN = "run";
    static final String INTENT = "intent";
    static final String SUBMITTED = "submitted";
    static final String UNKNOWN = "unknown";
    static final String REJECTED = "rejected";
    static final String DONE = "done";
    static final String DOWNLOADED = "downloaded";

    private JournalRecords() {
    }

    static ObjectNode run(String provider, boolean emulated, Path manifest) {
        return base(RUN).put("provider", provider).put("emulated", emulated)
                .put("manifest", manifest.toAbsolutePath().toString()).put("pid", ProcessHandle.current().pid());
    }

    static ObjectNode intent(int line, int attempt, String sha256) {
        return base(INTENT).put("line", line).put("attempt", attempt).put("sha256", sha256);
    }

    static ObjectNode submitted(int line, int attempt, TaskHandle handle) {
        return base(SUBMITTED).put("line", line).put("attempt", attempt).put("token", handle.toToken())
                .put("taskId", handle.taskId());
    }

    static ObjectNode unknown(int line, int attempt, ObjectNode error) {
        ObjectNode n = base(UNKNOWN).put("line", line).put("attempt", attempt);
        n.set("error", error);
        return n;
    }

    static ObjectNode rejected(int line, int attempt, ObjectNode error) {
        ObjectNode n = base(REJECTED).put("line", line).put("attempt", attempt);
        n.set("error", error);
        return n;
    }

    static ObjectNode succeeded(int line, GeneratedVideo video) {
        ObjectNode n = base(DONE).put("line", line).put("succeeded", true).put("videoUrl", video.url());
        video.expiresAt().ifPresent(t -> n.put("expiresAt", t.toString()));
        return n;
    }

    static ObjectNode failed(int line, ObjectNode error) {
        ObjectNode n = base(DONE).put("line", line).put("succeeded", false);
        n.set("error", error);
        return n;
    }

    static ObjectNode downloaded(int line, Path file, long bytes) {
        return base(DOWNLOADED).put("line", line).put("file", file.toAbsolutePath().toString()).put("bytes", bytes);
    }

    private static ObjectNode base(String type) {
        return Json.object().put("v", 1).put("type", type).put("at", Instant.now().toString());
    }
}
