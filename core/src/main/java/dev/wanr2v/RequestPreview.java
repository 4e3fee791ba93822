package dev.wanr2v;

import java.util.List;
import java.util.Map;

/**
 * The exact create call a request would send, for dry runs: secrets masked, long media values
 * shortened (a data URI shows its media type and length).
 *
 * @param method  the HTTP method
 * @param url     the full URL
 * @param headers headers, sensitive values masked
 * @param body    the body as text
 */
public record RequestPreview(String method, String url, Map<String, List<String>> headers, String body) {
    /** Copies the headers. */
    public RequestPreview {
        headers = Map.copyOf(headers);
    }
}
