package dev.wanr2v.provider.wan26api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.wanr2v.provider.wan26api.Fixtures.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.PermissionException;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.ProviderServerException;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider through the real client and engine, against WireMock on loopback. */
class EndToEndTest {
    private static final String CREATE = "/model/v1/generation";
    private static final String PRECHARGE = "/model/v1/generation/precharge";
    private static final String STATUS = "/model/v1/generation/task/task_42";

    private WireMockServer wm;
    private final List<R2vClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
    }

    @AfterEach
    void stop() {
        clients.forEach(R2vClient::close);
        wm.stop();
    }

    private R2vClient client(UnaryOperator<R2v.Builder> customize) {
        R2vClient c = customize.apply(R2v.builder().provider(new Wan26ApiProvider()).apiKey(KEY)
                .baseUrl(wm.baseUrl()).environment(Map.of()).systemProperties(new Properties())
                .pollPolicy(PollPolicy.fixed(Duration.ofMillis(20)))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100), 2.0))
                .awaitTimeout(Duration.ofSeconds(20))).build();
        clients.add(c);
        return c;
    }

    private R2vClient client() {
        return client(b -> b);
    }

    private static String golden(String name) {
        try (InputStream in = EndToEndTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertAuthenticatedJson(LoggedRequest r) {
        assertThat(r.getHeaders().getHeader("Authorization").values()).containsExactly("Bearer " + KEY);
        assertThat(r.getHeaders().getHeader("Content-Type").values()).hasSize(1)
                .allSatisfy(v -> assertThat(v).startsWith("application/json"));
    }

    @Test
    void submitSendsTheGoldenBodyInEitherEnvelope() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson("{\"id\":\"task_42\",\"status\":\"queued\"}")));
        TaskHandle handle = client().submit(CreateCallTest.REQUESTS.get("full"));
        assertThat(handle.taskId()).isEqualTo("task_42");
        assertThat(handle.providerId()).isEqualTo("wan26api");
        LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo(CREATE))).get(0);
        assertAuthenticatedJson(sent);
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE)).withRequestBody(equalToJson(golden("full.object.json"))));

        wm.resetRequests();
        client(b -> b.option("envelope", "array")).submit(CreateCallTest.REQUESTS.get("data-uri"));
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE))
                .withRequestBody(equalToJson(golden("data-uri.array.json"))));
    }

    @Test
    void awaitFollowsTheTaskToItsVideoAndCost() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson(
                "{\"id\":\"task_42\",\"created_at\":1773984104,\"status\":\"in_progress\",\"progress\":0.05}")));
        wm.stubFor(get(urlEqualTo(STATUS)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"id\":\"task_42\",\"status\":\"in_progress\",\"progress\":0.6}"))
                .willSetStateTo("done"));
        wm.stubFor(get(urlEqualTo(STATUS)).inScenario("t").whenScenarioStateIs("done")
                .willReturn(okJson(TaskReadingTest.COMPLETED.replace("task_123", "task_42"))));
        R2vClient client = client();
        GeneratedVideo video = client.await(client.submit(CreateCallTest.REQUESTS.get("minimal")));

        assertThat(video.url()).isEqualTo("https://cdn.example.com/out.mp4?Expires=1&Signature=x");
        assertThat(video.usage().cost()).hasValue(new BigDecimal("0.0065"));
        assertThat(video.usage().currency()).hasValue("USD");
        assertThat(video.snapshot().attributes()).containsEntry("jobId", "job-c-1");
        wm.verify(2, getRequestedFor(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void aCreateAnsweredCompletedNeedsNoStatusCall() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson(TaskReadingTest.COMPLETED)));
        wm.stubFor(get(urlPathMatching("/model/v1/generation/task/.*")).willReturn(aResponse().withStatus(500)));
        R2vClient client = client();
        GeneratedVideo video = client.generate(CreateCallTest.REQUESTS.get("minimal"));
        assertThat(video.handle().taskId()).isEqualTo("task_123");
        assertThat(video.url()).endsWith("out.mp4?Expires=1&Signature=x");
        assertThat(video.usage().cost()).hasValue(new BigDecimal("0.0065"));
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE)));
        wm.verify(0, getRequestedFor(urlPathMatching("/model/v1/generation/task/.*")));
    }

    @Test
    void aTaskFailedWith001028003IsATaskFailureWithTheRule() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson("{\"id\":\"task_42\",\"status\":\"pending\"}")));
        wm.stubFor(get(urlEqualTo(STATUS)).willReturn(okJson("{\"id\":\"task_42\",\"status\":\"failed\","
                + "\"error\":{\"code\":\"001028003\",\"message\":\"reference_urls can contain maximum 3 videos\"}}")));
        R2vClient client = client();
        TaskHandle handle = client.submit(CreateCallTest.REQUESTS.get("minimal"));
        assertThatThrownBy(() -> client.await(handle)).isInstanceOfSatisfying(TaskFailedException.class, e -> {
            assertThat(e.providerCode()).hasValue("001028003");
            assertThat(e.getMessage()).contains("001028003").contains("R2V-REF-VIDEOS").doesNotContain(KEY);
            TaskFailure f = e.lastSnapshot().orElseThrow().failure().orElseThrow();
            assertThat(f.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
            assertThat(f.violations()).extracting(Violation::ruleId).containsExactly("R2V-REF-VIDEOS");
        });
    }

    @Test
    void aCreateRejectedWith001028003IsAnInvalidRequestSentOnce() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":1028003,\"message\":\"reference_urls can contain maximum 3 videos\"}}")));
        assertThatThrownBy(() -> client().submit(CreateCallTest.REQUESTS.get("full")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.ruleIds()).containsExactly("R2V-REF-VIDEOS");
                    assertThat(e.providerCode()).hasValue("001028003");
                    assertThat(e.httpStatus()).hasValue(400);
                    assertThat(e.getMessage()).doesNotContain(KEY);
                });
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void aRateLimitedCreateIsSentAgainAndSucceeds() {
        wm.stubFor(post(urlEqualTo(CREATE)).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"rate limit\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo(CREATE)).inScenario("r").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"task_42\",\"status\":\"queued\"}")));
        assertThat(client().submit(CreateCallTest.REQUESTS.get("minimal")).taskId()).isEqualTo("task_42");
        wm.verify(2, postRequestedFor(urlEqualTo(CREATE)).withRequestBody(equalToJson(golden("minimal.object.json"))));
    }

    @Test
    void aCreateAnswered5xxHasAnUnknownOutcomeAndIsNotSentAgain() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>")));
        assertThatThrownBy(() -> client().submit(CreateCallTest.REQUESTS.get("minimal")))
                .isInstanceOf(SubmitOutcomeUnknownException.class);
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void insufficientBalanceIsAPermissionErrorThatSaysToTopUp() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"insufficient_balance\",\"message\":\"Insufficient balance\"}}")));
        assertThatThrownBy(() -> client().submit(CreateCallTest.REQUESTS.get("minimal")))
                .isInstanceOf(PermissionException.class).hasMessageContaining("top up")
                .hasMessageContaining("Insufficient balance");
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void anUnknownTaskIsExpired() {
        wm.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"not found\"}}")));
        R2vClient client = client();
        TaskHandle handle = new TaskHandle("wan26api", "task_42", wm.baseUrl(), java.time.Instant.now());
        assertThatThrownBy(() -> client.await(handle)).isInstanceOf(TaskExpiredException.class);
    }

    @Test
    void estimateCostUsesPrecharge() {
        wm.stubFor(post(urlEqualTo(PRECHARGE)).willReturn(okJson(
                "{\"status\":\"success\",\"data\":{\"cost\":\"0.2\",\"currency\":\"USD\",\"discount\":1}}")));
        CostEstimate estimate = client().estimateCost(CreateCallTest.REQUESTS.get("full"));
        assertThat(estimate.amount()).isEqualTo(new BigDecimal("0.2"));
        assertThat(estimate.currency()).isEqualTo("USD");
        assertThat(estimate.discount()).hasValue(new BigDecimal("1"));
        LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo(PRECHARGE))).get(0);
        assertAuthenticatedJson(sent);
        wm.verify(1, postRequestedFor(urlEqualTo(PRECHARGE)).withRequestBody(equalToJson(golden("full.object.json"))));
        wm.verify(0, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void aPrechargeThatIsNotSuccessIsAVendorErrorNotRetried() {
        wm.stubFor(post(urlEqualTo(PRECHARGE)).willReturn(okJson(
                "{\"status\":\"failed\",\"message\":\"pricing unavailable\"}")));
        assertThatThrownBy(() -> client().estimateCost(CreateCallTest.REQUESTS.get("minimal")))
                .isInstanceOfSatisfying(ProviderServerException.class,
                        e -> assertThat(e.providerMessage()).hasValue("pricing unavailable"));
        wm.verify(1, postRequestedFor(urlEqualTo(PRECHARGE)));
    }

    @Test
    void invalidRequestsNeverReachTheGateway() {
        assertThatThrownBy(() -> client().submit(CreateCallTest.REQUESTS.get("minimal").toBuilder()
                .negativePrompt("blurry").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R2V-UNSUPPORTED-OPTION"));
        assertThatThrownBy(() -> client().estimateCost(CreateCallTest.REQUESTS.get("minimal").toBuilder()
                .tier(dev.wanr2v.ModelTier.STANDARD).build())).isInstanceOf(R2vException.class)
                .extracting(e -> ((R2vException) e).category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aLocalVideoTravelsAsADataUriStreamedFromDisk(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson("{\"id\":\"task_7\",\"status\":\"queued\"}")));
        byte[] mp4 = dev.wanr2v.internal.media.TestMedia.fixture("video-5s-moov-at-end.mp4");
        java.nio.file.Path video = java.nio.file.Files.write(dir.resolve("bob.mov.bin"), mp4);

        client().submit(dev.wanr2v.R2vRequest.builder().prompt("character1 waves")
                .reference(dev.wanr2v.Reference.video(video)).build());

        LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo(CREATE))).get(0);
        assertThat(sent.getHeader("Transfer-Encoding")).isEqualTo("chunked");
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sent.getBodyAsString());
        assertThat(body.at("/input/reference_urls/0").asText())
                .isEqualTo("data:video/mp4;base64," + java.util.Base64.getEncoder().encodeToString(mp4));
    }
}
