package dev.wanr2v.micrometer;

import dev.wanr2v.observation.BudgetWaitStart;
import dev.wanr2v.observation.CallEnd;
import dev.wanr2v.observation.CallStart;
import java.time.Duration;

/**
 * Where the observer records its meters: {@link R2vMeters} on a {@code MeterRegistry}, or nowhere. Keeps
 * {@code micrometer-core} (optional) out of every class loaded when no meter registry is given.
 */
interface MeterSink {
    MeterSink NONE = new MeterSink() {
    };

    default void taskStarted(R2vTaskContext task) {
    }

    default void taskEnded(R2vTaskContext task) {
    }

    default void callEnded(CallStart start, CallEnd end) {
    }

    default void budgetWaitStarted(BudgetWaitStart start) {
    }

    default void budgetWaitEnded(BudgetWaitStart start, Duration waited, boolean granted) {
    }
}
