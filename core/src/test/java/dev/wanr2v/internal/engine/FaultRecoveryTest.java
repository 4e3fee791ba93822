package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wanr2v.AuthenticationException;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.UnexpectedResponseException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Status calls are safe to repeat: every transient fault is recovered from. */
class FaultRecoveryTest extends EngineTestSupport {

    private TaskHandle handle() {
        return new TaskHandle("scripted", "t1", wm.baseUrl(), T0);
    }

    static Stream<ResponseDefinitionBuilder> transientFaults() {
        return Stream.of(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withFault(Fault.EMPTY_RESPONSE), aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), aResponse().withStatus(408),
                aResponse().withStatus(429), aResponse().withStatus(500), aResponse().withStatus(502),
                aResponse().withStatus(503).withHeader("Retry-After", "0"), aResponse().withStatus(504),
                aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Bad Gateway</body></html>"),
                okJson("{\"status\":\"RUNNING\"}").withFixedDelay(800));
    }

    @ParameterizedTest
    @MethodSource("transientFaults")
    void statusCallsRecoverAndTheResultStillArrives(ResponseDefinitionBuilder fault) {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("f").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(fault).willSetStateTo("again"));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("f").whenScenarioStateIs("again")
                .willReturn(fault).willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).inScenario("f").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"status\":\"SUCCEEDED\",\"url\":\"https://cdn.example.com/v.mp4\"}")));
        DefaultR2vClient c = client(b -> b.responseTimeout(java.time.Duration.ofMillis(400)));
        assertThat(c.await(handle()).url()).endsWith("v.mp4");
        assertThat(c.leasedConnections()).isZero();
    }

    @Test
    void anAnswerLargerThanTheCapIsUnexpectedAndNotRetried() {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\",\"pad\":\""
                + "x".repeat(50_000) + "\"}")));
        DefaultR2vClient c = client(b -> b.maxResponseBytes(4096));
        assertThatThrownBy(() -> c.status(handle())).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("4096-byte cap");
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void garbageInA200IsAnUnexpectedResponseQuotingItSafely() {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(aResponse().withStatus(200)
                .withBody("<html>login at https://sso.example.com/x?token=abc123</html>")));
        assertThatThrownBy(() -> client().status(handle())).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("HTTP 200").hasMessageContaining("no status")
                .hasMessageContaining("https://sso.example.com/x?****").hasMessageNotContaining("abc123");
    }

    @Test
    void theKeyNeverAppearsInMessagesOrLogLines() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<R2vException> errors = new ArrayList<>();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(aResponse().withStatus(401)
                    .withBody("{\"code\":\"InvalidApiKey\",\"message\":\"Invalid API-key provided: " + KEY + "\"}")));
            wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(aResponse().withStatus(400)
                    .withBody("{\"code\":\"Bad\",\"message\":\"key " + KEY + " rejected\"}")));
            DefaultR2vClient c = client();
            for (Runnable call : List.<Runnable>of(() -> c.submit(request()), () -> c.status(handle()),
                    () -> c.await(handle()))) {
                try {
                    call.run();
                } catch (R2vException e) {
                    errors.add(e);
                }
            }
        } finally {
            System.setErr(original);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(errors).hasSize(3).first().isInstanceOf(AuthenticationException.class);
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.getMessage()).doesNotContain(KEY).contains("****");
            assertThat(e.providerMessage().orElse("")).doesNotContain(KEY);
            assertThat(e.toString()).doesNotContain(KEY);
        });
        assertThat(errors.get(0).getMessage()).contains("SCRIPTED_API_KEY");
        assertThat(logs).contains("Authorization: ****").contains("POST").doesNotContain(KEY);
    }
}
