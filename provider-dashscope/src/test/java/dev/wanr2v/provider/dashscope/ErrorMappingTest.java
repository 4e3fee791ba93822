package dev.wanr2v.provider.dashscope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.support.StatusFallback;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented DashScope error code, and the fallbacks on the HTTP status. */
class ErrorMappingTest {
    private final ProviderCodec codec = Fixtures.codec();

    private ErrorInfo error(Operation op, int status, String code) {
        return codec.readError(op, HttpReply.json(status,
                "{\"request_id\":\"req-7\",\"code\":\"" + code + "\",\"message\":\"vendor says " + code + "\"}"));
    }

    private ErrorInfo raw(int status, String contentType, String body) {
        return codec.readError(Operation.CREATE, new HttpReply(status, Map.of("Content-Type", List.of(contentType)),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * status, code, category, and what the engine decides: whether the create was certainly not accepted, whether
     * the call goes again (the codec's flags where DashScope's codes say, else the SPI's StatusFallback).
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "400, InvalidParameter,             INVALID_REQUEST,  true,  false",
        "400, DataInspectionFailed,         CONTENT_REJECTED, true,  false",
        "400, data_inspection_failed,       CONTENT_REJECTED, true,  false",
        "400, BadRequest.EmptyInput,        INVALID_REQUEST,  true,  false",
        "400, BadRequest.EmptyParameters,   INVALID_REQUEST,  true,  false",
        "400, BadRequest.EmptyModel,        INVALID_REQUEST,  true,  false",
        "400, InvalidURL,                   INVALID_REQUEST,  true,  false",
        "400, Arrearage,                    PERMISSION,       true,  false",
        "400, UnsupportedOperation,         INVALID_REQUEST,  true,  false",
        "401, InvalidApiKey,                AUTHENTICATION,   true,  false",
        "403, AccessDenied,                 PERMISSION,       true,  false",
        "403, AccessDenied.Unpurchased,     PERMISSION,       true,  false",
        "408, RequestTimeOut,               TIMEOUT,          false, true",
        "413, BadRequest.TooLarge,          INVALID_REQUEST,  true,  false",
        "429, Throttling,                   RATE_LIMITED,     true,  true",
        "429, Throttling.RateQuota,         RATE_LIMITED,     true,  true",
        "429, Throttling.AllocationQuota,   RATE_LIMITED,     true,  true",
        "500, InternalError,                PROVIDER_ERROR,   false, true",
        "500, InternalError.Algo,           PROVIDER_ERROR,   false, true",
        // a code of a documented family
        "429, Throttling.SomethingNew,      RATE_LIMITED,     true,  true",
        "400, BadRequest.SomethingNew,      INVALID_REQUEST,  true,  false",
        // unknown codes fall back on the status, as StatusFallback reads it for every provider
        "400, Mystery,                      INVALID_REQUEST,  true,  false",
        "404, Mystery,                      INVALID_REQUEST,  true,  false",
        "409, Mystery,                      CONFLICT,         true,  false",
        "413, Mystery,                      INVALID_REQUEST,  true,  false",
        "422, Mystery,                      INVALID_REQUEST,  true,  false",
        "401, Mystery,                      AUTHENTICATION,   true,  false",
        "403, Mystery,                      PERMISSION,       true,  false",
        "408, Mystery,                      TIMEOUT,          false, true",
        "429, Mystery,                      RATE_LIMITED,     true,  true",
        "500, Mystery,                      PROVIDER_ERROR,   false, true",
        "502, Mystery,                      PROVIDER_ERROR,   false, true",
        "503, Mystery,                      PROVIDER_ERROR,   false, true",
        "302, Mystery,                      UNEXPECTED_RESPONSE, false, false",
        "418, Mystery,                      INVALID_REQUEST,  true,  false"})
    void codesMapToCategoriesAndCreateOutcomes(int status, String code, ErrorCategory category, boolean notAccepted,
            boolean retryable) {
        ErrorInfo e = error(Operation.CREATE, status, code);
        assertThat(e.category()).isEqualTo(category);
        assertThat(e.code()).contains(code);
        assertThat(e.message()).contains("vendor says " + code);
        assertThat(e.requestId()).contains("req-7");
        assertThat(StatusFallback.createNotAccepted(e, status)).isEqualTo(notAccepted);
        assertThat(StatusFallback.retryable(e, status)).isEqualTo(retryable);
        if (code.equals("Mystery")) {
            // the status's rules are the SPI's, applied by the engine: the codec repeats none of them
            assertThat(e.createNotAccepted()).isEmpty();
            assertThat(e.retryable()).isEmpty();
        }
    }

    @Test
    void aRefusedCancelIsAConflictWithAHint() {
        ErrorInfo e = error(Operation.CANCEL, 400, "UnsupportedOperation");
        assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
        assertThat(e.retryable()).contains(false);
        assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("DashScope cancels only PENDING tasks"));
        assertThat(error(Operation.STATUS, 400, "UnsupportedOperation").category())
                .isEqualTo(ErrorCategory.INVALID_REQUEST);
    }

    @ParameterizedTest
    @CsvSource({"InvalidURL, publicly reachable", "Arrearage, top it up", "InvalidApiKey, DASHSCOPE_API_KEY",
        "InvalidApiKey, region", "AccessDenied.Unpurchased, activate", "DataInspectionFailed, moderation",
        "RequestTimeOut, look it up before submitting again", "Throttling.AllocationQuota, quota"})
    void codesWithAKnownRemedyCarryAHint(String code, String words) {
        assertThat(error(Operation.CREATE, 400, code).hint()).hasValueSatisfying(h -> {
            assertThat(h).containsIgnoringCase(words);
            assertThat(h).endsWith(".");
        });
    }

    @Test
    void emptyHtmlAndMalformedBodiesFallBackOnTheStatus() {
        ErrorInfo empty = raw(503, "text/plain", "");
        assertThat(empty.category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
        assertThat(empty.code()).isEmpty();
        assertThat(StatusFallback.createNotAccepted(empty, 503)).isFalse();

        ErrorInfo html = raw(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
        assertThat(html.category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
        assertThat(html.message()).isEmpty();

        ErrorInfo html403 = raw(403, "text/html", "<html>Forbidden</html>");
        assertThat(html403.category()).isEqualTo(ErrorCategory.PERMISSION);
        assertThat(html403.hint()).hasValueSatisfying(h -> assertThat(h).contains("not DashScope's JSON error"));

        ErrorInfo notFound = raw(404, "text/html", "<html>Not Found</html>");
        assertThat(notFound.hint()).hasValueSatisfying(h -> assertThat(h).contains("baseUrl"));

        assertThat(raw(400, "application/json", "{\"code\": \"InvalidPar").category())
                .isEqualTo(ErrorCategory.INVALID_REQUEST);
        assertThat(raw(429, "application/json", "[1, 2, 3]").category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(raw(401, "application/json", "\"just a string\"").category())
                .isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(raw(500, "application/json", "null").category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
    }

    @Test
    void fieldsOfTheWrongTypeDoNotHideTheStatus() {
        ErrorInfo e = raw(403, "application/json", "{\"code\": 42, \"message\": {\"a\": 1}, \"request_id\": null}");
        assertThat(e.category()).isEqualTo(ErrorCategory.PERMISSION);
        assertThat(e.code()).contains("42");
        assertThat(e.message()).isEmpty();
        assertThat(e.requestId()).isEmpty();
    }

    @Test
    void theApiKeyNeverAppearsInAnError() {
        ErrorInfo e = error(Operation.CREATE, 401, "InvalidApiKey");
        assertThat(String.join(" ", e.toString(), e.hint().orElse(""), e.message().orElse(""),
                e.code().orElse(""), e.requestId().orElse(""))).doesNotContain(Fixtures.KEY);
    }
}
