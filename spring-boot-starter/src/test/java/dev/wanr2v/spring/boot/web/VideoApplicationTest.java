package dev.wanr2v.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.MediaSamples;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorExtension;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real web application on a random port, its client pointed at the DashScope emulator, its observations recorded
 * in a {@link TestObservationRegistry} (the application's {@link ObservationRegistry}, as Actuator's would be).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "wanr2v.provider=dashscope", "wanr2v.api-key=" + VideoApplicationTest.KEY,
    "wanr2v.poll.initial-delay=50ms", "wanr2v.poll.max-interval=100ms",
    "management.endpoints.web.exposure.include=health", "management.endpoint.health.show-details=always"})
class VideoApplicationTest {
    static final String KEY = "sk-web-test-0123456789abcdef";

    @RegisterExtension
    static final EmulatorExtension DASHSCOPE = EmulatorExtension.of("dashscope",
            EmulatorOptions.defaults().withSpeed(10).withApiKey(KEY));

    @DynamicPropertySource
    static void emulator(DynamicPropertyRegistry registry) {
        registry.add("wanr2v.base-url", () -> DASHSCOPE.emulator().baseUrl());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Observations {
        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestObservationRegistry observations;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void aControllerSubmitsASecondCallAwaitsTheTokenAndTheVideoIsServed() throws Exception {
        Emulator emulator = DASHSCOPE.emulator();
        HttpResponse<byte[]> submitted = send(HttpRequest.newBuilder(uri("/videos"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"prompt\":\"character1 waves at the camera\",\"images\":[\"https://example.com/alice.png\"]}")));
        assertThat(submitted.statusCode()).isEqualTo(202);
        String token = json.readTree(submitted.body()).get("token").asText();
        assertThat(token).startsWith("wr2v1.");
        assertThat(submitted.headers().firstValue("Location")).contains("/videos/" + token);

        HttpResponse<byte[]> video = send(HttpRequest.newBuilder(uri("/videos/" + token)).GET());
        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(video.body()).isEqualTo(MediaSamples.resultVideo());
        assertThat(emulator.journal().of(Operation.CREATE)).hasSize(1);
        assertThat(emulator.journal().of(Operation.STATUS)).isNotEmpty();

        TestObservationRegistryAssert.assertThat(observations).hasObservationWithNameEqualTo("wanr2v.task").that()
                .hasBeenStopped().hasLowCardinalityKeyValue("gen_ai.provider.name", "dashscope");
        TestObservationRegistryAssert.assertThat(observations).hasObservationWithNameEqualTo("gen_ai.client.operation")
                .that().hasLowCardinalityKeyValue("gen_ai.operation.name", "create_task");
        assertThat(meters.find("wanr2v.tasks").tag("wanr2v.task.outcome", "succeeded").counter())
                .as("wan-r2v's meters in the application's meter registry").isNotNull();
    }

    @Test
    void healthIsUpAndShowsTheConfigurationWithoutTheKey() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        JsonNode wanr2v = health.at("/components/wanr2v");
        assertThat(wanr2v.get("status").asText()).isEqualTo("UP");
        assertThat(wanr2v.at("/details/provider").asText()).isEqualTo("dashscope");
        assertThat(wanr2v.at("/details/endpoint").asText()).isEqualTo(DASHSCOPE.emulator().baseUrl());
        assertThat(wanr2v.at("/details/apiKeySet").asBoolean()).isTrue();
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(KEY);
        assertThat(DASHSCOPE.emulator().journal().all()).as("health calls no vendor").isEmpty();
    }
}
