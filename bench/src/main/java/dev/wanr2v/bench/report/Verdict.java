package dev.wanr2v.bench.report;

/** How a figure stands against its target, judged on its whole confidence interval. */
enum Verdict {
    MET("**met**"),
    MISSED("**missed**"),
    UNSURE_MEAN_MEETS("inconclusive (mean meets it; the interval crosses the target)"),
    UNSURE_MEAN_MISSES("inconclusive (mean misses it; the interval crosses the target)"),
    NO_RESULT("no result");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    static Verdict atMost(Stat s, double bound) {
        return judge(s, bound, true);
    }

    static Verdict atLeast(Stat s, double bound) {
        return judge(s, bound, false);
    }

    /** A single worst value (e.g. the worst round), with no interval. */
    static Verdict of(boolean met) {
        return met ? MET : MISSED;
    }

    private static Verdict judge(Stat s, double bound, boolean upper) {
        if (s == null || Double.isNaN(s.mean())) {
            return NO_RESULT;
        }
        double e = Double.isNaN(s.error()) ? 0 : s.error();
        boolean allMeet = upper ? s.mean() + e <= bound : s.mean() - e >= bound;
        boolean allMiss = upper ? s.mean() - e > bound : s.mean() + e < bound;
        boolean meanMeets = upper ? s.mean() <= bound : s.mean() >= bound;
        return allMeet ? MET : allMiss ? MISSED : meanMeets ? UNSURE_MEAN_MEETS : UNSURE_MEAN_MISSES;
    }
}
