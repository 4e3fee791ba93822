package dev.wanr2v.observation;

/** One HTTP exchange as an {@link R2vObserver} sees it, from {@link R2vObserver#callStarted} to its end. */
@FunctionalInterface
public interface CallObservation {

    /** The exchange ended: answered (whatever the status), failed on the network, or given up. Heard once. */
    void ended(CallEnd end);
}
