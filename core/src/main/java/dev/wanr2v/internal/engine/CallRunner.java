package dev.wanr2v.internal.engine;

import dev.wanr2v.ErrorDetails;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.R2vException;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.internal.budget.Permit;
import dev.wanr2v.internal.http.TransportFailure;
import dev.wanr2v.internal.observe.CallScope;
import dev.wanr2v.internal.observe.TaskScope;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.VendorErrorException;
import dev.wanr2v.spi.support.StatusFallback;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs one logical call with the retry rules that keep billing safe.
 *
 * <p>Repeatable calls are retried on I/O failures and on the statuses {@link StatusFallback#retryable(int)}
 * names (or whatever the codec declares retryable), with capped exponential backoff and full jitter,
 * honouring {@code Retry-After}. A create is retried only when the vendor certainly did not accept it: the
 * request body never fully left, or the vendor answered with a rejection the codec (or
 * {@link StatusFallback#createNotAccepted(int)}) marks as "not accepted" and retrying can help (429). When a create's fate is unknown — the body was
 * sent and then the connection broke or timed out, the vendor answered 5xx/408, or it answered 2xx in words
 * that cannot be read (the task exists, its id is lost) — the call fails with
 * {@link SubmitOutcomeUnknownException} and is never sent again.
 *
 * <p>Every attempt to the vendor's API first waits for the account's budget ({@link CallBudgets}); a create
 * the vendor throttled (certainly not accepted) waits for budget again, without using up an attempt, until
 * its submit deadline.
 */
final class CallRunner {
    private final Engine engine;

    CallRunner(Engine engine) {
        this.engine = engine;
    }

    <T> CompletableFuture<T> run(CallSpec<T> spec) {
        return run(spec, TaskScope.NONE);
    }

    /** Runs a call made for a task: its observer sees the call's exchanges as the task's children. */
    <T> CompletableFuture<T> run(CallSpec<T> spec, TaskScope task) {
        Run<T> run = new Run<>(spec, task);
        run.start();
        return run.result;
    }

    private final class Run<T> {
        private final CallSpec<T> spec;
        private final TaskScope task;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final CallBudgets budget;
        private volatile CompletableFuture<HttpReply> inFlight;
        private volatile Scheduler.Cancellable pendingRetry;
        private volatile Instant firstSent;
        private SendProgress sending;
        /** Exchanges sent so far (a throttled create sent again uses up no attempt, but is an exchange). */
        private int exchanges;

        Run(CallSpec<T> spec, TaskScope task) {
            this.spec = spec;
            this.task = task;
            this.budget = new CallBudgets(engine, spec, task, result);
            result.whenComplete((r, e) -> {
                if (result.isCancelled()) {
                    CompletableFuture<HttpReply> f = inFlight;
                    if (f != null) {
                        f.cancel(true);
                    }
                    Scheduler.Cancellable c = pendingRetry;
                    if (c != null) {
                        c.cancel();
                    }
                }
            });
        }

        void start() {
            budget.slotThen(() -> attempt(1));
        }

        void attempt(int n) {
            if (result.isDone()) {
                return;
            }
            HttpCall call;
            try {
                call = spec.call().get();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            budget.permitThen(call, permit -> send(call, permit, n));
        }

        private void send(HttpCall call, Permit permit, int n) {
            if (result.isDone()) {
                budget.departed(permit);
                return;
            }
            if (firstSent == null) {
                firstSent = engine.scheduler().now();
            }
            CompletableFuture<HttpReply> f;
            CallScope observed = engine.observing().call(spec.operation(), task, spec.handle(), ++exchanges);
            try {
                sending = spec.listener() == null || spec.listener() == ProgressListener.none() ? null
                        : new SendProgress(engine, spec, call.body().contentLength());
                f = engine.transport().send(call, engine.endpoint(), sending, () -> budget.departed(permit));
            } catch (RuntimeException e) {
                budget.departed(permit);
                observed.failed(e);
                result.completeExceptionally(e);
                return;
            }
            budget.sent(permit);
            f.whenComplete((r, e) -> budget.departed(permit));
            inFlight = f;
            SendProgress progress = sending;
            java.util.function.BiConsumer<HttpReply, Throwable> onAnswer = (reply, error) -> {
                try {
                    if (progress != null) {
                        progress.deliver(); // the last bytes are heard before the answer's events
                    }
                    if (error != null) {
                        onTransportFailure(unwrap(error), n, observed);
                    } else if (reply.isSuccess()) {
                        onSuccess(reply, permit, n, observed);
                    } else if (!recovered(reply, observed)) {
                        onVendorError(engine.readError(spec.operation(), reply), reply, permit, n, observed);
                    }
                } catch (RuntimeException e) {
                    observed.failed(e);
                    result.completeExceptionally(e);
                }
            };
            if (spec.direct()) {
                f.whenComplete(onAnswer);
            } else {
                f.whenCompleteAsync(onAnswer, engine.workers());
            }
        }

        /** Whether an error answer means success after all (the spec says so), completing the call. */
        private boolean recovered(HttpReply reply, CallScope observed) {
            if (spec.recover() == null) {
                return false;
            }
            T value;
            try {
                value = spec.recover().apply(reply);
            } catch (RuntimeException e) {
                return false;
            }
            if (value == null) {
                return false;
            }
            observed.answered(reply.status(), value);
            result.complete(value);
            return true;
        }

        private void onSuccess(HttpReply reply, Permit permit, int n, CallScope observed) {
            T value;
            try {
                value = spec.read().apply(reply);
            } catch (VendorErrorException e) {
                onVendorError(e.error(), reply, permit, n, observed);
                return;
            } catch (R2vException e) {
                observed.failed(reply.status(), e);
                result.completeExceptionally(e);
                return;
            } catch (RuntimeException e) {
                unreadable(reply, e, observed);
                return;
            }
            if (value == null) {
                unreadable(reply, new IllegalStateException("the provider read nothing from it"), observed);
                return;
            }
            observed.answered(reply.status(), value);
            result.complete(value);
        }

        /** A 2xx answer that cannot be read; for a create, the vendor accepted a task whose id is lost. */
        private void unreadable(HttpReply reply, RuntimeException cause, CallScope observed) {
            R2vException error = engine.errors().unreadable(spec.operation(), spec.handle(), reply, cause);
            observed.failed(reply.status(), error);
            result.completeExceptionally(spec.operation() != Operation.CREATE ? error : outcomeUnknown(error,
                    reply.status(), "the vendor answered HTTP " + reply.status() + " but the answer could not be read"));
        }

        private void onVendorError(ErrorInfo info, HttpReply reply, Permit permit, int n, CallScope observed) {
            Duration retryAfter = info.retryAfter().orElseGet(
                    () -> RetryAfter.read(reply, engine.scheduler().now()).orElse(null));
            R2vException error = engine.errors().fromVendor(info, reply, spec.operation(), spec.handle(),
                    retryAfter);
            observed.failed(reply.status(), error);
            boolean retryable = StatusFallback.retryable(info, reply.status());
            boolean throttled = error instanceof RateLimitedException;
            if (throttled) {
                budget.throttled(permit, retryAfter);
            }
            if (spec.operation() == Operation.CREATE) {
                if (!StatusFallback.createNotAccepted(info, reply.status())) {
                    result.completeExceptionally(outcomeUnknown(error, reply.status(),
                            "the vendor answered HTTP " + reply.status() + " after receiving the request"));
                    return;
                }
                if (throttled && budget.paces()) {
                    budget.requeueCreate((RateLimitedException) error, retryAfter, n, () -> attempt(n));
                    return;
                }
            }
            decide(retryable, error, retryAfter, n);
        }

        private void onTransportFailure(Throwable error, int n, CallScope observed) {
            if (!(error instanceof TransportFailure f)) {
                observed.failed(error);
                result.completeExceptionally(error);
                return;
            }
            if (f.kind() == TransportFailure.Kind.CANCELED) {
                observed.gaveUp();
                return;
            }
            R2vException mapped = engine.errors().fromTransport(f, spec.operation(), spec.handle());
            observed.failed(0, mapped);
            if (spec.operation() == Operation.CREATE && f.requestSent()) {
                result.completeExceptionally(outcomeUnknown(mapped, null,
                        f.kind() == TransportFailure.Kind.TIMEOUT ? "no answer arrived in time after the request was sent"
                                : "the connection broke after the request was sent"));
                return;
            }
            decide(Retries.mayRepeat(f), mapped, null, n);
        }

        private void decide(boolean retryable, R2vException error, Duration retryAfter, int n) {
            Scheduler.Cancellable next = !retryable ? null : engine.retries().schedule(n, retryAfter, spec.deadline(),
                    spec.listener(), task, spec.handle(), spec.operation(), error, () -> attempt(n + 1));
            if (next == null) {
                result.completeExceptionally(error);
                return;
            }
            pendingRetry = next;
            if (result.isCancelled()) {
                next.cancel();
            }
        }

        private SubmitOutcomeUnknownException outcomeUnknown(R2vException cause, Integer status, String why) {
            budget.outcomeUnknown();
            String id = engine.errors().providerId();
            return new SubmitOutcomeUnknownException("[" + id + "] submitting the task: the outcome is unknown, "
                    + why + " (" + cause.getMessage() + "). The vendor may have accepted the task and may bill it;"
                    + " wan-r2v did not send it again. Look for a task submitted around " + firstSent
                    + " (the vendor's console or task list) before submitting again.",
                    ErrorDetails.builder().providerId(id).httpStatus(status)
                            .providerCode(cause.providerCode().orElse(null))
                            .providerMessage(cause.providerMessage().orElse(null))
                            .requestId(cause.requestId().orElse(null)).build(),
                    spec.request(), engine.endpoint().toString(), firstSent, cause);
        }
    }

    static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
