package dev.wanr2v.bench.account;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** What a round of waits against the account measured ({@link RoundResult}), as JMH secondary results. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class AccountMetrics {
    /** Status calls sent (answered or throttled). */
    public long statusCalls;
    /** Status calls the account throttled (HTTP 429). */
    public long throttled;
    /** Status calls sent in the second half of the vendor's makespan. */
    public long statusCallsLate;
    /** Of those, throttled. */
    public long throttledLate;
    /** Detection lag, median, virtual seconds. */
    public double lagP50;
    /** Detection lag, 95th percentile, virtual seconds. */
    public double lagP95;
    /** Detection lag, largest, virtual seconds. */
    public double lagMax;
    /** The bound N / Q, virtual seconds. */
    public double lagBound;
    /** Queue start to the last task seen, virtual seconds. */
    public double makespan;
    /** Queue start to the last task's end at the vendor, virtual seconds. */
    public double vendorMakespan;
    /** Peak live JVM threads added during the round. */
    public long threadsAdded;
    /** Settled heap per registered wait, bytes. */
    public double heapPerWait;
    /** Waits that neither ended nor failed in the round's time. */
    public long unfinished;
    /** Waits that failed. */
    public long failed;
    /** Waits ended by throttling and started again by the caller. */
    public long throttledWaits;
    /** Throttled calls within a second after a crowded pair (see {@code DashScopeAccountStub.crowdedPairs}). */
    public long throttledAfterCrowding;
    /** Status calls that reached the account less than 1 / (2 Q) after the one before. */
    public long crowdedPairs;
    /** Wall-clock seconds of the round. */
    public double wallSeconds;
    /** Two clients: the query rate each budget kept to at the end of the round, per virtual second (else 0). */
    public double endRateA;
    public double endRateB;

    void fill(RoundResult r) {
        statusCalls = r.calls();
        throttled = r.throttled();
        statusCallsLate = r.acceptedLate() + r.throttledLate();
        throttledLate = r.throttledLate();
        lagP50 = r.lagP50();
        lagP95 = r.lagP95();
        lagMax = r.lagMax();
        lagBound = r.bound();
        makespan = r.makespan();
        vendorMakespan = r.vendorMakespan();
        threadsAdded = r.threadsAdded();
        heapPerWait = r.heapPerWait();
        unfinished = r.unfinished();
        failed = r.failed();
        throttledWaits = r.throttledWaits();
        wallSeconds = r.wallSeconds();
        throttledAfterCrowding = r.throttledAfterCrowding();
        crowdedPairs = r.crowdedPairs();
    }
}
