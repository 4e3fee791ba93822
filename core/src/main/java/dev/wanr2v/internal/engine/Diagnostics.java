package dev.wanr2v.internal.engine;

import dev.wanr2v.R2vClient;

/**
 * What a client holds right now, for leak checks in this project's own test suites (reliability,
 * benchmarks). Internal: not exported from the module, not an API.
 *
 * @param leasedConnections connections taken from the pool and not yet returned
 * @param inFlight          HTTP exchanges sent and not yet answered
 * @param activeWaits       awaits that have not ended
 * @param busy              whether any exchange is in flight or any worker has work
 */
public record Diagnostics(int leasedConnections, int inFlight, int activeWaits, boolean busy) {

    /** A snapshot of an engine client's state. */
    public static Diagnostics of(R2vClient client) {
        if (!(client instanceof DefaultR2vClient c)) {
            throw new IllegalArgumentException("not a wan-r2v engine client: " + client.getClass().getName());
        }
        return new Diagnostics(c.leasedConnections(), c.inFlight(), c.activeWaits(), c.busy());
    }

    /** Whether nothing is held: no connection leased, nothing in flight, no wait active, no work queued. */
    public boolean idle() {
        return leasedConnections == 0 && inFlight == 0 && activeWaits == 0 && !busy;
    }
}
