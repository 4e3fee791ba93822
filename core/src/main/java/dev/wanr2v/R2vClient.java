package dev.wanr2v;

import dev.wanr2v.spi.Capabilities;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Generates clips through one provider. Get one from {@link R2v#builder()}.
 *
 * <p>Thread-safe; share one client across the application and close it at shutdown (it owns a
 * connection pool and a small scheduler). Every operation has a blocking form and an {@code …Async}
 * form whose future never blocks a caller thread. Failures are {@link R2vException} subclasses
 * (blocking forms throw them; futures complete with them).
 *
 * <p>Billing safety: {@link #submit} sends at most one create unless the vendor certainly did not
 * accept it; an ambiguous failure throws {@link SubmitOutcomeUnknownException} instead of paying twice.
 * Keep the {@link TaskHandle} (or its token) of every submitted task: it is what lets you collect
 * the result after a timeout or a crash.
 */
public interface R2vClient extends AutoCloseable {

    /** The provider this client talks to. */
    ProviderInfo provider();

    /** What the provider can do under this client's configuration. */
    Capabilities capabilities();

    /**
     * The endpoint this client sends to: the configured base URL, or the provider's default for its
     * options (DashScope: the region's host). The handles of its tasks carry the same value
     * ({@link TaskHandle#endpoint()}). Sends nothing.
     */
    String endpoint();

    /**
     * The provider options this client was built with, by name, defaults included; the values of secret
     * options (the API key) read {@code ****}. Safe to log or to show on a health page.
     */
    Map<String, String> options();

    /**
     * Every rule the request breaks for this provider (empty if none), against its limits
     * ({@link Capabilities#mediaLimits()}). Sends nothing.
     *
     * @throws ConfigurationException if the request asks for {@link MediaFit#IMAGES} and artifact
     *                                {@value MediaFit#ARTIFACT} is not on the class path
     */
    List<Violation> validate(R2vRequest request);

    /**
     * Validates, then shows the exact create call that {@link #submit} would send, with secrets masked
     * and large media shortened; with {@link MediaFit#IMAGES}, the images are fitted as a submit would fit
     * them, and {@link RequestPreview#fitted()} says how (the copies are deleted before this returns).
     * Sends nothing.
     *
     * @throws InvalidRequestException if the request breaks a rule
     * @throws ConfigurationException  if it asks for fitting without {@value MediaFit#ARTIFACT}
     */
    RequestPreview preview(R2vRequest request);

    /**
     * Validates and creates the task.
     *
     * @throws InvalidRequestException      if the request breaks a rule (nothing sent)
     * @throws SubmitOutcomeUnknownException if it is unknown whether the vendor accepted the task
     */
    TaskHandle submit(R2vRequest request);

    /** {@link #submit} without blocking. */
    CompletableFuture<TaskHandle> submitAsync(R2vRequest request);

    /**
     * {@link #submit}, telling {@code listener} what happens on the way: retries of the create and of
     * uploads ({@link ProgressListener#onRetry}), the bytes of local media sent
     * ({@link ProgressListener#onSending}), and the accepted task ({@link ProgressListener#onSubmitted}).
     */
    TaskHandle submit(R2vRequest request, ProgressListener listener);

    /** Asks the vendor once for the task's state (retrying transient failures). */
    TaskSnapshot status(TaskHandle handle);

    /** {@link #status} without blocking. */
    CompletableFuture<TaskSnapshot> statusAsync(TaskHandle handle);

    /** Waits for the task with the default options. */
    GeneratedVideo await(TaskHandle handle);

    /**
     * Waits until the task ends or the deadline passes. Interrupting the thread stops the wait
     * promptly (the interrupt flag is kept) with {@link AwaitInterruptedException}.
     *
     * @throws TaskFailedException   if the task failed
     * @throws AwaitTimeoutException at the deadline; the task may still finish: await it again
     */
    GeneratedVideo await(TaskHandle handle, AwaitOptions options);

    /**
     * {@link #await} without blocking or holding a thread. Canceling the future stops polling (and
     * cancels the task at the vendor if the options ask for it).
     */
    CompletableFuture<GeneratedVideo> awaitAsync(TaskHandle handle, AwaitOptions options);

    /** Submits and waits, with the default options. */
    GeneratedVideo generate(R2vRequest request);

    /** Submits and waits. */
    GeneratedVideo generate(R2vRequest request, AwaitOptions options);

    /** {@link #generate} without blocking. */
    CompletableFuture<GeneratedVideo> generateAsync(R2vRequest request, AwaitOptions options);

    /**
     * Cancels the task at the vendor. A task that is canceled already (by an earlier attempt whose answer
     * was lost, say) counts as canceled.
     *
     * @throws UnsupportedFeatureException if the provider cannot cancel
     * @throws TaskConflictException        if the vendor refuses (e.g. the task already runs)
     */
    void cancel(TaskHandle handle);

    /** {@link #cancel} without blocking. */
    CompletableFuture<Void> cancelAsync(TaskHandle handle);

    /**
     * Asks the vendor what the request would cost.
     *
     * @throws UnsupportedFeatureException if the provider offers no estimate
     */
    CostEstimate estimateCost(R2vRequest request);

    /** {@link #estimateCost} without blocking. */
    CompletableFuture<CostEstimate> estimateCostAsync(R2vRequest request);

    /**
     * The counters of the account budget this client draws on (shared with the other clients of the
     * account): calls sent, calls throttled, time spent waiting for budget, tasks running. Sends nothing.
     *
     * @throws UnsupportedOperationException if this implementation keeps no budget
     */
    default BudgetStats budgetStats() {
        throw new UnsupportedOperationException("this R2vClient implementation keeps no account budget");
    }

    /**
     * Stops the client: pending waits end with {@link AwaitInterruptedException}, creates still waiting for
     * the account's budget fail with {@link RateLimitedException} (they were never sent), connections close.
     * Tasks already submitted keep running at the vendor.
     */
    @Override
    void close();
}
