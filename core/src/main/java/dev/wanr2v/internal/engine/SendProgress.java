package dev.wanr2v.internal.engine;

import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongConsumer;

/**
 * One attempt's body progress: counts arrive on the I/O thread and are handed to a worker; the listener
 * hears them one at a time, never going backwards, the last one before the attempt's answer is read.
 */
final class SendProgress implements LongConsumer {
    private final Engine engine;
    private final CallSpec<?> spec;
    private final long total;
    private volatile long latest = -1;
    private long delivered = -1;

    SendProgress(Engine engine, CallSpec<?> spec, long total) {
        this.engine = engine;
        this.spec = spec;
        this.total = total;
    }

    @Override
    public void accept(long bytes) {
        latest = bytes;
        try {
            engine.workers().execute(this::deliver);
        } catch (RejectedExecutionException e) {
            // the client is closing: nobody waits for progress any more
        }
    }

    synchronized void deliver() {
        long bytes = latest;
        if (bytes > delivered) {
            delivered = bytes;
            engine.listeners().sending(spec.listener(), spec.operation(), bytes, total);
        }
    }
}
