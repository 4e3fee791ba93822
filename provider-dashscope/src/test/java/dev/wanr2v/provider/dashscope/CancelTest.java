package dev.wanr2v.provider.dashscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.VendorErrorException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canceling a task: only PENDING tasks can be canceled at DashScope. */
class CancelTest {
    private final ProviderCodec codec = Fixtures.codec();

    @Test
    void cancelIsDeclaredAndPostsToTheTasksCancelPath() {
        assertThat(codec.capabilities().supports(Feature.CANCEL)).isTrue();
        HttpCall call = codec.cancelCall("0385dc79-5ff8");
        assertThat(call.operation()).isEqualTo(Operation.CANCEL);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.target()).isEqualTo("/api/v1/tasks/0385dc79-5ff8/cancel");
        assertThat(call.headers()).containsOnly(entry("Authorization", List.of("Bearer " + Fixtures.KEY)));
        assertThat(codec.cancelCall("a/b").target()).isEqualTo("/api/v1/tasks/a%2Fb/cancel");
    }

    @Test
    void aSuccessfulCancelAnswerIsAccepted() {
        assertThatCode(() -> codec.readCancel("t", HttpReply.json(200, "{\"request_id\": \"r-1\"}")))
                .doesNotThrowAnyException();
        assertThatCode(() -> codec.readCancel("t", HttpReply.json(200, ""))).doesNotThrowAnyException();
    }

    @Test
    void aRefusalOfARunningTaskIsAConflict() {
        var error = codec.readError(Operation.CANCEL, HttpReply.json(400, """
                {"request_id": "r-2", "code": "UnsupportedOperation",
                 "message": "Failed to cancel the task, please confirm if the task is in PENDING status."}
                """));
        assertThat(error.category()).isEqualTo(ErrorCategory.CONFLICT);
        assertThat(error.hint())
                .hasValueSatisfying(h -> assertThat(h).contains("DashScope cancels only PENDING tasks"));
        assertThat(error.requestId()).contains("r-2");
    }

    @Test
    void aRefusalAnsweredWithHttp200IsStillARefusal() {
        assertThatThrownBy(() -> codec.readCancel("t", HttpReply.json(200,
                "{\"request_id\": \"r-3\", \"code\": \"UnsupportedOperation\", \"message\": \"not PENDING\"}")))
                .isInstanceOfSatisfying(VendorErrorException.class,
                        e -> assertThat(e.error().category()).isEqualTo(ErrorCategory.CONFLICT));
    }
}
