package dev.wanr2v.observation;

/**
 * Sees what a client does: every task from its submit to its end, every HTTP exchange with the vendor or its
 * file host (each attempt of an operation, so retries are seen one by one), and every wait for the account's
 * budget. Set one with {@link dev.wanr2v.R2v.Builder#observer(R2vObserver)}; artifact
 * {@code wan-r2v-micrometer} offers one that records Micrometer observations and meters.
 *
 * <p>In the manner of Micrometer's Observation: each {@code …Started} method is told what starts and returns
 * the object that hears the rest of it, ending with exactly one {@code ended} call. A call made for a task
 * names the task's observation as its parent ({@link CallStart#task()}), so a tracer can draw a task's
 * status calls as its children. Order: a task's own events come one at a time, in order (as a
 * {@link dev.wanr2v.ProgressListener}'s do); a call ends before its answer is acted on, so a create's call ends
 * before its task hears {@link TaskObservation#submitted}.
 *
 * <p>Without an observer the engine builds none of these objects and asks the provider for nothing: the hook
 * costs nothing unless it is set. With one, its methods run on engine threads, I/O threads included: return
 * quickly and never block. An exception thrown by an observer is logged and ignored; it never breaks a call.
 *
 * <p>Some of what an observer is handed is secret or private: a request's prompt and reference URLs
 * ({@link TaskStart#request()}), a snapshot's signed video URL. Never put them into metric tags, span
 * attributes or events unless the user asked for it explicitly.
 */
public interface R2vObserver {

    /**
     * A task's life starts: a submit whose request passed validation (before its media is prepared and its
     * create call sent), or a wait on a task this client did not submit (resumed from a token,
     * {@link TaskStart#resumed()}).
     *
     * @return what hears the task's events and its end; never {@code null}
     */
    TaskObservation taskStarted(TaskStart start);

    /**
     * One HTTP exchange starts: an attempt of a create, status, cancel, cost estimate, upload or download,
     * after any wait for budget, just before it is sent.
     *
     * @return what hears its end; never {@code null}
     */
    CallObservation callStarted(CallStart start);

    /**
     * A call starts to wait for the account's budget (a create for the create budget or a running-task slot,
     * any other call to the vendor's API for the query budget) instead of being sent at once. Default: ignored.
     *
     * @return what hears the wait's end; never {@code null}
     */
    default BudgetWaitObservation budgetWaitStarted(BudgetWaitStart start) {
        return BudgetWaitObservation.IGNORED;
    }
}
