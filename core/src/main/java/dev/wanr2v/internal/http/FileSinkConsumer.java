package dev.wanr2v.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Writes a 2xx answer's body into a file channel as it arrives, checking content type, announced
 * length and a size cap; keeps the start of any other answer for the error message.
 */
public final class FileSinkConsumer extends AbstractBinResponseConsumer<DownloadHead> {
    private static final int ERROR_BODY_CAP = 16 * 1024;

    private final FileChannel file;
    private final long maxBytes;
    private final LongConsumer progress;
    private int status;
    private Map<String, List<String>> headers = Map.of();
    private long written;
    private long announced = -1;
    private final ByteArrayOutputStream errorBody = new ByteArrayOutputStream();

    /** A download answer that must not be kept. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    public FileSinkConsumer(FileChannel file, long maxBytes, LongConsumer progress) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.progress = progress;
    }

    @Override
    protected void start(HttpResponse response, ContentType contentType) throws IOException {
        status = response.getCode();
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            map.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
        }
        headers = map;
        if (status / 100 != 2) {
            return;
        }
        String type = response.getFirstHeader("Content-Type") == null ? null
                : response.getFirstHeader("Content-Type").getValue();
        var problem = DownloadHead.notAVideo(type);
        if (problem.isPresent()) {
            throw new Refused(problem.get());
        }
        Header length = response.getFirstHeader("Content-Length");
        if (length != null) {
            try {
                announced = Long.parseLong(length.getValue().trim());
            } catch (NumberFormatException e) {
                throw new Refused("the server announced an invalid Content-Length '" + length.getValue() + "'");
            }
            if (announced > maxBytes) {
                throw new Refused("the video is " + announced + " bytes, over the " + maxBytes + "-byte cap");
            }
        }
    }

    @Override
    protected int capacityIncrement() {
        return 64 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        if (status / 100 != 2) {
            int room = ERROR_BODY_CAP - errorBody.size();
            byte[] chunk = new byte[Math.min(room, src.remaining())];
            src.get(chunk);
            src.position(src.limit());
            errorBody.write(chunk);
            return;
        }
        if (written + src.remaining() > maxBytes) {
            throw new Refused("the video is larger than the " + maxBytes + "-byte cap");
        }
        while (src.hasRemaining()) {
            written += file.write(src);
        }
        progress.accept(written);
    }

    @Override
    protected DownloadHead buildResult() {
        return new DownloadHead(status, headers, written, errorBody.toByteArray());
    }

    @Override
    public void releaseResources() {
        // the file channel belongs to the caller
    }
}
