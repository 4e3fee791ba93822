package dev.wanr2v.temporal.internal;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.MediaSource;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.temporal.GenerationFailure;
import dev.wanr2v.temporal.StoredVideo;
import dev.wanr2v.temporal.UsageReport;
import dev.wanr2v.temporal.VideoSink;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** {@link QueryActivities} through an {@link R2vClient} and a {@link VideoSink}. */
public final class QueryActivitiesImpl implements QueryActivities {
    /**
     * For a task known to have ended: the first status call at once, and a short deadline. The library's wait
     * turns the final snapshot into its typed exception (vendor text cleaned of secrets) or a downloadable video.
     */
    private static final AwaitOptions ENDED = AwaitOptions.defaults()
            .withPollPolicy(new PollPolicy(Duration.ofMillis(1), Duration.ofSeconds(5), 8, 0))
            .withTimeout(Duration.ofMinutes(2));

    private final R2vClient client;
    private final VideoSink sink;

    /**
     * @param client asks the vendor
     * @param sink   stores finished videos
     */
    public QueryActivitiesImpl(R2vClient client, VideoSink sink) {
        this.client = Objects.requireNonNull(client, "client");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public StatusReport status(String token) {
        ActivityExecutionContext context = Activity.getExecutionContext();
        TaskHandle handle = handle(token);
        TaskSnapshot s;
        GenerationFailure failure = null;
        try {
            s = Waits.await(client.statusAsync(handle), context, null);
            if (s.status().isTerminal() && s.status() != TaskStatus.SUCCEEDED) {
                failure = failureOf(handle, context);
            }
        } catch (R2vException e) {
            throw ActivityFailures.of(GenerationFailure.of(e).withToken(token), false, null);
        }
        String url = s.videoUrl().map(u -> MediaSource.url(u).describe()).orElse(null);
        return new StatusReport(s.status(), s.rawStatus(), s.progress().isPresent() ? s.progress().getAsDouble() : null,
                url, failure, UsageReport.of(s.usage()), s.finishedAt().orElse(null),
                client.capabilities().pollInterval());
    }

    /** The typed failure of a task that ended without a video, as the library's wait reports it. */
    private GenerationFailure failureOf(TaskHandle handle, ActivityExecutionContext context) {
        try {
            Waits.await(client.awaitAsync(handle, ENDED), context, null);
            return null;   // it succeeded after all (a vendor that changed its mind): the next poll says so
        } catch (R2vException e) {
            return GenerationFailure.of(e).withToken(handle.toToken());
        }
    }

    @Override
    public StoredVideo store(String token, String name) {
        ActivityExecutionContext context = Activity.getExecutionContext();
        Optional<StoredVideo> stored = sink.find(name);
        if (stored.isPresent()) {
            return stored.get();   // an earlier attempt stored it and died before reporting
        }
        TaskHandle handle = handle(token);
        try {
            GeneratedVideo video = Waits.await(client.awaitAsync(handle, ENDED), context, 0L);
            ProgressListener heartbeats = new ProgressListener() {
                @Override
                public void onDownload(TaskHandle task, long bytes, long total) {
                    Waits.heartbeat(context, bytes);
                }
            };
            Waits.heartbeat(context, 0L);
            return sink.store(name, video, heartbeats);
        } catch (R2vException e) {
            throw ActivityFailures.of(GenerationFailure.of(e).withToken(token), e.isRetryable(), null);
        }
    }

    private static TaskHandle handle(String token) {
        try {
            return TaskHandle.parse(token);
        } catch (R2vException e) {
            throw ActivityFailures.of(GenerationFailure.of(e), false, null);
        }
    }
}
