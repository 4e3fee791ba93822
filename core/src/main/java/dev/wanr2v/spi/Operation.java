package dev.wanr2v.spi;

/** Which call of a provider's protocol an HTTP exchange is; the engine's retry rules depend on it. */
public enum Operation {
    /** Creates a task. Costs money: retried only when the vendor certainly did not accept it. */
    CREATE,
    /** Reads a task's status. Safe to repeat. */
    STATUS,
    /** Cancels a task. Safe to repeat. */
    CANCEL,
    /** Estimates a request's cost. Safe to repeat. */
    COST_ESTIMATE,
    /** Uploads a local file to the vendor's storage. Repeatable (the content is the same). */
    UPLOAD,
    /** Downloads a result. Safe to repeat. */
    DOWNLOAD;

    /** Whether repeating the call cannot create a second paid task. */
    public boolean isRepeatable() {
        return this != CREATE;
    }
}
