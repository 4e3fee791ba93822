package dev.wanr2v.internal.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** A caller's thread waiting for the engine's futures: what an interrupt does, and which exception comes out. */
final class Blocking {
    private Blocking() {
    }

    /** Waits for an operation that must not be abandoned half-way (a create may bill); keeps the interrupt. */
    static <T> T uninterruptibly(CompletableFuture<T> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits for an operation the caller may abandon (a wait, a download): an interrupt cancels it, keeps the
     * thread's interrupt, and throws what {@code interrupted} makes.
     */
    static <T> T interruptibly(CompletableFuture<T> f, Supplier<? extends RuntimeException> interrupted) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw interrupted.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** The failure of a future as the caller's exception: unwrapped, runtime exceptions and errors as they are. */
    static RuntimeException rethrow(Throwable cause) {
        Throwable c = CallRunner.unwrap(cause);
        if (c instanceof RuntimeException r) {
            return r;
        }
        if (c instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(c);
    }
}
