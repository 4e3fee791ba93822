package dev.wanr2v.provider.uniall;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.wanr2v.provider.uniall.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.PermissionException;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.TaskHandle;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider through the real client and engine, against a UniAll stand-in on loopback: the exact create
 * body, a base URL ending in /v1, an exhausted quota sent with HTTP 429 (never retried), and validation.
 * Lifecycle, error mapping, billing safety and secrets are the kit's rules 4.x to 6.x and 9.x
 * ({@link UniAllConformanceTest}); the vendor's fields are read in {@link TaskReadingTest} and
 * {@link ErrorReadingTest}.
 */
class EndToEndTest {
    private static final String KEY = "sk-e2e-5d1c9a7b3f";
    private static final String CREATE = "/v1/video/generations";
    private static final String TASK = "/v1/videos/task_e2e";

    private WireMockServer wm;
    private R2vClient client;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        client = client(wm.baseUrl());
    }

    @AfterEach
    void stop() {
        client.close();
        wm.stop();
    }

    private R2vClient client(String baseUrl) {
        return R2v.builder().provider(new UniAllProvider()).apiKey(KEY).baseUrl(baseUrl)
                .pollPolicy(PollPolicy.fixed(Duration.ofMillis(20)))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100), 2.0))
                .awaitTimeout(Duration.ofSeconds(20))
                .environment(Map.of()).systemProperties(new Properties()).build();
    }

    private static String task(String status, String more) {
        return "{\"id\":\"task_e2e\",\"task_id\":\"task_e2e\",\"object\":\"video.generation.job\","
                + "\"model\":\"wan2.6-r2v-flash-1080p-silent\",\"status\":\"" + status + "\",\"created_at\":1773984104"
                + more + "}";
    }

    private void created() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson(task("queued", ",\"progress\":0"))));
    }

    private void statuses(String... bodies) {
        String state = Scenario.STARTED;
        for (int i = 0; i < bodies.length; i++) {
            String next = i == bodies.length - 1 ? state : "poll " + (i + 1);
            wm.stubFor(get(urlEqualTo(TASK)).inScenario("task").whenScenarioStateIs(state)
                    .willReturn(okJson(bodies[i])).willSetStateTo(next));
            state = next;
        }
    }

    @Test
    void submitSendsTheDocumentedBodyAndHeaders() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson(resource("seed-002-create-response.json"))));

        TaskHandle handle = client.submit(SeedExamplesTest.IMAGE_REFERENCE);

        assertThat(handle.taskId()).isEqualTo("task_xxxxxxxxxxxxx");
        assertThat(handle.providerId()).isEqualTo("uniall");
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson(resource("seed-000-example-2-reference.json"))));
    }

    @Test
    void generateRunsTheWholeWayFromABaseUrlEndingInV1() {
        created();
        statuses(task("completed", ",\"result\":{\"outputs\":[\"https://cdn.example.com/o.mp4\"]}"));

        try (R2vClient v1 = client(wm.baseUrl() + "/v1")) {
            assertThat(v1.generate(SeedExamplesTest.VIDEO_REFERENCE).url()).isEqualTo("https://cdn.example.com/o.mp4");
        }
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void anExhaustedQuotaIsNeverRetried() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"You exceeded your"
                        + " current quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}")));

        assertThatThrownBy(() -> client.submit(SeedExamplesTest.IMAGE_REFERENCE))
                .isInstanceOfSatisfying(PermissionException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.PERMISSION);
                    assertThat(e.isRetryable()).isFalse();
                });
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void aVideoBeforeAnImageIsRejectedWithoutSendingAnything() {
        R2vRequest request = R2vRequest.builder().prompt("character1 meets character2")
                .video("https://example.com/bob.mp4").image("https://example.com/alice.png").build();

        assertThatThrownBy(() -> client.submit(request)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("R2V-REF-ORDER");
        wm.verify(0, postRequestedFor(urlEqualTo(CREATE)));
    }
}
