package dev.wanr2v.temporal.internal;

import dev.wanr2v.TaskStatus;
import dev.wanr2v.temporal.GenerationFailure;
import dev.wanr2v.temporal.StoredVideo;
import dev.wanr2v.temporal.UsageReport;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.time.Duration;
import java.time.Instant;

/** Calls that are safe to repeat, on the query queue: one status call, and storing a finished video. */
@ActivityInterface
public interface QueryActivities {

    /** Asks the vendor once for the task's state. */
    @ActivityMethod(name = "WanR2vStatus")
    StatusReport status(String token);

    /** Stores the finished video of the task under {@code name} with the worker's sink. */
    @ActivityMethod(name = "WanR2vStore")
    StoredVideo store(String token, String name);

    /**
     * One status answer, without secrets.
     *
     * @param status     the neutral status
     * @param rawStatus  the vendor's word
     * @param progress   0..1, or {@code null}
     * @param videoUrl   the video URL without its query string, once succeeded
     * @param failure    for a task that ended without a video: why (typed as the library reports it)
     * @param usage      what it consumed
     * @param finishedAt when it ended by the vendor's clock, or {@code null}
     * @param pollAdvice the provider's advised poll interval
     */
    record StatusReport(TaskStatus status, String rawStatus, Double progress, String videoUrl,
            GenerationFailure failure, UsageReport usage, Instant finishedAt, Duration pollAdvice) {
    }
}
