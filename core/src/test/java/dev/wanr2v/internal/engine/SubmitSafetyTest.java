package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TransportException;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.spi.RequestBody;
import dev.wanr2v.testing.ScriptedProvider;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A create costs money: it is sent again only when the vendor certainly did not accept it. */
class SubmitSafetyTest extends EngineTestSupport {

    private static void assertOutcomeUnknown(Throwable e) {
        assertThat(e).isInstanceOf(SubmitOutcomeUnknownException.class);
        SubmitOutcomeUnknownException u = (SubmitOutcomeUnknownException) e;
        assertThat(u.request()).isEqualTo(request());
        assertThat(u.sentAt()).isNotNull();
        assertThat(u.getMessage()).contains("did not send it again").contains("[scripted]");
        assertThat(u.isRetryable()).isFalse();
    }

    @Test
    void theCreateCarriesTheCodecsBodyAndHeaders() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t-42\"}")));
        TaskHandle h = client().submit(request());
        assertThat(h.taskId()).isEqualTo("t-42");
        assertThat(h.providerId()).isEqualTo("scripted");
        assertThat(h.endpoint()).isEqualTo(wm.baseUrl());
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"prompt\":\"character1 waves at character2\",\"refs\":"
                        + "[\"https://cdn.example.com/alice.png\",\"https://cdn.example.com/bob.mp4\"],\"duration\":5}")));
    }

    @Test
    void aBodyThatCannotBeWrittenHereIsAnInvalidRequestSentOnceAndNeverRetried() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t-1\"}")));
        AtomicInteger writes = new AtomicInteger();
        RequestBody failing = new RequestBody.Streamed(RequestBody.JSON, -1, out -> {
            writes.incrementAndGet();
            out.write("{\"prompt\":\"".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[200_000]);
            throw new IOException("the media changed while being sent: 100 bytes, expected 300");
        });
        DefaultR2vClient c = client(b -> b.provider(withCreateBody(new ScriptedProvider(), failing)));

        assertThatThrownBy(() -> c.submit(request())).isExactlyInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).ruleIds()).containsExactly("R2V-MEDIA-UNREADABLE"))
                .hasMessageContaining("the media changed while being sent").hasMessageContaining("Nothing was accepted");
        assertThat(writes).as("a local problem is not retried").hasValue(1);
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/v1/tasks")))).as("no whole request reached the vendor")
                .isEmpty();
    }

    /** The provider with every create carrying {@code body}. */
    private static R2vProvider withCreateBody(R2vProvider provider, RequestBody body) {
        return delegate(R2vProvider.class, provider, (method, args) -> {
            if (method.getName().equals("codec")) {
                ProviderCodec codec = provider.codec((ProviderConfig) args[0]);
                return delegate(ProviderCodec.class, codec, (m, a) -> m.getName().equals("createCall")
                        ? HttpCall.post(Operation.CREATE, "/v1/tasks").bearer(KEY).body(body).build()
                        : m.invoke(codec, a));
            }
            return method.invoke(provider, args);
        });
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Exception;
    }

    private static <T> T delegate(Class<T> type, T target, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    @Test
    void aConnectionResetAfterTheRequestWasSentIsAmbiguousAndNeverResent() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client().submit(request())).satisfies(SubmitSafetyTest::assertOutcomeUnknown);
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void anEmptyResponseAfterTheRequestIsAmbiguous() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        assertThatThrownBy(() -> client().submit(request())).satisfies(SubmitSafetyTest::assertOutcomeUnknown);
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void aTimeoutAfterTheRequestWasSentIsAmbiguous() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"late\"}").withFixedDelay(1500)));
        DefaultR2vClient c = client(b -> b.responseTimeout(Duration.ofMillis(300)));
        assertThatThrownBy(() -> c.submit(request())).satisfies(SubmitSafetyTest::assertOutcomeUnknown)
                .hasMessageContaining("no answer arrived in time");
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void aServerErrorOnCreateIsAmbiguous() {
        for (int status : new int[] {500, 502, 503, 504, 408}) {
            wm.resetAll();
            wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withStatus(status)
                    .withBody("{\"code\":\"InternalError\",\"message\":\"oops\"}")));
            assertThatThrownBy(() -> client().submit(request())).as("HTTP " + status)
                    .satisfies(SubmitSafetyTest::assertOutcomeUnknown)
                    .satisfies(e -> assertThat(((SubmitOutcomeUnknownException) e).httpStatus()).hasValue(status));
            wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks")));
        }
    }

    @Test
    void aCreateAnsweredWithAnUnreadable2xxIsAmbiguousAndNeverResent() {
        for (String body : new String[] {"{\"id\":\"t-4", "{\"request_id\":\"r-1\"}", "<html>OK</html>"}) {
            wm.resetAll();
            wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson(body)));
            assertThatThrownBy(() -> client().submit(request())).as(body)
                    .satisfies(SubmitSafetyTest::assertOutcomeUnknown)
                    .satisfies(e -> assertThat(((SubmitOutcomeUnknownException) e).httpStatus()).hasValue(200))
                    .hasMessageContaining("could not be read");
            wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks")));
        }
    }

    @Test
    void aCreateAnsweredWithATaskIdNoHandleCanHoldIsAmbiguousNotABareException() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t-\u0001-5\"}")));
        assertThatThrownBy(() -> client().submit(request())).satisfies(SubmitSafetyTest::assertOutcomeUnknown)
                .hasMessageContaining("could not be read");
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void a429OnCreateIsRetriedAndSucceeds() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).inScenario("c").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).inScenario("c").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"t-2\"}")));
        assertThat(client().submit(request()).taskId()).isEqualTo("t-2");
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void aCodecDeclaredNotAcceptedErrorIsRetried() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).inScenario("c").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"code\":\"Busy\"}")).willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo("/v1/tasks")).inScenario("c").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"t-3\"}")));
        assertThat(client().submit(request()).taskId()).isEqualTo("t-3");
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void persistentThrottlingEndsAsRateLimitedNotAsUnknownWithBudgetsOff() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> client(b -> b.budgets(false)).submit(request())).isInstanceOf(RateLimitedException.class);
        wm.verify(4, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void aRejectedCreateIsNotRetried() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":\"InvalidParameter\",\"message\":\"size is wrong\",\"x\":1}")));
        assertThatThrownBy(() -> client().submit(request())).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("size is wrong").hasMessageContaining("HTTP 400");
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void aRefusedConnectionIsRetriedBecauseNothingWasSent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int closedPort = port;
        DefaultR2vClient c = client(b -> b.baseUrl("http://127.0.0.1:" + closedPort));
        var events = new java.util.concurrent.CopyOnWriteArrayList<dev.wanr2v.RetryEvent>();
        var options = dev.wanr2v.AwaitOptions.defaults().withListener(new dev.wanr2v.ProgressListener() {
            @Override
            public void onRetry(dev.wanr2v.RetryEvent event) {
                events.add(event);
            }
        });
        assertThatThrownBy(() -> c.generate(request(), options)).isInstanceOf(TransportException.class)
                .hasMessageContaining("could not connect");
        assertThat(events).hasSize(3).allSatisfy(e -> assertThat(e.operation())
                .isEqualTo(dev.wanr2v.spi.Operation.CREATE));
    }

    @Test
    void anInvalidRequestNeverReachesTheWire() {
        var bad = request().toBuilder().prompt("").duration(99).build();
        assertThatThrownBy(() -> client().submit(bad)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).ruleIds())
                        .containsExactly("R2V-PROMPT-REQUIRED", "R2V-DURATION"));
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aCreateAnsweredWithAFinishedTaskButNoUrlIsFollowedByAStatusCall() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t-fast\",\"status\":\"SUCCEEDED\"}")));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t-fast")).willReturn(okJson(
                "{\"status\":\"SUCCEEDED\",\"url\":\"https://cdn.example.com/fast.mp4\"}")));
        assertThat(client().generate(request()).url()).isEqualTo("https://cdn.example.com/fast.mp4");
    }

    @Test
    void aCreateAnsweredWithAFailedTaskButNoReasonIsFollowedByAStatusCall() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t-fast\",\"status\":\"FAILED\"}")));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t-fast")).willReturn(okJson(
                "{\"status\":\"FAILED\",\"failure\":\"InternalError.Algo\",\"message\":\"the model failed\"}")));
        assertThatThrownBy(() -> client().generate(request())).isInstanceOf(dev.wanr2v.TaskFailedException.class)
                .hasMessageContaining("InternalError.Algo").hasMessageContaining("the model failed");
    }

    @Test
    void aCreateAnsweredWithAFinishedTaskNeedsNoStatusCall() {
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson(
                "{\"id\":\"t-fast\",\"status\":\"SUCCEEDED\",\"url\":\"https://cdn.example.com/fast.mp4\"}")));
        var video = client().generate(request());
        assertThat(video.url()).isEqualTo("https://cdn.example.com/fast.mp4");
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }
}
