/**
 * The observer hook: what a client tells an {@link dev.wanr2v.observation.R2vObserver} about every task, every
 * HTTP call and every wait for the account's budget, for metrics and tracing backends.
 *
 * <p>Shaped like Micrometer's Observation API without depending on it: each {@code …Started} method of the
 * observer is told what starts and returns the object that hears the rest and the end. Module
 * {@code wan-r2v-micrometer} implements it with Micrometer observations and meters; the hook is small enough to
 * implement for another backend directly.
 *
 * <pre>
 * task: taskStarted ─ submitted ─ statusChanged* ─ ended          (retrying at any point)
 *          │ parent of
 * call: callStarted ─ ended                                      (one per HTTP exchange: every attempt)
 * wait: budgetWaitStarted ─ ended                                (before an attempt, when the budget holds it)
 * </pre>
 */
package dev.wanr2v.observation;
