package dev.wanr2v.provider.uniall;

import static dev.wanr2v.provider.uniall.Fixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorReadingTest {
    private final ProviderCodec codec = Fixtures.codec();

    private ErrorInfo create(int status, String json) {
        return codec.readError(Operation.CREATE, reply(status, json));
    }

    @Test
    void anOpenAiStyleErrorIsReadCompletely() {
        ErrorInfo e = create(400, "{\"error\":{\"message\":\"size is invalid\",\"type\":\"invalid_request_error\","
                + "\"code\":\"invalid_size\"}}");

        assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
        assertThat(e.code()).contains("invalid_size");
        assertThat(e.message()).contains("size is invalid");
    }

    @Test
    void theTypeStandsInForAMissingCode() {
        ErrorInfo e = create(400, "{\"error\":{\"message\":\"bad\",\"type\":\"invalid_request_error\",\"code\":null}}");

        assertThat(e.code()).contains("invalid_request_error");
    }

    @Test
    void aBodyWithoutAnErrorMemberStatesNothing() {
        // top-level code and message are in no UniAll document: the status decides, nothing is read as words
        ErrorInfo e = create(422, "{\"message\":\"duration must be 2..15\",\"code\":\"bad_duration\"}");

        assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
        assertThat(e.code()).isEmpty();
        assertThat(e.message()).isEmpty();
    }

    @Test
    void onlyTheDocumentedPartsOfAnErrorObjectAreRead() {
        // msg and detail are in no UniAll document, nor is an object of other fields
        ErrorInfo e = create(400, "{\"error\":{\"msg\":\"m\",\"detail\":\"d\",\"code\":\"c\"}}");

        assertThat(e.code()).contains("c");
        assertThat(e.message()).isEmpty();
        // an error object of other fields reads as no error
        assertThat(create(400, "{\"error\":{\"reason\":\"r\"}}").message()).isEmpty();
    }

    @Test
    void aStringErrorIsTheMessage() {
        ErrorInfo e = create(400, "{\"error\":\"prompt is required\"}");

        assertThat(e.message()).contains("prompt is required");
        assertThat(e.code()).isEmpty();
    }

    /** A proxy's text or HTML page: the status decides, and core describes the body (kit rule 5.8). */
    @Test
    void aBodyThatIsNoJsonIsLeftToCoreToDescribe() {
        ErrorInfo text = codec.readError(Operation.CREATE,
                Fixtures.reply(502, "text/plain", "upstream connect error\nor disconnect", Map.of()));
        ErrorInfo html = codec.readError(Operation.CREATE, Fixtures.reply(503, "text/html",
                "<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head>"
                        + "<body><center>nginx</center></body></html>", Map.of()));

        for (ErrorInfo e : new ErrorInfo[] {text, html}) {
            assertThat(e.category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
            assertThat(e.code()).isEmpty();
            assertThat(e.message()).isEmpty();
        }
    }

    @Test
    void anEmptyBodyFallsBackOnTheStatus() {
        ErrorInfo e = codec.readError(Operation.CREATE, Fixtures.reply(401, null, "", Map.of()));

        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.message()).isEmpty();
        assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("UNIALL_API_KEY"));
    }

    @ParameterizedTest
    @CsvSource({
        "CREATE, 400, INVALID_REQUEST",
        "CREATE, 413, INVALID_REQUEST",
        "CREATE, 422, INVALID_REQUEST",
        "CREATE, 401, AUTHENTICATION",
        "STATUS, 401, AUTHENTICATION",
        "CREATE, 403, PERMISSION",
        "STATUS, 404, TASK_EXPIRED",
        "CREATE, 404, INVALID_REQUEST",
        "CREATE, 409, CONFLICT",
        "CREATE, 429, RATE_LIMITED",
        "STATUS, 429, RATE_LIMITED",
        "CREATE, 500, PROVIDER_ERROR",
        "STATUS, 502, PROVIDER_ERROR",
        "CREATE, 503, PROVIDER_ERROR",
        "CREATE, 504, PROVIDER_ERROR",
        "CREATE, 301, UNEXPECTED_RESPONSE",
        "CREATE, 405, INVALID_REQUEST",
        "CREATE, 418, INVALID_REQUEST",
        "STATUS, 410, TASK_EXPIRED",
        "CREATE, 410, INVALID_REQUEST",
    })
    void theHttpStatusDecidesTheCategory(Operation operation, int status, ErrorCategory category) {
        ErrorInfo e = codec.readError(operation, reply(status, "{\"error\":{\"message\":\"m\",\"code\":\"c\"}}"));

        assertThat(e.category()).isEqualTo(category);
    }

    @Test
    void rateLimitingIsRetryableAndTheCreateWasNotAccepted() {
        ErrorInfo e = create(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\","
                + "\"code\":\"rate_limit_exceeded\"}}");

        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(e.retryable()).contains(true);
        assertThat(e.createNotAccepted()).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}",
        "{\"error\":{\"message\":\"quota\",\"type\":\"insufficient_quota\",\"code\":null}}",
        "{\"error\":{\"message\":\"quota\",\"type\":\"requests\",\"code\":\"insufficient_quota\"}}",
        "{\"error\":{\"message\":\"user quota is not enough\",\"type\":\"new_api_error\",\"code\":\"insufficient_user_quota\"}}",
    })
    void anExhaustedQuotaIsAPermissionProblemNotARetryableRateLimit(String body) {
        ErrorInfo e = create(429, body);

        assertThat(e.category()).isEqualTo(ErrorCategory.PERMISSION);
        assertThat(e.retryable()).contains(false);
        assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("billing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"content_policy_violation", "moderation_blocked", "sensitive_words_detected",
        "DataInspectionFailed", "data_inspection_failed"})
    void moderationCodesAreContentRejections(String code) {
        ErrorInfo e = create(400, "{\"error\":{\"message\":\"refused\",\"type\":\"invalid_request_error\","
                + "\"code\":\"" + code + "\"}}");

        assertThat(e.category()).isEqualTo(ErrorCategory.CONTENT_REJECTED);
        assertThat(e.retryable()).contains(false);
    }

    @Test
    void notFoundOnStatusMeansTheTaskExpired() {
        ErrorInfo e = codec.readError(Operation.STATUS, reply(404, "{\"error\":{\"message\":\"task not found\"}}"));

        assertThat(e.category()).isEqualTo(ErrorCategory.TASK_EXPIRED);
        assertThat(e.message()).contains("task not found");
    }

    @Test
    void notFoundOnCreatePointsAtTheBaseUrlAndModel() {
        ErrorInfo e = create(404, "{\"error\":{\"message\":\"The model does not exist\",\"code\":\"model_not_found\"}}");

        assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
        assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("UNIALL_BASE_URL").contains("model"));
    }

    /** No UniAll document shows a request id header: it is not read. */
    @Test
    void noRequestIdIsReadFromAnUndocumentedHeader() {
        ErrorInfo e = codec.readError(Operation.CREATE, Fixtures.reply(500, "application/json",
                "{\"error\":{\"message\":\"boom\"}}", Map.of("X-Request-Id", "req-7")));

        assertThat(e.requestId()).isEmpty();
    }

    /** The vendor's words are read as they are (core masks the key in them: kit rule 9.1); the codec's own never hold it. */
    @Test
    void theVendorsWordsAreReadAsTheyAreAndTheHintHoldsNoKey() {
        String echo = "Incorrect API key provided: " + Fixtures.KEY + ".";
        ErrorInfo e = create(401, "{\"error\":{\"message\":\"" + echo + "\",\"code\":\"invalid_api_key\"}}");

        assertThat(e.message()).contains(echo);
        assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).doesNotContain(Fixtures.KEY));
    }

    @Test
    void binaryGarbageIsReadWithoutThrowing() {
        HttpReply garbage = new HttpReply(500, Map.of(), new byte[] {(byte) 0xFF, 0, 0x7B, (byte) 0xC3});

        assertThat(codec.readError(Operation.STATUS, garbage).category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
    }
}
