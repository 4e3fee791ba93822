package dev.wanr2v.temporal.harness;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the activities one machine started, by type ({@code WanR2vCreate}, {@code WanR2vStatus}, …). */
public final class ActivityCounter extends WorkerInterceptorBase {
    private final Map<String, AtomicInteger> started = new ConcurrentHashMap<>();

    /** Activities of this type the machine started. */
    public int started(String type) {
        AtomicInteger n = started.get(type);
        return n == null ? 0 : n.get();
    }

    @Override
    public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
        return new ActivityInboundCallsInterceptorBase(next) {
            @Override
            public void init(ActivityExecutionContext context) {
                started.computeIfAbsent(context.getInfo().getActivityType(), t -> new AtomicInteger()).incrementAndGet();
                super.init(context);
            }
        };
    }
}
