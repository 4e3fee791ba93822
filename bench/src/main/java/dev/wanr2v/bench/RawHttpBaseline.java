package dev.wanr2v.bench;

import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The baseline of the per-call benchmark: the scripted vendor's create and status calls made by hand
 * with Apache HttpClient 5 async, configured as wan-r2v's transport configures it (pool, two I/O
 * threads, timeouts, route planner, no retries, redirects, cookies or auth cache, same User-Agent),
 * with the same headers and body bytes. What remains between the two is the library's own work.
 */
final class RawHttpBaseline implements AutoCloseable {
    static final String USER_AGENT = "wan-r2v/dev";

    private final CloseableHttpAsyncClient client;
    private final String baseUrl;
    private final String authorization;
    private final byte[] createBody;
    private final ContentType json = ContentType.parse("application/json");

    RawHttpBaseline(String baseUrl, String apiKey, byte[] createBody) {
        this.baseUrl = baseUrl;
        this.authorization = "Bearer " + apiKey;
        this.createBody = createBody.clone();
        Timeout connect = Timeout.ofSeconds(10);
        Timeout response = Timeout.ofSeconds(60);
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                                .setSocketTimeout(response).setValidateAfterInactivity(Timeout.ofSeconds(2)).build())
                        .setMaxConnTotal(256).setMaxConnPerRoute(128).build())
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors()))
                        .setSoTimeout(response).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(response)
                        .setConnectionRequestTimeout(response).setRedirectsEnabled(false).build())
                .setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()))
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
        client.start();
    }

    /** POST /v1/tasks, read the task id, GET /v1/tasks/{id}; returns the status answer's body. */
    String submitAndStatus(boolean chunked) throws InterruptedException, ExecutionException {
        return submitAndStatus(chunked, null);
    }

    /**
     * As {@link #submitAndStatus(boolean)}, but if {@code handOff} is given each answer is passed from
     * the I/O thread to it before the caller sees it, as wan-r2v's engine passes answers to its workers.
     */
    String submitAndStatus(boolean chunked, Executor handOff) throws InterruptedException, ExecutionException {
        BasicHttpRequest create = new BasicHttpRequest("POST", URI.create(baseUrl + "/v1/tasks"));
        create.addHeader("Authorization", authorization);
        SimpleHttpResponse created = exchange(new BasicRequestProducer(create,
                new BasicAsyncEntityProducer(createBody, json, chunked)), handOff);
        String id = taskId(created.getBodyText());
        BasicHttpRequest status = new BasicHttpRequest("GET", URI.create(baseUrl + "/v1/tasks/" + id));
        status.addHeader("Authorization", authorization);
        SimpleHttpResponse answer = exchange(new BasicRequestProducer(status, null), handOff);
        if (answer.getCode() != 200) {
            throw new IllegalStateException("status answered HTTP " + answer.getCode());
        }
        return new String(answer.getBodyBytes(), StandardCharsets.UTF_8);
    }

    private SimpleHttpResponse exchange(BasicRequestProducer request, Executor handOff)
            throws InterruptedException, ExecutionException {
        if (handOff == null) {
            return client.execute(request, SimpleResponseConsumer.create(), null, HttpClientContext.create(), null)
                    .get();
        }
        CompletableFuture<SimpleHttpResponse> received = new CompletableFuture<>();
        client.execute(request, SimpleResponseConsumer.create(), null, HttpClientContext.create(),
                new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        received.complete(response);
                    }

                    @Override
                    public void failed(Exception e) {
                        received.completeExceptionally(e);
                    }

                    @Override
                    public void cancelled() {
                        received.cancel(false);
                    }
                });
        return received.thenApplyAsync(r -> r, handOff).get();
    }

    private static String taskId(String createAnswer) {
        int start = createAnswer.indexOf("\"id\":\"") + 6;
        if (start < 6) {
            throw new IllegalStateException("the create answer has no id: " + createAnswer);
        }
        return createAnswer.substring(start, createAnswer.indexOf('"', start));
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
