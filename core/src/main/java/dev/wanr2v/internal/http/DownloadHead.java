package dev.wanr2v.internal.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The head of a download answer, and how the body went.
 *
 * @param status    HTTP status
 * @param headers   headers by lower-case name
 * @param bytes     body bytes written to the sink (0 for non-2xx answers)
 * @param errorBody the start of a non-2xx answer's body, for messages
 */
public record DownloadHead(int status, Map<String, List<String>> headers, long bytes, byte[] errorBody) {

    public Optional<String> header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** Whether this is a redirect with somewhere to go. */
    public boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && header("Location").isPresent();
    }

    /** Why a 2xx answer is not a video, or empty if it may be one. */
    static Optional<String> notAVideo(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        if (t.startsWith("video/") || t.startsWith("application/octet-stream") || t.startsWith("binary/")
                || t.startsWith("application/mp4")) {
            return Optional.empty();
        }
        return Optional.of("the server sent " + contentType + " instead of a video");
    }
}
