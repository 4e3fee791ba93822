package dev.wanr2v.temporal.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wanr2v.temporal.GenerationInput;
import dev.wanr2v.temporal.GenerationResult;
import dev.wanr2v.temporal.GenerationState;
import dev.wanr2v.temporal.GenerationWorkflow;
import dev.wanr2v.temporal.internal.GenerationWorkflowImpl;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Replays recorded histories ({@code src/test/resources/histories}, made by {@link RecordHistories}) against the
 * workflow as it is now: a change that would send different commands to workflows already running (reordered or
 * added activities or timers) fails here, in CI, before it breaks them in production.
 */
class ReplayTest {
    private static final Pattern PAYLOAD = Pattern.compile("\"data\": \"([A-Za-z0-9+/=\\\\u]+)\"");

    static List<String> histories() {
        return List.of("succeeded", "throttled-then-succeeded", "lost-create-answer", "task-failed",
                "continued-as-new", "worker-died-mid-create");
    }

    @ParameterizedTest
    @MethodSource("histories")
    void recordedHistoriesReplayDeterministically(String name) throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource("histories/" + name + ".json",
                GenerationWorkflowImpl.class);
    }

    /**
     * Neither the API key nor a signed URL's signature is in a history, payloads decoded (the input's options show,
     * so the decoding works); the emulator's result URLs carry {@code Expires}, {@code OSSAccessKeyId} and
     * {@code Signature} query parameters.
     */
    @ParameterizedTest
    @MethodSource("histories")
    void recordedHistoriesHoldNoSecret(String name) throws IOException {
        String text = withDecodedPayloads(resource(name));

        assertThat(text).contains("\"awaitTimeout\"").doesNotContain("sk-temporal-test")
                .doesNotContain("Signature=").doesNotContain("OSSAccessKeyId=").doesNotContain("Expires=");
    }

    private static String withDecodedPayloads(String json) {
        StringBuilder text = new StringBuilder(json);
        Matcher m = PAYLOAD.matcher(json);
        while (m.find()) {
            String data = m.group(1).replace("\\u003d", "=");
            text.append('\n').append(new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** The check can fail: a workflow that sleeps before its create does not replay the recorded success. */
    @Test
    void aWorkflowThatChangedItsCommandsFailsTheReplay() {
        Throwable failure = catchThrowable(() -> WorkflowReplayer.replayWorkflowExecutionFromResource(
                "histories/succeeded.json", SleepsFirst.class));

        assertThat(failure).isNotNull();
        assertThat(failure.toString() + failure.getCause()).containsIgnoringCase("nondeterministic");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReplayTest.class.getResourceAsStream("/histories/" + name + ".json")) {
            assertThat(in).as("history " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The workflow with one command added in front: what a careless change looks like. */
    public static class SleepsFirst implements GenerationWorkflow {
        private final GenerationWorkflowImpl real = new GenerationWorkflowImpl();

        @Override
        public GenerationResult generate(GenerationInput input) {
            Workflow.sleep(Duration.ofSeconds(1));
            return real.generate(input);
        }

        @Override
        public GenerationState state() {
            return real.state();
        }
    }
}
