package dev.wanr2v.temporal;

import java.time.Instant;
import java.util.Objects;

/**
 * What a successful {@link GenerationWorkflow} returns. It holds no secret: the video URL is shown without its
 * query string (where signed URLs keep their signature); the video itself is in {@code stored}, or collect it
 * with the token ({@code client.await(TaskHandle.parse(token))}) while the vendor keeps it (DashScope: 24 h).
 *
 * @param token       the task's token ({@code TaskHandle.parse(token)} reads it)
 * @param providerId  the provider
 * @param taskId      the vendor's task id
 * @param videoUrl    the result URL without its query string, for reference
 * @param stored      where the worker's {@link VideoSink} put the video, or {@code null} when the download was off
 * @param usage       what the task consumed
 * @param submittedAt when the vendor accepted the task
 * @param finishedAt  when the task ended, by the vendor's clock where it says, else when the workflow saw it
 * @param storedAt    when the video was stored, or {@code null}
 * @param polls       status calls the workflow made
 */
public record GenerationResult(String token, String providerId, String taskId, String videoUrl, StoredVideo stored,
        UsageReport usage, Instant submittedAt, Instant finishedAt, Instant storedAt, int polls) {

    /** Checks the parts always present. */
    public GenerationResult {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(videoUrl, "videoUrl");
        Objects.requireNonNull(usage, "usage");
    }
}
