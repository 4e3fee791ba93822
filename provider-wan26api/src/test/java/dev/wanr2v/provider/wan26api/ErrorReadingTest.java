package dev.wanr2v.provider.wan26api;

import static dev.wanr2v.provider.wan26api.Fixtures.codec;
import static dev.wanr2v.provider.wan26api.Fixtures.json;
import static dev.wanr2v.provider.wan26api.Fixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.Violation;
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

/** The gateway's error answers and failed tasks, with seed 004's error codes in both places. */
class ErrorReadingTest {
    private final ProviderCodec codec = codec();

    /** code, category, rule (or none), not accepted at create. */
    private static final String CODES = """
            001028001, INVALID_REQUEST, R2V-REF-COUNT,  true
            001028002, INVALID_REQUEST, R2V-REF-IMAGES, true
            001028003, INVALID_REQUEST, R2V-REF-VIDEOS, true
            001028004, INVALID_REQUEST, R2V-URL-SYNTAX, true
            001028095, PROVIDER_ERROR,  ,               false
            001028096, PROVIDER_ERROR,  ,               false
            001028097, PROVIDER_ERROR,  ,               false
            001028098, PROVIDER_ERROR,  ,               false
            001028099, PROVIDER_ERROR,  ,               true
            """;

    /** The three ways a code arrives: a string, a number (leading zeros lost), a string without zeros. */
    private static List<String> spellings(String code) {
        String stripped = code.replaceFirst("^0+", "");
        return List.of("\"" + code + "\"", stripped, "\"" + stripped + "\"");
    }

