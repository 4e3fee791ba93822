package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wanr2v.TaskConflictException;
import dev.wanr2v.TaskHandle;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Cancel is safe to repeat: a retry that finds the task canceled by the lost first attempt is a success. */
class CancelTest extends EngineTestSupport {
    private static final String CANCEL = "/v1/tasks/t1/cancel";
    private static final String NOT_PENDING = "{\"code\":\"NotPending\",\"message\":\"the task is not pending\"}";

    private TaskHandle handle() {
        return new TaskHandle("scripted", "t1", wm.baseUrl(), T0);
    }

    @Test
    void aCancelWhoseAnswerWasLostIsNotReportedAsAConflictByItsRetry() {
        wm.stubFor(post(urlEqualTo(CANCEL)).inScenario("c").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{}").withFixedDelay(900)).willSetStateTo("canceled"));
        wm.stubFor(post(urlEqualTo(CANCEL)).inScenario("c").whenScenarioStateIs("canceled")
                .willReturn(aResponse().withStatus(400).withBody(NOT_PENDING)));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"CANCELED\"}")));

        client(b -> b.responseTimeout(Duration.ofMillis(200))).cancel(handle());

        wm.verify(2, postRequestedFor(urlEqualTo(CANCEL)));
    }

    @Test
    void aCancelOfARunningTaskIsStillAConflict() {
        wm.stubFor(post(urlEqualTo(CANCEL)).willReturn(aResponse().withStatus(400).withBody(NOT_PENDING)));
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"RUNNING\"}")));

        assertThatThrownBy(() -> client().cancel(handle())).isExactlyInstanceOf(TaskConflictException.class)
                .hasMessageContaining("the task is not pending");
    }
}
