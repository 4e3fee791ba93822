package dev.wanr2v;

/** What a call waits for when it waits for the account's budget ({@link BudgetWait}). */
public enum BudgetKind {
    /** The create budget: creates per second. */
    CREATE("the create budget"),
    /** The query budget: status queries, cancels and other calls to the vendor's API per second. */
    QUERY("the query budget"),
    /** A running-task slot: the vendor runs a limited number of tasks at once and queues none. */
    RUNNING("a running-task slot");

    private final String label;

    BudgetKind(String label) {
        this.label = label;
    }

    /** Words for messages: {@code "the create budget"}. */
    public String label() {
        return label;
    }
}
