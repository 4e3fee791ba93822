package dev.wanr2v.provider.dashscope.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.support.StatusFallback;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DashScope's error answers, {@code HTTP status + {"request_id","code","message"}}, into
 * {@link ErrorInfo}. A documented code decides the category; otherwise the HTTP status does (also for
 * bodies that are empty, not JSON, or not DashScope's shape, such as a gateway's HTML page). Never
 * throws: {@link HttpReply#parsed} reads any body leniently, and the rest only looks values up.
 */
public final class ErrorReader {
    private static final String BASE_URL_HINT = "Check baseUrl: it should be a DashScope host such as"
            + " https://dashscope-intl.aliyuncs.com (a trailing /api/v1 is fine), or a workspace host.";
    private static final String NOT_DASHSCOPE_HINT = "The answer was not DashScope's JSON error (a gateway or"
            + " proxy page?); check baseUrl and any proxy between you and DashScope.";
    /** The {@code <Code>} of an OSS XML error. */
    static final Pattern XML_CODE = xmlPattern("Code");
    private static final Pattern XML_MESSAGE = xmlPattern("Message");
    private static final Pattern XML_REQUEST_ID = xmlPattern("RequestId");

    private ErrorReader() {
    }

    /** The error an answer describes; falls back on the HTTP status when the body says nothing usable. */
    public static ErrorInfo read(Operation operation, HttpReply reply) {
        if (operation == Operation.UPLOAD && reply.bodyText().stripLeading().startsWith("<")) {
            return ossError(reply);
        }
        return fromBody(operation, reply.status(), Json.body(reply));
    }

    /** The storage host (OSS) answers errors in XML: {@code <Error><Code>..</Code><Message>..</Message>}. */
    private static ErrorInfo ossError(HttpReply reply) {
        String xml = reply.bodyText();
        return byStatus(reply.status(), false).code(xmlField(xml, XML_CODE)).message(xmlField(xml, XML_MESSAGE))
                .requestId(xmlField(xml, XML_REQUEST_ID))
                .hint("DashScope's temporary storage refused the upload; an expired upload policy is fetched anew"
                        + " on the next submit").build();
    }

    private static Pattern xmlPattern(String name) {
        return Pattern.compile("<" + name + ">([^<]{0,500})</" + name + ">");
    }

    /** The stripped text of the first element {@code field} matches (such as {@link #XML_CODE}), or null. */
    static String xmlField(String xml, Pattern field) {
        Matcher m = field.matcher(xml);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * The error a successful-looking answer carries, if any: DashScope's error shape with a
     * {@code code} but none of the expected output.
     */
    public static Optional<ErrorInfo> inSuccess(Operation operation, HttpReply reply, JsonNode body) {
        String code = Json.text(body, "code");
        if (code == null || code.isBlank() || body.has("output")) {
            return Optional.empty();
        }
        return Optional.of(fromBody(operation, reply.status(), Optional.of(body)));
    }

    private static ErrorInfo fromBody(Operation operation, int status, Optional<JsonNode> parsed) {
        if (parsed.isEmpty()) {
            return byStatus(status, false).build();
        }
        JsonNode body = parsed.get();
        JsonNode output = Json.object(body, "output");
        String code = first(Json.text(body, "code"), Json.text(body, "Code"), Json.text(output, "code"));
        String message = first(Json.text(body, "message"), Json.text(body, "Message"), Json.text(output, "message"));
        String requestId = first(Json.text(body, "request_id"), Json.text(body, "RequestId"));
        ErrorInfo.Builder b = ErrorCodes.lookup(code, operation).map(ErrorReader::fromMeaning)
                .orElseGet(() -> byStatus(status, true));
        return b.code(code).message(message).requestId(requestId).build();
    }

    private static ErrorInfo.Builder fromMeaning(ErrorCodes.Meaning m) {
        ErrorInfo.Builder b = ErrorInfo.builder(m.category()).hint(m.hint());
        if (m.notAccepted() != null) {
            b.createNotAccepted(m.notAccepted());
        }
        if (m.retryable() != null) {
            b.retryable(m.retryable());
        }
        return b;
    }

    /**
     * The fallback by HTTP status, for unknown codes and unreadable bodies: the SPI's, whose rules for creates
     * and repeats the engine applies, with DashScope's hints.
     */
    static ErrorInfo.Builder byStatus(int status, boolean dashScopeShape) {
        ErrorInfo.Builder b = ErrorInfo.builder(StatusFallback.category(status));
        if (status == 404) {
            b.hint(BASE_URL_HINT);
        } else if (!dashScopeShape && status < 500) {
            b.hint(NOT_DASHSCOPE_HINT);
        }
        return b;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
