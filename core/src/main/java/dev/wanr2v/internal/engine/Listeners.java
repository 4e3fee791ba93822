package dev.wanr2v.internal.engine;

import dev.wanr2v.BudgetWait;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.RetryEvent;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.spi.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls user listeners so that a throwing listener is logged and can never break the engine. */
final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    void submitted(ProgressListener l, TaskHandle handle) {
        call(() -> l.onSubmitted(handle), "onSubmitted");
    }

    void status(ProgressListener l, TaskHandle handle, TaskSnapshot snapshot) {
        call(() -> l.onStatus(handle, snapshot), "onStatus");
    }

    void retry(ProgressListener l, RetryEvent event) {
        if (l != null) {
            call(() -> l.onRetry(event), "onRetry");
        }
    }

    void budgetWait(ProgressListener l, BudgetWait wait) {
        if (l != null) {
            call(() -> l.onBudgetWait(wait), "onBudgetWait");
        }
    }

    void completed(ProgressListener l, GeneratedVideo video) {
        call(() -> l.onCompleted(video), "onCompleted");
    }

    void download(ProgressListener l, TaskHandle handle, long bytes, long total) {
        call(() -> l.onDownload(handle, bytes, total), "onDownload");
    }

    void sending(ProgressListener l, Operation operation, long bytes, long total) {
        call(() -> l.onSending(operation, bytes, total), "onSending");
    }

    void failed(ProgressListener l, R2vException error) {
        call(() -> l.onFailed(error), "onFailed");
    }

    private static void call(Runnable r, String what) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("wan-r2v: a ProgressListener threw from {}; ignored", what, e);
        }
    }
}
