package dev.wanr2v.reliability.matrix;

import dev.wanr2v.reliability.support.Rig;
import dev.wanr2v.reliability.support.Secrets;
import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.FaultPlan;
import dev.wanr2v.spi.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * How each fault is played for a call: the emulator's {@link Fault} (in the vendor's own words, echoing
 * the API key where a vendor could), or the {@link dev.wanr2v.reliability.support.Gate}'s refusal or
 * early reset; and how it is armed for a {@link Mode}.
 *
 * <p>Creates meet every ambiguous fault <em>after</em> the vendor handled them (the task exists, the
 * answer is lost: the case a blind resend would pay twice for); 4xx rejections and 429 come before.
 */
final class Injection {
    /** Longer than {@link Rig#RESPONSE_TIMEOUT}. */
    static final Duration DELAY = Duration.ofMillis(1100);

    /**
     * Codes sent with injected DashScope statuses where the emulator's default code would be one DashScope
     * documents for another status (it answers {@code InternalError}, a 500 code, for 409, 502 and 504):
     * an undocumented code leaves the decision to the HTTP status, as DashScope's error table says.
     */
    private static final Map<Integer, String> DASHSCOPE_CODES = Map.of(409, "Conflict", 502, "BadGateway",
            504, "GatewayTimeout");

    private static final String HTML_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>"
            + "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center><!-- upstream rejected "
            + Secrets.API_KEY + " --></body>\r\n</html>\r\n";

    private Injection() {
    }

    /** The emulator fault for a fault kind, or {@code null} for the gate's faults and scripted statuses. */
    static Fault fault(FaultKind kind, Vendor vendor, Call call) {
        boolean create = call == Call.CREATE;
        Fault fault = switch (kind) {
            case REFUSED, RESET_BEFORE_SENT, UNKNOWN_STATUS -> null;
            case RESET_AFTER_SENT -> Fault.connectionReset();
            case EMPTY_RESPONSE -> Fault.emptyResponse();
            case MALFORMED_CHUNKED -> Fault.malformedChunk();
            case RANDOM_BYTES -> Fault.randomDataThenClose();
            case SLOW -> Fault.delay(DELAY);
            case HTML_ERROR_PAGE -> Fault.reply(502, "text/html; charset=utf-8", bytes(HTML_PAGE));
            case TRUNCATED_JSON -> Fault.truncatedBody();
            case WRONG_CONTENT_TYPE -> Fault.wrongContentType();
            case OVERSIZED_BODY -> call == Call.DOWNLOAD ? null : Fault.reply(200, "application/json",
                    bytes("{\"note\":\"" + Secrets.API_KEY + "\",\"pad\":\"" + "x".repeat((int) Rig.MAX_RESPONSE_BYTES)
                            + "\"}"));
            case MISSING_FIELDS -> Fault.reply(200, "application/json", bytes(Bodies.missingFields(vendor, call)));
            default -> httpError(kind, vendor, call);
        };
        return create && fault != null && ambiguous(kind) ? fault.afterHandling() : fault;
    }

    /** Faults that leave a create's fate open; the matrix lets the vendor create the task first. */
    private static boolean ambiguous(FaultKind kind) {
        int status = kind.httpStatus();
        return status == 0 || status == 408 || status >= 500;
    }

    private static Fault httpError(FaultKind kind, Vendor vendor, Call call) {
        int status = kind.httpStatus();
        if (call == Call.UPLOAD_FILE) {
            Fault.RawReply xml = Fault.reply(status, "application/xml", bytes(Bodies.ossError(status)));
            return kind == FaultKind.HTTP_429_RETRY_AFTER
                    ? xml.withHeader("Retry-After", String.valueOf(FaultKind.RETRY_AFTER.toSeconds())) : xml;
        }
        String code = vendor == Vendor.DASHSCOPE ? DASHSCOPE_CODES.get(status) : null;
        Fault.VendorError error = Fault.vendorError(status, code, Secrets.echoed("request refused"));
        return kind == FaultKind.HTTP_429_RETRY_AFTER ? error.retryAfter(FaultKind.RETRY_AFTER) : error;
    }

    /** Arms the emulator fault for a call in a mode. */
    static void arm(FaultPlan plan, Call call, Mode mode, Fault fault) {
        Operation op = call.operation();
        if (call == Call.UPLOAD_FILE) {
            // the first UPLOAD call is the policy; the file's attempts follow it
            int last = mode == Mode.ONCE ? 2 : 1 + Rig.MAX_ATTEMPTS;
            for (int n = 2; n <= last; n++) {
                plan.nth(op, n, fault);
            }
        } else if (mode == Mode.ONCE) {
            plan.next(op, fault);
        } else {
            plan.always(op, fault);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
