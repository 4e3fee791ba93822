package dev.wanr2v.provider.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.ShotType;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskConflictException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.UnexpectedResponseException;
import dev.wanr2v.VideoSize;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end through the real client and engine, against a scripted DashScope on loopback: the exact create
 * body and headers, and the cancel call. Lifecycle, error mapping, billing safety and secrets are the kit's
 * rules 4.x to 6.x and 9.x ({@link DashScopeConformanceTest}); the vendor's fields are read in
 * {@link StatusReadingTest} and {@link ErrorMappingTest}.
 */
class DashScopeWireMockTest {
    private static final String KEY = "sk-wire-0123456789";
    private static final String CREATE = "/api/v1/services/aigc/video-generation/video-synthesis";
    private static final String STATUS = "/api/v1/tasks/task-1";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private R2vClient client;

    @BeforeEach
    void client() {
        client = R2v.builder().provider(new DashScopeProvider()).apiKey(KEY).baseUrl(wm.baseUrl() + "/api/v1/")
                .environment(Map.of()).systemProperties(new Properties())
                .pollPolicy(PollPolicy.fixed(Duration.ofMillis(20))).awaitTimeout(Duration.ofSeconds(20))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20), 2.0)).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static R2vRequest request() {
        return R2vRequest.builder().prompt("character1 waves at character2")
                .image("https://cdn.example.com/alice.png").video("https://cdn.example.com/bob.mp4")
                .size(VideoSize.P720_LANDSCAPE).duration(5).shotType(ShotType.MULTI).seed(7L).build();
    }

    private static final String GOLDEN = """
            {"model": "wan2.6-r2v-flash",
             "input": {"prompt": "character1 waves at character2",
                       "reference_urls": ["https://cdn.example.com/alice.png", "https://cdn.example.com/bob.mp4"]},
             "parameters": {"size": "1280*720", "duration": 5, "audio": true, "shot_type": "multi",
                            "watermark": false, "seed": 7}}
            """;

    private static void createAnswers() {
        wm.stubFor(post(CREATE).willReturn(okJson(
                "{\"request_id\":\"r-create\",\"output\":{\"task_id\":\"task-1\",\"task_status\":\"PENDING\"}}")));
    }

    @Test
    void submitSendsExactlyTheGoldenBodyAndHeaders() {
        createAnswers();
        TaskHandle handle = client.submit(request());
        assertThat(handle.providerId()).isEqualTo("dashscope");
        assertThat(handle.taskId()).isEqualTo("task-1");
        wm.verify(1, postRequestedFor(urlEqualTo(CREATE))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("X-DashScope-Async", equalTo("enable"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(GOLDEN)));
        var sent = wm.getAllServeEvents().get(0).getRequest();
        assertThat(sent.header("Content-Type").values()).containsExactly("application/json");
        assertThat(sent.header("Authorization").values()).containsExactly("Bearer " + KEY);
    }

    @Test
    void cancelPostsToTheCancelPath() {
        createAnswers();
        wm.stubFor(post(STATUS + "/cancel").willReturn(okJson("{\"request_id\":\"r-cancel\"}")));
        client.cancel(client.submit(request()));
        wm.verify(1, postRequestedFor(urlEqualTo(STATUS + "/cancel"))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void cancelOfARunningTaskIsAConflict() {
        createAnswers();
        wm.stubFor(post(STATUS + "/cancel").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"request_id\":\"r-c\",\"code\":\"UnsupportedOperation\","
                        + "\"message\":\"Failed to cancel the task, please confirm if the task is in PENDING status.\"}")));
        TaskHandle handle = client.submit(request());
        assertThatThrownBy(() -> client.cancel(handle))
                .isInstanceOfSatisfying(TaskConflictException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
                    assertThat(e.getMessage()).contains("PENDING");
                });
    }

    @Test
    void aStatusAnswerThatIsNoJsonIsUnexpectedWithItsStatusAndBodyOnce() {
        createAnswers();
        wm.stubFor(get(STATUS).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>Captive portal</title></head></html>")));
        TaskHandle handle = client.submit(request());
        assertThatThrownBy(() -> client.status(handle)).isInstanceOfSatisfying(UnexpectedResponseException.class,
                e -> assertThat(e.getMessage()).contains("status answer is not a JSON object", "Captive portal")
                        .containsOnlyOnce("HTTP 200"));
    }

    @Test
    void aCreateAnswerNamingNoTaskIsAnUnknownOutcomeQuotingItsRequestIdOnce() {
        wm.stubFor(post(CREATE).willReturn(okJson("{\"request_id\":\"r-lost-7\",\"output\":{\"task_status\":\"PENDING\"}}")));
        assertThatThrownBy(() -> client.submit(request())).isInstanceOfSatisfying(SubmitOutcomeUnknownException.class,
                e -> assertThat(e.getMessage()).contains("no output.task_id", "Model Studio console")
                        .containsOnlyOnce("r-lost-7"));
    }
}
