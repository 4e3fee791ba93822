package dev.wanr2v.internal.http;

import dev.wanr2v.internal.Redaction;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.RequestBody;
import dev.wanr2v.spi.support.BaseUrlRule;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultProxyRoutePlanner;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link HttpCall}s with Apache HttpClient 5 async: one connection pool, a couple of I/O
 * threads, default TLS verification, timeouts, proxy, no automatic retries or redirects (the engine
 * decides about repeats; a redirect must not carry the API key to another host), answers read up to a
 * cap. Thread-safe.
 */
public final class ApacheTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dev.wanr2v.http");

    private final CloseableHttpAsyncClient client;
    private final PoolingAsyncClientConnectionManager pool;
    private final ExecutorService bodyWriters;
    private final long maxResponseBytes;
    /** Exchanges sent and not yet ended; {@link #close} ends those the HTTP client leaves without a callback. */
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final IoReactorThreads io = new IoReactorThreads();

    /**
     * @param connectTimeout   TCP/TLS connect timeout
     * @param responseTimeout  deadline of one exchange
     * @param proxy            explicit proxy, or {@code null} for the JVM's proxy settings
     * @param maxResponseBytes cap on answers
     * @param threads          names threads and makes them daemons
     */
    public ApacheTransport(Duration connectTimeout, Duration responseTimeout, URI proxy, long maxResponseBytes,
            NamedThreads threads) {
        this.maxResponseBytes = maxResponseBytes;
        this.pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(ClientTlsStrategyBuilder.create().useSystemProperties().build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(responseTimeout))
                        .setValidateAfterInactivity(Timeout.ofSeconds(2))
                        .build())
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(32)
                .build();
        var builder = HttpAsyncClients.custom()
                .setConnectionManager(pool)
                // API answers are small JSON: 4 KB session buffers (HttpClient's default is 8 KB, three per
                // connection) halve what every pooled connection holds; downloads just read in more steps
                .setHttp1Config(org.apache.hc.core5.http.config.Http1Config.custom().setBufferSize(4096).build())
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors()))
                        .setSoTimeout(Timeout.of(responseTimeout))
                        .setSelectInterval(selectInterval(connectTimeout, responseTimeout))
                        .build())
                .setThreadFactory(io.recording(threads.factory("io")))
                .setIoReactorExceptionCallback(io::failed)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(responseTimeout))
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(org.apache.hc.core5.util.TimeValue.ofSeconds(30))
                .setUserAgent("wan-r2v/" + version());
        if (proxy != null) {
            builder.setRoutePlanner(new DefaultProxyRoutePlanner(
                    new HttpHost(proxy.getScheme(), proxy.getHost(), proxy.getPort())));
        } else {
            builder.setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()));
        }
        this.client = builder.build();
        // one thread per body being sent, made on demand and gone after 30 s idle: bodies in flight are
        // bounded by the connection pool, and a queue here would hold a body's head on the wire while its
        // bytes wait behind another body's
        this.bodyWriters = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threads.factory("body-writer"));
        client.start();
    }

    /**
     * How often the I/O reactor checks timeouts: its default, once a second, would let a 300 ms timeout
     * run for up to 1.3 s; a quarter of the shortest timeout, between 10 ms and 1 s, keeps them on time.
     */
    static TimeValue selectInterval(Duration connectTimeout, Duration responseTimeout) {
        long quarter = Math.min(connectTimeout.toMillis(), responseTimeout.toMillis()) / 4;
        return TimeValue.ofMilliseconds(Math.max(10, Math.min(1000, quarter)));
    }

    /**
     * Sends one call; completes with the answer (any status) or fails with {@link TransportFailure}.
     * Canceling the returned future aborts the exchange.
     */
    public CompletableFuture<HttpReply> send(HttpCall call, URI endpoint) {
        return send(call, endpoint, null, () -> { });
    }

    /**
     * {@link #send(HttpCall, URI)}, telling {@code sent} the bytes of a streamed body sent so far (every 64 KB
     * or 1 % and at its end, on the I/O thread: hand them on, never block).
     *
     * @param sent hears a streamed body's progress; {@code null} for no one
     */
    public CompletableFuture<HttpReply> send(HttpCall call, URI endpoint, LongConsumer sent) {
        return send(call, endpoint, sent, () -> { });
    }

    /**
     * {@link #send(HttpCall, URI, LongConsumer)}, running {@code departing} once the request has left: its head
     * handed to a ready connection and its body, if it has one, in full (when the vendor can have it, not when
     * it was asked for). It runs on an I/O or body-writer thread: keep it short.
     */
    public CompletableFuture<HttpReply> send(HttpCall call, URI endpoint, LongConsumer sent, Runnable departing) {
        URI uri = resolve(call, endpoint);
        BasicHttpRequest request = new BasicHttpRequest(call.method(), uri);
        call.headers().forEach((name, values) -> values.forEach(v -> request.addHeader(name, v)));
        SendTracker tracker = call.body() instanceof RequestBody.Empty ? null : new SendTracker(producer(call.body()),
                call.body() instanceof RequestBody.Streamed ? sent : null, departing);
        return execute(new DepartingRequest(request, tracker, tracker == null ? departing : () -> { }),
                new CappedReplyConsumer(maxResponseBytes), call, uri, () -> tracker == null || tracker.complete(),
                reply -> reply.status() + "", reply -> reply.header("x-request-id").orElse(""),
                "the exchange was canceled");
    }

    /**
     * Fetches an absolute URL without credentials (result URLs carry their own signature), streaming
     * the answer into {@code consumer}. No overall deadline: the socket timeout catches a stalled
     * transfer. Canceling the returned future aborts the exchange.
     */
    public <T> CompletableFuture<T> fetch(URI uri, AsyncResponseConsumer<T> consumer) {
        HttpCall described = HttpCall.get(dev.wanr2v.spi.Operation.DOWNLOAD, uri.toString()).build();
        return execute(new BasicRequestProducer(new BasicHttpRequest("GET", uri), null), consumer, described, uri,
                () -> true, value -> "done", value -> "", "the download was canceled");
    }

    /**
     * Runs one exchange: completes with what {@code consumer} made of the answer, or fails with a classified
     * {@link TransportFailure}; canceling the returned future aborts the exchange.
     *
     * @param sent      whether the whole request left, once the exchange failed or was canceled
     * @param outcome   the answer in the log line; {@code requestId}: the vendor's request id in it, or ""
     * @param canceled  what a canceled exchange says
     */
    private <T> CompletableFuture<T> execute(AsyncRequestProducer request, AsyncResponseConsumer<T> consumer,
            HttpCall call, URI uri, BooleanSupplier sent, Function<T, String> outcome, Function<T, String> requestId,
            String canceled) {
        long started = System.nanoTime();
        CompletableFuture<T> result = new CompletableFuture<>();
        track(result);
        Future<T> exchange = client.execute(request, consumer, null, HttpClientContext.create(), new FutureCallback<>() {
            @Override
            public void completed(T value) {
                log(call, uri, started, outcome.apply(value), requestId.apply(value));
                result.complete(value);
            }

            @Override
            public void failed(Exception e) {
                TransportFailure failure = TransportFailure.classify(e, sent.getAsBoolean());
                log(call, uri, started, failure.kind().name(), "");
                result.completeExceptionally(failure);
            }

            @Override
            public void cancelled() {
                result.completeExceptionally(new TransportFailure(TransportFailure.Kind.CANCELED, sent.getAsBoolean(),
                        canceled, null));
            }
        });
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return result;
    }

    /** Failures of the I/O reactor itself (not of one exchange) since the transport started. */
    int reactorFailures() {
        return io.failures();
    }

    /** Exchanges sent and not yet answered. */
    public int inFlight() {
        return inFlight.size();
    }

    /** Connections currently leased from the pool (for leak checks). */
    public int leasedConnections() {
        return pool.getTotalStats().getLeased();
    }

    private AsyncEntityProducer producer(RequestBody body) {
        if (body instanceof RequestBody.Bytes bytes) {
            return new BasicAsyncEntityProducer(bytes.data(), ContentType.parse(bytes.contentType()));
        }
        return new StreamedBodyProducer(body, bodyWriters);
    }

    static URI resolve(HttpCall call, URI endpoint) {
        if (call.isAbsolute()) {
            return URI.create(call.target());
        }
        return BaseUrlRule.resolve(endpoint, call.target());
    }

    private static void log(HttpCall call, URI uri, long startedNanos, String outcome, String requestId) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms{}", call.method(), Redaction.url(uri.toString()), outcome,
                    (System.nanoTime() - startedNanos) / 1_000_000, requestId.isEmpty() ? "" : " (" + requestId + ")");
        }
        if (LOG.isTraceEnabled()) {
            for (Map.Entry<String, List<String>> h : call.headers().entrySet()) {
                LOG.trace("  {}: {}", h.getKey(), Redaction.headerValue(h.getKey(), String.join(", ", h.getValue())));
            }
        }
    }

    private static String version() {
        String v = ApacheTransport.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private void track(CompletableFuture<?> result) {
        inFlight.add(result);
        result.whenComplete((v, e) -> inFlight.remove(result));
    }

    /**
     * Closes at once. Each I/O thread is told to stop and closes its own connections and selector: closed
     * from this thread instead (HttpClient's immediate close), a selector's keys change under the I/O
     * thread's iteration of them, and the reactor dies with a {@code ConcurrentModificationException}.
     * An exchange still open ends with a {@link TransportFailure.Kind#CANCELED} failure that says the
     * request may have been sent (the safe reading for a create), whether or not the HTTP client got round
     * to calling back.
     */
    @Override
    public void close() {
        client.initiateShutdown();
        io.interruptAll(); // ends each select loop; the thread then closes what it owns
        try {
            client.awaitShutdown(TimeValue.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close(CloseMode.IMMEDIATE); // only what an I/O thread did not get round to
        bodyWriters.shutdownNow();
        for (CompletableFuture<?> open : List.copyOf(inFlight)) {
            open.completeExceptionally(new TransportFailure(TransportFailure.Kind.CANCELED, true,
                    "the client was closed before the exchange ended", null));
        }
    }
}
