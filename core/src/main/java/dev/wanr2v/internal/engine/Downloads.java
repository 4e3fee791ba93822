package dev.wanr2v.internal.engine;

import dev.wanr2v.AwaitInterruptedException;
import dev.wanr2v.DownloadOptions;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.UnexpectedResponseException;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.internal.VideoFetcher;
import dev.wanr2v.internal.http.DownloadHead;
import dev.wanr2v.internal.http.FileSinkConsumer;
import dev.wanr2v.internal.http.PipeConsumer;
import dev.wanr2v.internal.http.TransportFailure;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.support.StatusFallback;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches result videos: to a temporary file beside the target, moved into place atomically, or as a
 * stream. Follows redirects without credentials, retries transient failures on the shared scheduler,
 * and never leaves a partial file.
 */
final class Downloads implements VideoFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(Downloads.class);
    private static final int MAX_REDIRECTS = 5;
    private static final long PROGRESS_STEP = 256 * 1024;
    private static final Duration EXPIRY_WARNING = Duration.ofHours(1);

    private final Engine engine;

    Downloads(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Path download(GeneratedVideo video, Path target, DownloadOptions options) {
        Path file = DownloadFiles.checkTarget(target.toAbsolutePath().normalize(), options);
        URI uri = httpUri(video, video.url());
        warnIfExpiring(video);
        Path temp = DownloadFiles.partFile(file);
        CompletableFuture<DownloadHead> f = attempt(video, options, 1, uri, 0, u -> toFile(video, temp, u, options));
        try {
            await(f, video.handle());
            DownloadFiles.move(temp, file, options.overwrite());
            return file;
        } finally {
            DownloadFiles.deleteQuietly(temp);
        }
    }

    @Override
    public InputStream open(GeneratedVideo video, DownloadOptions options) {
        URI start = httpUri(video, video.url());
        warnIfExpiring(video);
        PipeConsumer[] current = new PipeConsumer[1];
        CompletableFuture<?>[] exchange = new CompletableFuture<?>[1];
        CompletableFuture<DownloadHead> head = attempt(video, options, 1, start, 0, uri -> {
            PipeConsumer pipe = new PipeConsumer(options.maxBytes());
            CompletableFuture<DownloadHead> sent = engine.transport().fetch(uri, pipe);
            current[0] = pipe;
            exchange[0] = sent;
            return pipe.head().applyToEither(sent.thenCompose(h -> pipe.head()), h -> h);
        });
        await(head, video.handle());
        return current[0].stream(() -> exchange[0].cancel(true));
    }

    private CompletableFuture<DownloadHead> toFile(GeneratedVideo video, Path temp, URI uri, DownloadOptions o) {
        FileChannel channel;
        try {
            channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new UncheckedIOException(e));
        }
        long[] reported = {0};
        var sink = new FileSinkConsumer(channel, o.maxBytes(), bytes -> {
            if (bytes - reported[0] >= PROGRESS_STEP) {
                reported[0] = bytes;
                engine.listeners().download(o.listener(), video.handle(), bytes, -1);
            }
        });
        return engine.transport().fetch(uri, sink).whenComplete((h, e) -> {
            try {
                if (e == null && h.status() / 100 == 2) {
                    channel.force(true);
                    long total = h.header("Content-Length").map(Long::parseLong).orElse(h.bytes());
                    engine.listeners().download(o.listener(), video.handle(), h.bytes(), total);
                }
                channel.close();
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        });
    }

    /** One attempt, then the redirects, retries and error mapping it calls for. */
    private CompletableFuture<DownloadHead> attempt(GeneratedVideo video, DownloadOptions o, int n, URI uri,
            int redirects, Function<URI, CompletableFuture<DownloadHead>> fetch) {
        return fetch.apply(uri).handle((head, error) -> {
            if (error == null && head.isRedirect()) {
                if (redirects >= MAX_REDIRECTS) {
                    return CompletableFuture.<DownloadHead>failedFuture(unexpected(video,
                            "more than " + MAX_REDIRECTS + " redirects"));
                }
                URI next = httpUri(video, resolve(uri, head.header("Location").orElseThrow()));
                return attempt(video, o, n, next, redirects + 1, fetch);
            }
            if (error == null && head.status() / 100 == 2) {
                long announced = head.header("Content-Length").map(Long::parseLong).orElse(-1L);
                if (announced < 0 || head.bytes() == announced || head.bytes() == 0) {
                    return CompletableFuture.completedFuture(head);
                }
                return retryOrFail(video, o, n, fetch, new dev.wanr2v.TransportException("[" + video.handle()
                        .providerId() + "] downloading the video of task " + video.handle().taskId() + " broke off after "
                        + head.bytes() + " of " + announced + " bytes", ErrorDetails.of(video.handle().providerId())),
                        null);
            }
            if (error != null) {
                Throwable cause = CallRunner.unwrap(error);
                if (cause instanceof TransportFailure t) {
                    String host = uri.getScheme() + "://" + uri.getAuthority();
                    R2vException mapped = engine.errors().fromTransport(t, Operation.DOWNLOAD, video.handle(),
                            dev.wanr2v.internal.Redaction.url(host), "the task's video URL is still valid");
                    return Retries.mayRepeat(t) ? retryOrFail(video, o, n, fetch, mapped, null)
                            : CompletableFuture.<DownloadHead>failedFuture(mapped);
                }
                return CompletableFuture.<DownloadHead>failedFuture(cause);
            }
            return vendorError(video, o, n, fetch, head);
        }).thenCompose(f -> f);
    }

    private CompletableFuture<DownloadHead> vendorError(GeneratedVideo video, DownloadOptions o, int n,
            Function<URI, CompletableFuture<DownloadHead>> fetch, DownloadHead head) {
        int status = head.status();
        TaskHandle h = video.handle();
        ErrorDetails details = ErrorDetails.builder().providerId(h.providerId()).httpStatus(status).build();
        String said = Redaction.shorten(new String(head.errorBody(), StandardCharsets.UTF_8), 160);
        if (status == 403 || status == 404 || status == 410) {
            boolean expired = video.expiresAt().map(t -> t.isBefore(engine.scheduler().now())).orElse(false);
            return CompletableFuture.failedFuture(new TaskExpiredException("[" + h.providerId() + "] the video of task "
                    + h.taskId() + " can no longer be downloaded (HTTP " + status + ")"
                    + (expired ? ": its URL expired at " + video.expiresAt().get() : "; its URL has probably expired")
                    + ". Result URLs are temporary" + engine.errors().lifetime().map(l -> " (" + l + ")").orElse("")
                    + ": download results soon after they finish.",
                    details, h, video.snapshot()));
        }
        if (status == 408 || status == 429 || status >= 500) {
            Duration retryAfter = head.header("Retry-After").flatMap(v -> RetryAfter.parse(v,
                    engine.scheduler().now())).orElse(null);
            ErrorCategory category = StatusFallback.category(status);
            ErrorInfo info = ErrorInfo.builder(category).hint(category == ErrorCategory.TIMEOUT
                    ? "The file host did not finish in time; download the video again later." : null).build();
            R2vException error = engine.errors().fromVendor(info, status, Operation.DOWNLOAD, h, retryAfter);
            return StatusFallback.retryable(status) ? retryOrFail(video, o, n, fetch, error, retryAfter)
                    : CompletableFuture.failedFuture(error);
        }
        return CompletableFuture.failedFuture(new UnexpectedResponseException("[" + h.providerId()
                + "] downloading the video of task " + h.taskId() + " failed: HTTP " + status
                + (said.isBlank() ? "" : " (\"" + engine.errors().clean(said) + "\")"), details));
    }

    /** Attempt {@code n + 1}, from the video's URL again, as {@link Retries} rules; else {@code error}. */
    private CompletableFuture<DownloadHead> retryOrFail(GeneratedVideo video, DownloadOptions o, int n,
            Function<URI, CompletableFuture<DownloadHead>> fetch, R2vException error, Duration retryAfter) {
        CompletableFuture<DownloadHead> next = new CompletableFuture<>();
        Scheduler.Cancellable retry = engine.retries().schedule(n, retryAfter, null, o.listener(), video.handle(),
                Operation.DOWNLOAD, error, () -> attempt(video, o, n + 1, httpUri(video, video.url()), 0, fetch)
                        .whenComplete((h, e) -> {
                            if (e != null) {
                                next.completeExceptionally(CallRunner.unwrap(e));
                            } else {
                                next.complete(h);
                            }
                        }));
        if (retry == null) {
            return CompletableFuture.failedFuture(error);
        }
        next.whenComplete((h, e) -> {
            if (next.isCancelled()) {
                retry.cancel();
            }
        });
        return next;
    }

    /** The URL as an absolute http(s) URI; anything else (a vendor's garbage) is an unexpected answer. */
    private static URI httpUri(GeneratedVideo video, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))
                || uri.getPort() > 65535) {
            throw unexpected(video, "its URL '" + Redaction.url(url) + "' is not an absolute http(s) URL");
        }
        // schemes are case-insensitive; the transport takes them in lower case
        return uri.getScheme().equals(scheme) ? uri : URI.create(scheme + uri.toString().substring(scheme.length()));
    }

    /** A redirect's target against the URL that answered it, as text ({@link #httpUri} judges it). */
    private static String resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location)).toString();
        } catch (URISyntaxException e) {
            return location;
        }
    }

    private void warnIfExpiring(GeneratedVideo video) {
        video.expiresAt().ifPresent(at -> {
            Instant now = engine.scheduler().now();
            if (at.isBefore(now)) {
                LOG.warn("wan-r2v: the video URL of {} expired at {}; the download will probably fail", video.handle(), at);
            } else if (at.isBefore(now.plus(EXPIRY_WARNING))) {
                LOG.warn("wan-r2v: the video URL of {} expires at {}, in {} min; download it now", video.handle(), at,
                        Duration.between(now, at).toMinutes());
            }
        });
    }

    private static <T> T await(CompletableFuture<T> f, TaskHandle handle) {
        try {
            return Blocking.interruptibly(f, () -> new AwaitInterruptedException("[" + handle.providerId()
                    + "] the download of task " + handle.taskId() + " was interrupted; nothing was kept",
                    ErrorDetails.of(handle.providerId()), handle, null));
        } catch (UncheckedIOException io) {
            throw DownloadFiles.targetProblem(Path.of("."), io.getCause().getMessage());
        }
    }

    private static UnexpectedResponseException unexpected(GeneratedVideo video, String why) {
        return new UnexpectedResponseException("[" + video.handle().providerId() + "] downloading the video of task "
                + video.handle().taskId() + " failed: " + why, ErrorDetails.of(video.handle().providerId()));
    }
}
