package dev.wanr2v.observation;

import dev.wanr2v.BudgetWait;
import dev.wanr2v.spi.Operation;
import java.util.Objects;
import java.util.Optional;

/** What starts a budget wait's observation: a call held back by the account's budget. */
public final class BudgetWaitStart {
    private final String providerId;
    private final Operation operation;
    private final BudgetWait wait;
    private final TaskObservation task;

    /**
     * @param providerId the provider's id
     * @param operation  the call that waits
     * @param wait       what it waits for (the event a {@link dev.wanr2v.ProgressListener#onBudgetWait} hears)
     * @param task       the observation of the task the call is made for, or {@code null}
     */
    public BudgetWaitStart(String providerId, Operation operation, BudgetWait wait, TaskObservation task) {
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.wait = Objects.requireNonNull(wait, "wait");
        this.task = task;
    }

    /** The provider's id, e.g. {@code dashscope}. */
    public String providerId() {
        return providerId;
    }

    /** The call that waits. */
    public Operation operation() {
        return operation;
    }

    /** Which budget, calls ahead, the expected wait. */
    public BudgetWait budgetWait() {
        return wait;
    }

    /** The observation of the task the waiting call is made for, if any. */
    public Optional<TaskObservation> task() {
        return Optional.ofNullable(task);
    }

    @Override
    public String toString() {
        return "BudgetWaitStart[" + providerId + " " + operation + ", " + wait + "]";
    }
}
