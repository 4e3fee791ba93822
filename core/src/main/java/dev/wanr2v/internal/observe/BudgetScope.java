package dev.wanr2v.internal.observe;

import dev.wanr2v.observation.BudgetWaitObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/** One observed wait for budget; {@link #NONE} (no observer, or no wait) does nothing. Ends once. */
public final class BudgetScope {
    /** The scope of a wait nobody observes. */
    public static final BudgetScope NONE = new BudgetScope(null, null, null);

    private final Observing owner;
    private final BudgetWaitObservation observation;
    private final Instant started;
    private final AtomicBoolean ended = new AtomicBoolean();

    BudgetScope(Observing owner, BudgetWaitObservation observation, Instant started) {
        this.owner = owner;
        this.observation = observation;
        this.started = started;
    }

    /** The wait ended: the call may go ({@code granted}) or gave up. */
    public void ended(boolean granted) {
        if (observation != null && ended.compareAndSet(false, true)) {
            Duration waited = Duration.between(started, owner.now());
            Observing.tell(() -> observation.ended(waited.isNegative() ? Duration.ZERO : waited, granted), "ended");
        }
    }
}
