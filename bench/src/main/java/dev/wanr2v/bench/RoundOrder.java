package dev.wanr2v.bench;

import java.util.concurrent.ThreadLocalRandom;

/** The random order of the ways in one round of an interleaved benchmark. */
final class RoundOrder {
    private RoundOrder() {
    }

    /** Shuffles {@code order} in place (Fisher-Yates). */
    static void shuffle(int[] order) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
