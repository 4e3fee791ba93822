package dev.wanr2v.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
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
}
