package dev.wanr2v.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.testkit.MediaSamples;
import dev.wanr2v.testkit.emulator.EmulatorExtension;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The example as its README uses it, with its own application.yml and emulator profile, on an ephemeral emulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("emulator")
class ExampleApplicationTest {
    @RegisterExtension
    static final EmulatorExtension DASHSCOPE = EmulatorExtension.of("dashscope", EmulatorOptions.defaults().withSpeed(10));

    @DynamicPropertySource
    static void emulator(DynamicPropertyRegistry registry) {
        registry.add("wanr2v.base-url", () -> DASHSCOPE.emulator().baseUrl());
        registry.add("wanr2v.poll.initial-delay", () -> "50ms");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/videos"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void submitsReportsWaitsAndServesTheClip() throws Exception {
        HttpResponse<byte[]> submitted = post("{\"prompt\": \"character1 waves at the camera\","
                + " \"images\": [\"https://example.com/alice.png\"], \"size\": \"1280*720\"}");
        assertThat(submitted.statusCode()).isEqualTo(202);
        String token = json.readTree(submitted.body()).get("token").asText();

        JsonNode status = json.readTree(get("/videos/" + token).body());
        assertThat(status.get("token").asText()).isEqualTo(token);
        assertThat(status.get("status").asText()).isIn("QUEUED", "RUNNING", "SUCCEEDED");

        HttpResponse<byte[]> video = get("/videos/" + token + "/video");
        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(video.body()).isEqualTo(MediaSamples.resultVideo());
        assertThat(json.readTree(get("/videos/" + token).body()).get("status").asText()).isEqualTo("SUCCEEDED");

        JsonNode tasks = json.readTree(get("/actuator/metrics/wanr2v.tasks?tag=wanr2v.task.outcome:succeeded").body());
        // once, also when the status call above already saw the end (the video's wait then only reports it)
        assertThat(tasks.at("/measurements/0/value").asDouble()).as("the clip's task counted once").isEqualTo(1.0);
        JsonNode creates = json.readTree(get("/actuator/metrics/gen_ai.client.operation?tag=gen_ai.operation.name:"
                + "create_task").body());
        assertThat(creates.at("/measurements/0/statistic").asText()).isEqualTo("COUNT");
        assertThat(creates.at("/measurements/0/value").asDouble()).as("the create, timed by its observation").isEqualTo(1);
    }

    @Test
    void aBrokenRequestIsRefusedWithEveryRuleAndNothingIsSent() throws Exception {
        HttpResponse<byte[]> refused = post("{\"prompt\": \"character1 waves\", \"duration\": 99}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("title").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(problem.get("rules").toString()).contains("R2V-REF-COUNT").contains("R2V-DURATION");
        assertThat(DASHSCOPE.emulator().createsReceived()).isZero();
        assertThat(get("/videos/not-a-token").statusCode()).isEqualTo(400);
    }

    @Test
    void healthShowsTheProvider() throws Exception {
        JsonNode health = json.readTree(get("/actuator/health").body());
        assertThat(health.at("/components/wanr2v/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/wanr2v/details/options/region").asText()).isEqualTo("intl");
    }
}