    @ParameterizedTest(name = "create answered {0}")
    @CsvSource(textBlock = CODES)
    void everyCodeInACreateErrorAnswerMaps(String code, ErrorCategory category, String rule, boolean notAccepted) {
        for (String spelled : spellings(code)) {
            for (int status : new int[] {400, 422, 500}) {
                ErrorInfo e = codec.readError(Operation.CREATE, json(status,
                        "{\"error\":{\"code\":" + spelled + ",\"message\":\"vendor says no\"}}"));
                assertThat(e.category()).as(spelled + " / " + status).isEqualTo(category);
                assertThat(e.code()).hasValue(code);
                assertThat(e.message()).hasValue("vendor says no");
                assertThat(e.createNotAccepted()).as(spelled + " / " + status).hasValue(notAccepted);
                assertThat(e.hint()).isPresent();
                assertRule(e.violations(), rule, "vendor says no");
                // whether it goes again is the SPI's status rule: not after the 4xx seed 004's codes come with
                assertThat(e.retryable()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "task failed with {0}")
    @CsvSource(textBlock = CODES)
    void everyCodeInAFailedTaskMaps(String code, ErrorCategory category, String rule, boolean notAccepted) {
        for (String spelled : spellings(code)) {
            TaskSnapshot s = codec.readStatus("t1", json(200,
                    "{\"id\":\"t1\",\"status\":\"failed\",\"error\":{\"code\":" + spelled + ",\"message\":\"nope\"}}"));
            assertThat(s.status()).isEqualTo(TaskStatus.FAILED);
            TaskFailure f = s.failure().orElseThrow();
            assertThat(f.category()).as(spelled).isEqualTo(category);
            assertThat(f.code()).hasValue(code);
            assertThat(f.message()).hasValue("nope");
            assertRule(f.violations(), rule, "nope");
        }
    }

    private static void assertRule(List<Violation> violations, String rule, String vendorMessage) {
        if (rule == null) {
            assertThat(violations).isEmpty();
            return;
        }
        assertThat(violations).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.ruleId()).isEqualTo(rule);
        assertThat(v.field()).isEqualTo("references");
        assertThat(v.value()).isEqualTo(vendorMessage);
        assertThat(v.message()).isNotBlank();
    }

    @Test
    void aKnownCodeWithoutMessageGetsSeed004sDescription() {
        ErrorInfo e = codec.readError(Operation.CREATE, json(400, "{\"error\":{\"code\":\"001028002\"}}"));
        assertThat(e.message()).hasValue("reference_urls can contain maximum 5 images");
        assertThat(e.violations().get(0).value()).isEqualTo("reference_urls can contain maximum 5 images");
    }

    @Test
    void aFailedTaskWithABareStringError() {
        TaskFailure plain = failure("\"upstream model timed out\"");
        assertThat(plain.category()).isEqualTo(ErrorCategory.TASK_FAILED);
        assertThat(plain.code()).isEmpty();
        assertThat(plain.message()).hasValue("upstream model timed out");

        // a bare string is a message, digits or not: no document says it may be a code; a bare number is one
        TaskFailure digits = failure("\"001028002\"");
        assertThat(digits.category()).isEqualTo(ErrorCategory.TASK_FAILED);
        assertThat(digits.code()).isEmpty();
        assertThat(digits.message()).hasValue("001028002");
        TaskFailure number = failure("1028002");
        assertThat(number.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
        assertThat(number.code()).hasValue("001028002");
        assertThat(number.violations()).extracting(Violation::ruleId).containsExactly("R2V-REF-IMAGES");
    }

    @Test
    void aFailedTaskWithAnUnknownMissingOrOddError() {
        TaskFailure unknown = failure("{\"code\":\"002014001\",\"message\":\"Video generation failed\"}");
        assertThat(unknown.category()).isEqualTo(ErrorCategory.TASK_FAILED);
        assertThat(unknown.code()).hasValue("002014001");
        assertThat(unknown.message()).hasValue("Video generation failed");

        TaskFailure none = failure(null);
        assertThat(none.category()).isEqualTo(ErrorCategory.TASK_FAILED);
        assertThat(none.code()).isEmpty();

        // msg, detail, error_code... are in no document: not read
        TaskFailure odd = failure("{\"code\":{\"n\":1},\"message\":[\"a\"],\"msg\":\"from msg\",\"error_code\":\"7\"}");
        assertThat(odd.code()).isEmpty();
        assertThat(odd.message()).isEmpty();
        assertThat(failure("42").code()).hasValue("42");
        assertThat(failure("[1,2]").category()).isEqualTo(ErrorCategory.TASK_FAILED);
    }

    private TaskFailure failure(String errorJson) {
        String body = "{\"id\":\"t1\",\"status\":\"failed\"" + (errorJson == null ? "" : ",\"error\":" + errorJson) + "}";
        return codec.readStatus("t1", json(200, body)).failure().orElseThrow();
    }

    @Test
    void http401IsAuthentication() {
        ErrorInfo e = codec.readError(Operation.CREATE, json(401,
                "{\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid API key\"}}"));
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.code()).hasValue("unauthorized");
        assertThat(e.message()).hasValue("Invalid API key");
        assertThat(StatusFallback.createNotAccepted(e, 401)).isTrue();
    }

    @Test
    void http403IsPermissionWithATopUpHint() {
        for (Operation op : new Operation[] {Operation.CREATE, Operation.STATUS, Operation.COST_ESTIMATE}) {
            ErrorInfo e = codec.readError(op, json(403,
                    "{\"error\":{\"code\":\"insufficient_balance\",\"message\":\"Insufficient balance\"}}"));
            assertThat(e.category()).isEqualTo(ErrorCategory.PERMISSION);
            assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("top up"));
            // the SPI's status rule decides, applied by the engine; the codec does not repeat it
            assertThat(e.createNotAccepted()).isEmpty();
            assertThat(StatusFallback.createNotAccepted(e, 403)).isTrue();
        }
    }

    @Test
    void http429IsRetryableAndCertainlyNotAccepted() {
        ErrorInfo e = codec.readError(Operation.CREATE, json(429, "{\"error\":{\"message\":\"Too many requests\"}}"));
        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(StatusFallback.retryable(e, 429)).isTrue();
        assertThat(StatusFallback.createNotAccepted(e, 429)).isTrue();
        assertThat(e.message()).hasValue("Too many requests");
    }

    @ParameterizedTest
    @CsvSource({"500", "502", "503", "504"})
    void http5xxIsAProviderErrorWithAnUnknownCreateOutcome(int status) {
        ErrorInfo e = codec.readError(Operation.CREATE, json(status, "{\"error\":{\"code\":500,\"message\":\"boom\"}}"));
        assertThat(e.category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
        assertThat(StatusFallback.createNotAccepted(e, status)).isFalse();
        assertThat(e.code()).hasValue("500");
        assertThat(e.message()).hasValue("boom");
    }

    @Test
    void http404OnStatusIsAnExpiredTaskElsewhereABadBaseUrl() {
        assertThat(codec.readError(Operation.STATUS, json(404, "{\"error\":{\"message\":\"task not found\"}}"))
                .category()).isEqualTo(ErrorCategory.TASK_EXPIRED);
        assertThat(codec.readError(Operation.STATUS, reply(404, null, "")).category())
                .isEqualTo(ErrorCategory.TASK_EXPIRED);
        assertThat(codec.readError(Operation.STATUS, reply(410, null, "")).category())
                .isEqualTo(ErrorCategory.TASK_EXPIRED);
        ErrorInfo create = codec.readError(Operation.CREATE, reply(404, "text/html", "<h1>Not Found</h1>"));
        assertThat(create.category()).isEqualTo(ErrorCategory.CONFIGURATION);
        assertThat(create.hint()).hasValueSatisfying(h -> assertThat(h).contains("baseUrl"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "401 | AUTHENTICATION", "403 | PERMISSION", "429 | RATE_LIMITED", "400 | INVALID_REQUEST",
            "413 | INVALID_REQUEST", "408 | TIMEOUT", "500 | PROVIDER_ERROR", "502 | PROVIDER_ERROR",
            "301 | UNEXPECTED_RESPONSE", "409 | CONFLICT", "418 | INVALID_REQUEST"})
    void htmlAndEmptyBodiesFallBackOnTheStatus(int status, ErrorCategory category) {
        HttpReply[] replies = {
            reply(status, "text/html", "<html><body><h1>" + status + " Bad Gateway</h1></body></html>"),
            reply(status, null, ""),
            reply(status, "application/json", "{not json"),
            reply(status, "application/json", "{\"unrelated\":true}"),
            reply(status, "application/json", "[\"x\"]")};
        for (HttpReply r : replies) {
            ErrorInfo e = codec.readError(Operation.CREATE, r);
            assertThat(e.category()).as(r.bodyText()).isEqualTo(category);
            assertThat(e.code()).isEmpty();
            assertThat(e.message()).isEmpty();
        }
    }

    @Test
    void aBlankCodeOrMessageIsNone() {
        ErrorInfo e = codec.readError(Operation.CREATE,
                json(429, "{\"error\":{\"code\":\"429\",\"message\":\"\"}}"));
        assertThat(e.code()).hasValue("429");
        assertThat(e.message()).isEmpty();
        ErrorInfo blankCode = codec.readError(Operation.CREATE,
                json(500, "{\"error\":{\"code\":\" \",\"message\":\"boom\"}}"));
        assertThat(blankCode.code()).isEmpty();
        assertThat(blankCode.message()).hasValue("boom");
    }

    @Test
    void onlyTheErrorFieldIsReadAndNoRequestId() {
        // seed 004 writes errors as {"error":{"code","message"}}; top-level fields are in no document
        ErrorInfo e = codec.readError(Operation.CREATE, json(400,
                "{\"code\":1028004,\"message\":\"Invalid reference URL format\",\"request_id\":\"r-1\"}"));
        assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
        assertThat(e.code()).isEmpty();
        assertThat(e.message()).isEmpty();
        assertThat(e.requestId()).isEmpty();
        assertThat(codec.readError(Operation.CREATE, json(400, "{\"error\":{\"code\":1028004,\"msg\":\"x\"}}"))
                .violations()).extracting(Violation::ruleId).containsExactly("R2V-URL-SYNTAX");

        ErrorInfo header = codec.readError(Operation.STATUS, new HttpReply(500,
                Map.of("X-Request-Id", List.of("hdr-9")), "oops".getBytes(StandardCharsets.UTF_8)));
        // no document shows the gateway sending a request id, in a header or in the body
        assertThat(header.requestId()).isEmpty();
        assertThat(header.createNotAccepted()).isEmpty();
    }
}
