package dev.wanr2v.provider.wan26api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.ProviderServerException;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.TaskHandle;
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

/**
 * The provider through the real client and engine, against WireMock on loopback: the exact create and
 * precharge bodies, a create answered already completed, precharge refusals, validation and streamed local
 * media. Lifecycle, error mapping, billing safety and secrets are the kit's rules 4.x to 6.x and 9.x
 * ({@link Wan26ApiConformanceTest}); the vendor's fields are read in {@link TaskReadingTest} and
 * {@link ErrorReadingTest}.
 */
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
                "{\"status\":\"failed\",\"error\":{\"message\":\"pricing unavailable\"}}")));
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
