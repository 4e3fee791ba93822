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

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status / 100 == 2;
    }

    /** Whether this is a redirect with somewhere to go. */
    public boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && header("Location").isPresent();
    }

    /** This head with how the body went. */
    DownloadHead ended(long received, byte[] kept) {
        return new DownloadHead(status, headers, received, kept);
    }
}
