package dev.wanr2v.reliability.matrix;

import dev.wanr2v.reliability.support.Secrets;
import dev.wanr2v.reliability.support.Vendor;
import java.util.Map;

/** Answers of the vendors' own shapes, with the one field that matters left out, and storage errors. */
final class Bodies {
    private static final Map<Integer, String> OSS_CODES = Map.ofEntries(Map.entry(400, "InvalidArgument"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "AccessDenied"), Map.entry(404, "NoSuchBucket"),
            Map.entry(408, "RequestTimeout"), Map.entry(409, "FileImmutable"), Map.entry(413, "EntityTooLarge"),
            Map.entry(429, "TooManyRequests"), Map.entry(500, "InternalError"), Map.entry(502, "BadGateway"),
            Map.entry(503, "ServiceUnavailable"), Map.entry(504, "GatewayTimeout"));

    private Bodies() {
    }

    /** A successful-looking answer without the field the call needs: the task id, the status, the policy. */
    static String missingFields(Vendor vendor, Call call) {
        return switch (call) {
            case CREATE -> switch (vendor) {
                case DASHSCOPE -> "{\"request_id\":\"7f1c-missing\",\"output\":{\"task_status\":\"PENDING\"}}";
                case UNIALL -> "{\"object\":\"video.generation.job\",\"model\":\"wan2.6-r2v-flash-720p-audio\","
                        + "\"status\":\"queued\",\"progress\":0,\"created_at\":1773984104}";
                case WAN26API -> "{\"created_at\":1773984104,\"status\":\"pending\",\"progress\":0}";
            };
            case STATUS, AWAIT -> switch (vendor) {
                case DASHSCOPE -> "{\"request_id\":\"7f1c-missing\",\"output\":{\"task_id\":\"t-1\"}}";
                case UNIALL -> "{\"id\":\"task_1\",\"object\":\"video.generation.job\",\"progress\":50}";
                case WAN26API -> "{\"id\":\"t-1\",\"progress\":0.5,\"metadata\":{}}";
            };
            case UPLOAD_GRANT -> "{\"request_id\":\"7f1c-missing\",\"data\":{\"upload_dir\":\"dashscope-instant/x\"}}";
            case CANCEL -> "{}";
            case UPLOAD_FILE, DOWNLOAD -> throw new IllegalArgumentException("no JSON answer to leave fields out of");
        };
    }

    /**
     * The storage host's (OSS) XML error for a status, quoting the key in its message. Its 409 is
     * {@code FileImmutable}, a refusal: {@code FileAlreadyExists} means the file is there (it counts as
     * uploaded), and the matrix meets it for real, when an upload whose answer was lost is retried.
     */
    static String ossError(int status) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>" + OSS_CODES.get(status)
                + "</Code>\n  <Message>" + Secrets.echoed("The request was refused") + "</Message>\n  <RequestId>"
                + "5F2A9C3E1B0D7E6A</RequestId>\n</Error>\n";
    }
}
