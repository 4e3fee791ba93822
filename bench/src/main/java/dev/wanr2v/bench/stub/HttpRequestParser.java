package dev.wanr2v.bench.stub;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 request from the start of a buffer: request line, headers, and a body framed by
 * {@code Content-Length} or chunked transfer coding (trailers are not expected). Returns nothing
 * until the whole request has arrived.
 */
final class HttpRequestParser {
    /** A whole request and the number of buffer bytes it took. */
    record Parsed(StubRequest request, int consumed) {
    }

    private HttpRequestParser() {
    }

    /** The request at {@code buf[0..length)}, or {@code null} if it is not complete yet. */
    static Parsed parse(byte[] buf, int length) {
        int headEnd = indexOf(buf, 0, length, "\r\n\r\n");
        if (headEnd < 0) {
            return null;
        }
        String[] lines = new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ", 3);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        int bodyStart = headEnd + 4;
        String target = requestLine[1];
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return chunked(buf, length, bodyStart, requestLine[0], path, headers);
        }
        int contentLength = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        if (length - bodyStart < contentLength) {
            return null;
        }
        byte[] body = java.util.Arrays.copyOfRange(buf, bodyStart, bodyStart + contentLength);
        return new Parsed(new StubRequest(requestLine[0], path, headers, body), bodyStart + contentLength);
    }

    private static Parsed chunked(byte[] buf, int length, int at, String method, String path,
            Map<String, String> headers) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int pos = at;
        while (true) {
            int lineEnd = indexOf(buf, pos, length, "\r\n");
            if (lineEnd < 0) {
                return null;
            }
            String sizeText = new String(buf, pos, lineEnd - pos, StandardCharsets.ISO_8859_1);
            int semicolon = sizeText.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeText : sizeText.substring(0, semicolon)).trim(), 16);
            pos = lineEnd + 2;
            if (size == 0) {
                int end = indexOf(buf, pos, length, "\r\n");
                if (end < 0) {
                    return null;
                }
                return new Parsed(new StubRequest(method, path, headers, body.toByteArray()), end + 2);
            }
            if (length - pos < size + 2) {
                return null;
            }
            body.write(buf, pos, size);
            pos += size + 2;
        }
    }

    private static int indexOf(byte[] buf, int from, int to, String ascii) {
        int n = ascii.length();
        outer:
        for (int i = from; i <= to - n; i++) {
            for (int j = 0; j < n; j++) {
                if (buf[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
