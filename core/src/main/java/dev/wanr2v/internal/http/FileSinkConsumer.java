package dev.wanr2v.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.LongConsumer;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Writes a 2xx answer's body into a file channel as it arrives, checked as {@link DownloadChecks} says
 * (content type, announced length, size cap); keeps the start of any other answer for the error message.
 */
public final class FileSinkConsumer extends AbstractBinResponseConsumer<DownloadHead> {
    private final FileChannel file;
    private final long maxBytes;
    private final LongConsumer progress;
    private DownloadHead head;
    private long written;
    private final ByteArrayOutputStream errorBody = new ByteArrayOutputStream();

    public FileSinkConsumer(FileChannel file, long maxBytes, LongConsumer progress) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.progress = progress;
    }

    @Override
    protected void start(HttpResponse response, ContentType contentType) throws IOException {
        head = DownloadChecks.head(response, maxBytes);
    }

    @Override
    protected int capacityIncrement() {
        return 64 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        if (!head.isSuccess()) {
            DownloadChecks.keepErrorBody(errorBody, src);
            return;
        }
        DownloadChecks.checkSize(written + src.remaining(), maxBytes);
        while (src.hasRemaining()) {
            written += file.write(src);
        }
        progress.accept(written);
    }

    @Override
    protected DownloadHead buildResult() {
        return head.ended(written, errorBody.toByteArray());
    }

    @Override
    public void releaseResources() {
        // the file channel belongs to the caller
    }
}
