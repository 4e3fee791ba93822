package dev.wanr2v.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a request body into a stream, in pieces, so large media never has to be held in memory.
 * May be called more than once (a retried call writes its body again); each call must write the same
 * bytes. Must not close the stream.
 */
@FunctionalInterface
public interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
}
