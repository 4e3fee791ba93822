package dev.wanr2v.bench.stub;

import java.util.Map;

/**
 * One request as the stub received it: method, path, headers (names in lower case) and the body
 * with any chunked framing removed.
 */
public record StubRequest(String method, String path, Map<String, String> headers, byte[] body) {
}
