package dev.wanr2v.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusFallbackTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "400, INVALID_REQUEST", "401, AUTHENTICATION", "402, PERMISSION", "403, PERMISSION",
        "404, INVALID_REQUEST", "405, INVALID_REQUEST", "408, TIMEOUT", "409, CONFLICT", "410, INVALID_REQUEST",
        "413, INVALID_REQUEST", "418, INVALID_REQUEST", "422, INVALID_REQUEST", "429, RATE_LIMITED",
        "499, INVALID_REQUEST", "500, PROVIDER_ERROR", "502, PROVIDER_ERROR", "599, PROVIDER_ERROR",
        "600, UNEXPECTED_RESPONSE", "200, UNEXPECTED_RESPONSE", "302, UNEXPECTED_RESPONSE",
        "100, UNEXPECTED_RESPONSE", "0, UNEXPECTED_RESPONSE"})
    void theStatusAloneDecides(int status, ErrorCategory category) {
        assertThat(StatusFallback.category(status)).isEqualTo(category);
        assertThat(StatusFallback.categoryForTaskApi(Operation.CREATE, status)).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "STATUS, 404, TASK_EXPIRED", "STATUS, 410, TASK_EXPIRED", "STATUS, 400, INVALID_REQUEST",
        "CANCEL, 404, INVALID_REQUEST", "COST_ESTIMATE, 410, INVALID_REQUEST", "STATUS, 500, PROVIDER_ERROR"})
    void aTaskApiSaysNoSuchTaskWithNotFoundOnAStatusCall(Operation operation, int status, ErrorCategory category) {
        assertThat(StatusFallback.categoryForTaskApi(operation, status)).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0}: not accepted {1}, retryable {2}")
    @CsvSource({
        "400, true, false", "401, true, false", "404, true, false", "408, false, true", "409, true, false",
        "413, true, false", "429, true, true", "499, true, false", "500, false, true", "501, false, false",
        "502, false, true", "503, false, true", "504, false, true", "505, false, false", "200, false, false",
        "302, false, false", "0, false, false"})
    void theStatusDecidesWhatTheCodecLeavesUnset(int status, boolean notAccepted, boolean retryable) {
        assertThat(StatusFallback.createNotAccepted(status)).isEqualTo(notAccepted);
        assertThat(StatusFallback.retryable(status)).isEqualTo(retryable);
        ErrorInfo unset = ErrorInfo.builder(StatusFallback.category(status)).build();
        assertThat(StatusFallback.createNotAccepted(unset, status)).isEqualTo(notAccepted);
        assertThat(StatusFallback.retryable(unset, status)).isEqualTo(retryable);
        ErrorInfo said = ErrorInfo.builder(StatusFallback.category(status)).createNotAccepted(!notAccepted)
                .retryable(!retryable).build();
        assertThat(StatusFallback.createNotAccepted(said, status)).isEqualTo(!notAccepted);
        assertThat(StatusFallback.retryable(said, status)).isEqualTo(!retryable);
    }
}
