package dev.wanr2v.bench.account;

import java.util.function.IntConsumer;

/**
 * One way of waiting for a round's tasks: it polls the account stub and reports each task once, the moment the
 * caller learns that it ended ({@code seen}), or that its wait failed ({@code failed}).
 */
interface Waits extends AutoCloseable {

    /** Sets up what every wait shares (clients, threads, pools), before the heap is measured. */
    void open(AccountRound round) throws Exception;

    /** Starts waiting for every task of the round; returns once every wait is registered. */
    void start(AccountRound round, IntConsumer seen, IntConsumer failed) throws Exception;

    /** Waits that ended with the vendor's throttling error and were started again by the caller. */
    default long throttledWaits() {
        return 0;
    }

    @Override
    void close();
}
