package dev.wanr2v;

import java.util.List;
import java.util.Map;

/**
 * The exact create call a request would send, for dry runs: secrets masked, long media values
 * shortened (a data URI shows its media type and length), and what fitting ({@link MediaFit#IMAGES}) did
 * to each image it converted.
 *
 * @param method  the HTTP method
 * @param url     the full URL
 * @param headers headers, sensitive values masked
 * @param body    the body as text
 * @param fitted  the images fitting converted, in field order (empty without fitting)
 */
public record RequestPreview(String method, String url, Map<String, List<String>> headers, String body,
        List<FittedImage> fitted) {
    /** Copies the headers and the fitted images. */
    public RequestPreview {
        headers = Map.copyOf(headers);
        fitted = List.copyOf(fitted);
    }

    /** A preview of a call that converted no image. */
    public RequestPreview(String method, String url, Map<String, List<String>> headers, String body) {
        this(method, url, headers, body, List.of());
    }
}
