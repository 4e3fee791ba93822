package dev.wanr2v.provider.uniall;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import dev.wanr2v.AuthenticationException;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.PermissionException;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider through the real client and engine, against a UniAll stand-in on loopback. */
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
    void awaitFollowsQueuedRunningCompletedAndReturnsTheUrl() {
        created();
        statuses(task("queued", ",\"progress\":0"), task("in_progress", ",\"progress\":40"),
                task("in_progress", ",\"progress\":90"), task("completed", ",\"progress\":100,"
                        + "\"video_url\":\"https://cdn.example.com/out/task_e2e.mp4?sig=s3cr3t\",\"raw_status\":\"SUCCEEDED\""));
        List<String> seen = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void onStatus(TaskHandle handle, TaskSnapshot snapshot) {
                seen.add(snapshot.status() + " " + snapshot.progress().orElse(-1));
            }
        };

        TaskHandle handle = client.submit(SeedExamplesTest.IMAGE_REFERENCE);
        GeneratedVideo video = client.await(handle, AwaitOptions.defaults().withListener(listener));

        assertThat(video.url()).isEqualTo("https://cdn.example.com/out/task_e2e.mp4?sig=s3cr3t");
        assertThat(video.snapshot().attributes()).containsEntry("raw_status", "SUCCEEDED");
        assertThat(video.toString()).doesNotContain("s3cr3t");
        assertThat(seen).contains("RUNNING 0.4", "RUNNING 0.9", "SUCCEEDED 1.0");
        wm.verify(getRequestedFor(urlEqualTo(TASK)).withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void aFailedTaskRaisesTaskFailedWithTheVendorsReason() {
        created();
        statuses(task("in_progress", ",\"progress\":10"),
                task("failed", ",\"error\":{\"code\":\"InternalError.Algo\",\"message\":\"generation failed\"}"));

        TaskHandle handle = client.submit(SeedExamplesTest.IMAGE_REFERENCE);

        assertThatThrownBy(() -> client.await(handle)).isInstanceOfSatisfying(TaskFailedException.class, e -> {
            assertThat(e.getMessage()).contains("generation failed").contains("InternalError.Algo");
            assertThat(e.lastSnapshot().map(TaskSnapshot::status)).contains(TaskStatus.FAILED);
        });
    }

    @Test
    void notFoundWhileWaitingMeansTheTaskExpired() {
        created();
        wm.stubFor(get(urlEqualTo(TASK)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"task not found\",\"type\":\"invalid_request_error\"}}")));

        TaskHandle handle = client.submit(SeedExamplesTest.IMAGE_REFERENCE);

        assertThatThrownBy(() -> client.await(handle)).isInstanceOfSatisfying(TaskExpiredException.class,
                e -> assertThat(e.handle().taskId()).isEqualTo("task_e2e"));
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
    void aRateLimitedCreateIsRetriedOnce() {
        wm.stubFor(post(urlEqualTo(CREATE)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"slow down\",\"code\":\"rate_limit_exceeded\"}}"))
                .willSetStateTo("free"));
        wm.stubFor(post(urlEqualTo(CREATE)).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson(task("queued", ""))));

        assertThat(client.submit(SeedExamplesTest.IMAGE_REFERENCE).taskId()).isEqualTo("task_e2e");
        wm.verify(2, postRequestedFor(urlEqualTo(CREATE)));
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
    void aRefusedKeyIsAnAuthenticationErrorThatNeverShowsTheKey() {
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(401).withHeader("Content-Type",
                "application/json").withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\","
                        + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));

        assertThatThrownBy(() -> client.submit(SeedExamplesTest.IMAGE_REFERENCE))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("UNIALL_API_KEY")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
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
