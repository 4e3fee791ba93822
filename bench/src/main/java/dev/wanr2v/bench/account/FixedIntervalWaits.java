package dev.wanr2v.bench.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Baseline (a): every task polled on its own fixed interval of {@link #INTERVAL} (virtual), as the Vercel AI
 * SDK's video generation does, on an event loop (one timer thread and an async HTTP client, as Node runs it).
 * Each task's first poll comes at a random point of its first interval (tasks are created at different times);
 * a throttled poll is simply followed by the next one an interval later (the kindest reading: nothing fails).
 */
final class FixedIntervalWaits implements Waits {
    static final Duration INTERVAL = Duration.ofSeconds(5);

    private final AtomicLong throttled = new AtomicLong();
    private ScheduledThreadPoolExecutor timer;
    private CloseableHttpAsyncClient http;
    private volatile boolean closed;

    @Override
    public void open(AccountRound round) {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "fixed-poll-timer");
            t.setDaemon(true);
            return t;
        });
        http = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10)).build())
                        .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(60)).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .setThreadFactory(r -> new Thread(r, "fixed-poll-io"))
                .build();
        http.start();
    }

    @Override
    public void start(AccountRound round, IntConsumer seen, IntConsumer failed) {
        SplittableRandom random = new SplittableRandom(7);
        long intervalNanos = round.time.wallNanos(INTERVAL);
        for (int i = 0; i < round.tasks; i++) {
            int task = i;
            timer.schedule(() -> poll(round, task, seen, failed), (long) (random.nextDouble() * intervalNanos),
                    TimeUnit.NANOSECONDS);
        }
    }

    private void poll(AccountRound round, int task, IntConsumer seen, IntConsumer failed) {
        if (closed) {
            return;
        }
        SimpleHttpRequest request = SimpleRequestBuilder.get(round.stub.baseUrl() + "/api/v1/tasks/" + round.taskId(task))
                .addHeader("Authorization", "Bearer " + AccountRound.API_KEY).build();
        http.execute(request, new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                byte[] bytes = response.getBodyBytes();
                String body = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
                if (response.getCode() == 200 && body.contains("\"task_status\":\"SUCCEEDED\"")) {
                    seen.accept(task);
                    return;
                }
                if (response.getCode() == 429) {
                    throttled.incrementAndGet();
                } else if (response.getCode() != 200) {
                    failed.accept(task);
                    return;
                }
                next(round, task, seen, failed);
            }

            @Override
            public void failed(Exception e) {
                next(round, task, seen, failed);
            }

            @Override
            public void cancelled() {
            }
        });
    }

    private void next(AccountRound round, int task, IntConsumer seen, IntConsumer failed) {
        try {
            timer.schedule(() -> poll(round, task, seen, failed), round.time.wallNanos(INTERVAL), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed
        }
    }

    @Override
    public void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
        }
        if (http != null) {
            http.close(CloseMode.IMMEDIATE);
        }
    }
}
