package dev.wanr2v.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/**
 * What both download consumers ({@link FileSinkConsumer}, {@link PipeConsumer}) check in an answer: a 2xx
 * must be a video within the size cap, announced and as it arrives; any other answer keeps the start of its
 * body, for the error message.
 */
final class DownloadChecks {
    private static final int ERROR_BODY_CAP = 16 * 1024;

    private DownloadChecks() {
    }

    /** A download answer that must not be kept. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * The answer's head (no body yet), checked: a 2xx whose content type is no video's, whose
     * {@code Content-Length} is not a number, or which announces more than {@code maxBytes}, is refused.
     */
    static DownloadHead head(HttpResponse response, long maxBytes) throws Refused {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
        }
        DownloadHead head = new DownloadHead(response.getCode(), headers, 0, new byte[0]);
        if (!head.isSuccess()) {
            return head;
        }
        String type = head.header("Content-Type").orElse(null);
        if (type != null && !type.isBlank() && !isVideo(type.toLowerCase(Locale.ROOT))) {
            throw new Refused("the server sent " + type + " instead of a video");
        }
        String length = head.header("Content-Length").orElse(null);
        if (length != null) {
            long announced;
            try {
                announced = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw new Refused("the server announced an invalid Content-Length '" + length + "'");
            }
            if (announced > maxBytes) {
                throw new Refused("the video is " + announced + " bytes, over the " + maxBytes + "-byte cap");
            }
        }
        return head;
    }

    private static boolean isVideo(String type) {
        return type.startsWith("video/") || type.startsWith("application/octet-stream") || type.startsWith("binary/")
                || type.startsWith("application/mp4");
    }

    /** Refuses a video that grows to {@code bytes}, past {@code maxBytes}. */
    static void checkSize(long bytes, long maxBytes) throws Refused {
        if (bytes > maxBytes) {
            throw new Refused("the video is larger than the " + maxBytes + "-byte cap");
        }
    }

    /** Keeps what fits of an error answer's body part in {@code kept}; consumes all of {@code src}. */
    static void keepErrorBody(ByteArrayOutputStream kept, ByteBuffer src) {
        byte[] chunk = new byte[Math.min(Math.max(0, ERROR_BODY_CAP - kept.size()), src.remaining())];
        src.get(chunk);
        src.position(src.limit());
        kept.write(chunk, 0, chunk.length);
    }
}
