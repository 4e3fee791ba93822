package dev.wanr2v.internal.engine;

import dev.wanr2v.AwaitInterruptedException;
import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.internal.config.ClientSettings;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a client has under way (creates, other calls, waits) and how closing it ends each of them: waits
 * are interrupted, creates given time to be answered, everything else failed with a typed error.
 */
final class ClientLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(ClientLifecycle.class);

    private final ClientSettings settings;
    private final Engine engine;
    private final ImageFitting fitting;
    private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
    private final Set<CompletableFuture<?>> creates = ConcurrentHashMap.newKeySet();
    private final Set<CompletableFuture<?>> calls = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    ClientLifecycle(ClientSettings settings, Engine engine, ImageFitting fitting) {
        this.settings = settings;
        this.engine = engine;
        this.fitting = fitting;
    }

    void ensureOpen() {
        if (closed) {
            throw new ConfigurationException("[" + settings.provider().id() + "] this client is closed; build a new"
                    + " one", ErrorDetails.of(settings.provider().id()));
        }
    }

    /** A create under way: close gives it time to be answered, so its handle is not lost. */
    <T> CompletableFuture<T> trackCreate(CompletableFuture<T> f) {
        return track(creates, f);
    }

    /** Any other call under way: close fails it. */
    <T> CompletableFuture<T> trackCall(CompletableFuture<T> f) {
        return track(calls, f);
    }

    /** A wait under way, until its future completes: close interrupts it. */
    void waitStarted(Waiter waiter) {
        waiters.add(waiter);
        waiter.future().whenComplete((v, e) -> waiters.remove(waiter));
    }

    /** Waits currently active. */
    int activeWaits() {
        return waiters.size();
    }

    /**
     * Stops the client. Waits end with {@link AwaitInterruptedException}; creates waiting for budget fail at
     * once (never sent); creates already under way are given up to the response timeout to finish (so their
     * handles are not lost); then every other pending call fails with a typed error and the connections and
     * threads are released.
     */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Waiter w : List.copyOf(waiters)) {
            w.abort(w.interrupted("the client was closed"));
        }
        engine.budget().leave();
        try {
            CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)).handle((v, e) -> null)
                    .get(settings.responseTimeout().toMillis() + 1000, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("wan-r2v: closing while {} create(s) were still unanswered; their outcome is unknown",
                    creates.size());
        }
        engine.close();
        fitting.close();
        String id = settings.provider().id();
        for (CompletableFuture<?> f : List.copyOf(creates)) {
            f.completeExceptionally(new dev.wanr2v.TransportException("[" + id + "] the client was closed while a"
                    + " task was being submitted; it may have been created at the vendor: check before submitting"
                    + " again", ErrorDetails.of(id)));
        }
        for (CompletableFuture<?> f : List.copyOf(calls)) {
            f.completeExceptionally(new dev.wanr2v.TransportException("[" + id + "] the client was closed before"
                    + " the call finished", ErrorDetails.of(id)));
        }
    }

    private <T> CompletableFuture<T> track(Set<CompletableFuture<?>> set, CompletableFuture<T> f) {
        set.add(f);
        f.whenComplete((v, e) -> set.remove(f));
        return f;
    }
}
