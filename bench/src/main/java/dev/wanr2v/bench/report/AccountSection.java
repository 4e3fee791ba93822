package dev.wanr2v.bench.report;

import dev.wanr2v.bench.account.AccountRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Section 6: waits within one DashScope account's limits (issue 14 item 8), four ways side by side. */
final class AccountSection {
    private static final String BENCH = "AccountWaitsBenchmark.round";
    private static final String SHARED = "SharedAccountBenchmark.twoClients";
    private static final String SCALE_CHECK = "AccountScaleBenchmark.budgets";
    private static final int[] SIZES = {1_000, 10_000};
    private static final String[][] WAYS = {
        {"budgets", "wan-r2v, budgets on (default settings)"},
        {"noBudgets", "(c) wan-r2v, budgets off"},
        {"fixed5s", "(a) fixed 5 s polling per task (Vercel AI SDK)"},
        {"dashscopeSdk", "(b) official DashScope Java SDK 2.22.13, a thread per wait"},
    };

    private AccountSection() {
    }

    static void write(JmhResults results, Markdown md, Targets targets) {
        md.heading(2, "6. Waits within one account's limits: 1,000 and 10,000 tasks against DashScope's limits");
        md.paragraph("Issue 14 item 8. A loopback stub of one DashScope account (`DashScopeAccountStub`, DashScope's "
                + "task protocol on the NIO stub) enforces the account's documented limits: at most "
                + AccountRound.QUERIES_PER_SECOND + " status calls accepted in any sliding second (counted as the "
                + "testkit's emulator counts them; the rest answered HTTP 429 `Throttling.RateQuota`), and "
                + AccountRound.RUNNING + " tasks running at once, the rest PENDING in a first-come-first-served queue. "
                + "Each round queues N tasks (lengths uniform over 0.5 to 1.5 × " + num(AccountRound.MEAN_TASK_SECONDS)
                + " s, the same seeded timeline for every way), registers N waits at once, then lets the vendor start "
                + "the queue. Handles carry their creation times, in queue order, 0.2 s apart (the account's 5 creates/s)."
                + " Four ways wait, each in a fork of its own, one round each: this library with budgets on "
                + "(the real DashScope provider, every setting at its default but a 7-day wait deadline), the same with "
                + "budgets off (c), fixed 5 s polling per task on an event loop, as the Vercel AI SDK polls (a; a "
                + "throttled poll is simply followed by the next one 5 s later), and the official DashScope Java SDK "
                + "(b; `VideoSynthesis.fetch` for every status call, on a thread per wait, following the schedule "
                + "`AsynchronousApi.wait` sleeps by: 1 s, doubled after every third call, up to 5 s; `wait` rethrows a "
                + "429, so the caller here waits 1 s and calls it again, which restarts that schedule).");
        md.paragraph("**Time is scaled " + num(AccountRound.SCALE) + "×.** A round of 10,000 tasks through 5 slots "
                + "lasts hours of vendor time, so everything runs in virtual time " + num(AccountRound.SCALE)
                + " times faster than the wall clock: the stub's limit (20 per virtual second: "
                + num(AccountRound.QUERIES_PER_SECOND * AccountRound.SCALE) + " per wall second) and its task "
                + "timeline, the engine's clock and timers (its scheduler is replaced by a scaled one, as core's engine "
                + "tests replace it, so poll intervals, budget spacing, the rate's recovery and deadlines are all scaled "
                + "alike), and the baselines' intervals and sleeps. All figures below are in virtual seconds: the "
                + "vendor's own time. Tasks are kept short (" + num(AccountRound.MEAN_TASK_SECONDS) + " s on average; "
                + "real ones take minutes) so that 10,000 of them fit the run; with minutes-long tasks fewer end per "
                + "second against the same query budget. What scaling cannot scale is this machine: its scheduling "
                + "delays and the loopback's latency reach the vendor " + num(AccountRound.SCALE)
                + " times longer in virtual time (a 2 ms stall of the stub's thread is, to the account, a 100 ms "
                + "jitter of the network). The baselines ask far more than this machine can send at this scale "
                + "(10,000 tasks every 5 s is 2,000 calls per virtual second, 100,000 per wall second): they send what "
                + "the machine manages, so their throttled counts are lower than at real speed.");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> ratios = new ArrayList<>();
        for (int n : SIZES) {
            Optional<JmhResult> ours = round(results, n, "budgets");
            for (String[] way : WAYS) {
                Optional<JmhResult> r = round(results, n, way[0]);
                if (r.isEmpty()) {
                    rows.add(List.of(String.format("%,d", n), way[1], "no result", "", "", "", "", "", "", ""));
                    continue;
                }
                rows.add(row(n, way[1], r.get()));
                if (ours.isPresent() && !way[0].equals("budgets")) {
                    ratios.add(ratioRow(n, way[1], ours.get(), r.get()));
                }
            }
            judge(n, ours, targets);
        }
        md.table(List.of("tasks N", "way", "status calls: throttled / sent", "queries per task",
                "detection lag p50 / p95 / max, s", "p95 lag / (N/Q)", "makespan / vendor's", "threads added (peak)",
                "heap per wait", "waits failed; ended by throttling"), rows);
        md.paragraph("N/Q is the physical bound on detection lag: with N tasks and Q = " + AccountRound.QUERIES_PER_SECOND
                + " queries/s, asking each task once takes N/Q seconds (50 s at 1,000 tasks, 500 s at 10,000). "
                + "Detection lag: from a task's end at the stub to the moment its caller learns of it. Makespan: from "
                + "the queue's start to the last task seen, over the same to the last task's end at the vendor. "
                + "Threads added: the peak of the JVM's live threads during the round, less those before the way was set up "
                + "(its clients, pools and timers count). Heap per "
                + "wait: settled heap (after full collections) right after every wait was registered, less the same "
                + "before (clients and pools were made before that), over N.");
        md.heading(3, "This library (budgets on) relative to each other way, same run");
        md.table(List.of("tasks N", "other way", "status calls sent, ours / theirs", "throttled calls, ours / theirs",
                "p95 detection lag, ours / theirs", "makespan, ours / theirs", "heap per wait, ours / theirs"), ratios);
        shared(results, md, targets);
        scaleCheck(results, md);
    }

    private static Optional<JmhResult> round(JmhResults results, int n, String way) {
        return results.find(BENCH, Map.of("tasks", Integer.toString(n), "way", way));
    }

    private static List<String> row(int n, String way, JmhResult r) {
        double calls = one(r, "statusCalls");
        double throttled = one(r, "throttled");
        return List.of(String.format("%,d", n), way,
                count(throttled) + " / " + count(calls) + " (" + percent(throttled / calls) + ")",
                Fmt.number(calls / n, 3),
                Fmt.number(one(r, "lagP50"), 3) + " / " + Fmt.number(one(r, "lagP95"), 3) + " / "
                        + Fmt.number(one(r, "lagMax"), 3),
                Fmt.number(one(r, "lagP95") / one(r, "lagBound"), 3),
                Double.isNaN(one(r, "makespan")) ? "unfinished: " + count(one(r, "unfinished"))
                        : Fmt.number(one(r, "makespan") / one(r, "vendorMakespan"), 4),
                count(one(r, "threadsAdded")), Fmt.bytes(one(r, "heapPerWait")),
                count(one(r, "failed")) + "; " + count(one(r, "throttledWaits")));
    }

    private static List<String> ratioRow(int n, String way, JmhResult ours, JmhResult theirs) {
        return List.of(String.format("%,d", n), way,
                Fmt.number(one(ours, "statusCalls") / one(theirs, "statusCalls"), 3),
                one(theirs, "throttled") == 0 ? "n/a (none throttled)"
                        : Fmt.number(one(ours, "throttled") / one(theirs, "throttled"), 3),
                Fmt.number(one(ours, "lagP95") / one(theirs, "lagP95"), 3),
                Fmt.number(one(ours, "makespan") / one(theirs, "makespan"), 4),
                Fmt.number(one(ours, "heapPerWait") / one(theirs, "heapPerWait"), 3));
    }

    private static void judge(int n, Optional<JmhResult> ours, Targets targets) {
        String size = String.format("%,d tasks", n);
        if (ours.isEmpty()) {
            targets.add("throttled status calls, budgets on, " + size, "0", "no result", Verdict.NO_RESULT);
            targets.add("p95 detection lag, budgets on, " + size, "≤ 1.2 × N/Q", "no result", Verdict.NO_RESULT);
            return;
        }
        JmhResult r = ours.get();
        double throttled = one(r, "throttled");
        double crowded = one(r, "throttledAfterCrowding");
        targets.add("throttled status calls, budgets on, " + size + " (one round, " + num(AccountRound.SCALE)
                + "× scaled time)", "0", count(throttled) + " of " + count(one(r, "statusCalls")) + " ("
                + percent(throttled / one(r, "statusCalls")) + "); " + count(crowded)
                + " of them within 1 s after calls arrived crowded (section 6)", Verdict.of(throttled == 0));
        double ratio = one(r, "lagP95") / one(r, "lagBound");
        targets.add("p95 detection lag, budgets on, " + size, "≤ 1.2 × N/Q", Fmt.number(one(r, "lagP95"), 3)
                + " s = " + Fmt.number(ratio, 3) + " × N/Q (N/Q = " + Fmt.number(one(r, "lagBound"), 3) + " s)",
                Verdict.of(ratio <= 1.2));
    }

    private static void shared(JmhResults results, Markdown md, Targets targets) {
        md.heading(3, "Two clients sharing one account");
        md.paragraph("Two clients, each with a budget of its own (as two processes would have), each configured "
                + "with the account's whole " + AccountRound.QUERIES_PER_SECOND + " queries/s, await the even and the "
                + "odd tasks of one round against the same account; only the vendor's 429s tell each about the "
                + "other. Target: together they settle at no more than 2 % throttled calls. Judged on the second half "
                + "of the vendor's makespan (after the first throttles taught both budgets); the whole round is shown "
                + "beside it.");
        Optional<JmhResult> found = results.find(SHARED);
        if (found.isEmpty()) {
            md.paragraph("_No result._");
            targets.add("two clients, one account: throttled share once settled", "≤ 2 %", "no result",
                    Verdict.NO_RESULT);
            return;
        }
        JmhResult r = found.get();
        int n = Integer.parseInt(r.param("tasks"));
        double late = one(r, "throttledLate") / one(r, "statusCallsLate");
        double whole = one(r, "throttled") / one(r, "statusCalls");
        md.table(List.of("tasks N", "throttled / sent, whole round", "throttled / sent, second half",
                "calls per virtual second (over the makespan)", "p95 lag / (N/Q)", "makespan / vendor's",
                "budgets' query rates at the end, per s"),
                List.of(List.of(String.format("%,d", n),
                        count(one(r, "throttled")) + " / " + count(one(r, "statusCalls")) + " (" + percent(whole) + ")",
                        count(one(r, "throttledLate")) + " / " + count(one(r, "statusCallsLate")) + " ("
                                + percent(late) + ")",
                        Fmt.number((one(r, "statusCalls") - one(r, "throttled")) / one(r, "makespan"), 3)
                                + " answered + " + Fmt.number(one(r, "throttled") / one(r, "makespan"), 3)
                                + " throttled",
                        Fmt.number(one(r, "lagP95") / one(r, "lagBound"), 3),
                        Fmt.number(one(r, "makespan") / one(r, "vendorMakespan"), 4),
                        Fmt.number(one(r, "endRateA"), 3) + " and " + Fmt.number(one(r, "endRateB"), 3))));
        targets.add("two clients, one account: throttled share once settled (second half; whole round "
                + percent(whole) + ")", "≤ 2 %", percent(late), Verdict.of(late <= 0.02));
    }

    private static void scaleCheck(JmhResults results, Markdown md) {
        Optional<JmhResult> found = results.find(SCALE_CHECK);
        if (found.isEmpty()) {
            return;
        }
        JmhResult r = found.get();
        Optional<JmhResult> scaled = round(results, Integer.parseInt(r.param("tasks")), "budgets");
        md.heading(3, "A check on the time scale");
        md.paragraph("The 1,000-task round with budgets on, run again " + r.param("scale") + "× scaled instead of "
                + num(AccountRound.SCALE) + "× (`AccountScaleBenchmark`): the machine's delays then weigh "
                + num(AccountRound.SCALE / Double.parseDouble(r.param("scale"))) + " times less in the vendor's eyes. "
                + "Crowded pairs: status calls that reached the account less than 1/(2Q) = 25 ms (virtual) after the "
                + "one before. The budget never sends two so close: each call waits for the last one to leave, then "
                + "for the spacing, at least 55 ms at Q = 20/s. Such a pair means this machine held the first call "
                + "back in transit (a thread of the client's I/O or of the stub ran late) and delivered the two "
                + "together; the account's sliding second then holds more calls than were sent in any second, and "
                + "the calls after it within that second may be throttled.");
        List<List<String>> rows = new ArrayList<>();
        scaled.ifPresent(s -> rows.add(scaleRow(num(AccountRound.SCALE) + "×", s)));
        rows.add(scaleRow(r.param("scale") + "×", r));
        md.table(List.of("time scale", "throttled / sent", "of them within 1 s after a crowded pair", "crowded pairs",
                "p95 lag / (N/Q)", "makespan / vendor's"), rows);
    }

    private static List<String> scaleRow(String scale, JmhResult r) {
        double throttled = one(r, "throttled");
        return List.of(scale, count(throttled) + " / " + count(one(r, "statusCalls")) + " ("
                + percent(throttled / one(r, "statusCalls")) + ")", count(one(r, "throttledAfterCrowding")),
                count(one(r, "crowdedPairs")), Fmt.number(one(r, "lagP95") / one(r, "lagBound"), 3),
                Fmt.number(one(r, "makespan") / one(r, "vendorMakespan"), 4));
    }

    /** The paragraph of the findings on section 6, from this run's figures. */
    static void findings(JmhResults results, Markdown md) {
        int n = SIZES[SIZES.length - 1];
        Optional<JmhResult> ours = round(results, n, "budgets");
        Optional<JmhResult> c = round(results, n, "noBudgets");
        Optional<JmhResult> a = round(results, n, "fixed5s");
        Optional<JmhResult> b = round(results, n, "dashscopeSdk");
        if (ours.isEmpty() || c.isEmpty() || a.isEmpty() || b.isEmpty()) {
            md.paragraph("**Waits within an account's limits.** Not every way ran at " + String.format("%,d", n)
                    + " tasks in this run; see section 6.");
            return;
        }
        JmhResult o = ours.get();
        double worstMakespan = 0;
        for (JmhResult r : List.of(o, c.get(), a.get(), b.get())) {
            worstMakespan = Math.max(worstMakespan, Math.abs(one(r, "makespan") / one(r, "vendorMakespan") - 1));
        }
        double throttled = one(o, "throttled");
        md.paragraph("**Waits within an account's limits (section 6).** With budgets on, one client's "
                + String.format("%,d", n) + " waits sent " + count(one(o, "statusCalls")) + " status calls ("
                + Fmt.number(one(o, "statusCalls") / n, 3) + " per task): " + callRatio(o, c.get()) + " × those of the "
                + "same engine with budgets off, " + callRatio(o, a.get()) + " × fixed 5 s polling's and "
                + callRatio(o, b.get()) + " × the DashScope SDK's, of which " + share(c.get()) + ", " + share(a.get())
                + " and " + share(b.get()) + " were throttled. It saw tasks end with a p95 lag of "
                + lagRatio(o) + " × N/Q, against " + lagRatio(c.get()) + ", " + lagRatio(a.get()) + " and "
                + lagRatio(b.get()) + " × N/Q for the others: a throttled poll learns nothing, so the calls those "
                + "ways send past the account's limit buy no earlier detection, only 429s that every other process "
                + "of the account meets too. Every way's makespan is within " + Fmt.number(worstMakespan * 100, 2)
                + " % of the vendor's own: the five slots decide it. The SDK holds a thread per wait ("
                + count(one(b.get(), "threadsAdded")) + " threads at " + String.format("%,d", n) + " tasks) and "
                + Fmt.bytes(one(b.get(), "heapPerWait")) + " of heap per wait, against " + count(one(o, "threadsAdded"))
                + " threads and " + Fmt.bytes(one(o, "heapPerWait")) + " for this library. "
                + (throttled == 0 ? "The budgeted client was never throttled."
                : "The budgeted client was still throttled " + count(throttled) + " times (" + share(o) + "); "
                + count(one(o, "throttledAfterCrowding")) + " of them came within a second after two calls reached "
                + "the account closer together than the budget ever sends them (the check on the time scale, "
                + "section 6). Compressed " + num(AccountRound.SCALE) + " times, this machine's thread delays (see "
                + "the load average above) look to the account like a network delaying calls by tens to hundreds "
                + "of milliseconds, beyond the 100 ms allowance the budget's spacing keeps. This run cannot show "
                + "the figure at real speed (at real time against the emulator, kit rule R2V-6.4 and the CLI's "
                + "`BatchBudgetTest` see no throttled call); **the target of none is missed in this run**, and it "
                + "is not claimed."));
        double rate = one(o, "statusCalls") / one(o, "makespan");
        md.paragraph("**Poll order and lag at " + String.format("%,d", n) + " tasks.** The planner asks about older "
                + "tasks first (half a task's age counts as a head start, up to 10 minutes of age) and about tasks last "
                + "seen running before queued ones. Here the handles span " + String.format("%,d", (long) (n * 0.2))
                + " s of creation times and tasks run for seconds, so most of the backlog is older than the cap and "
                + "looks alike to it, and a task is rarely seen running before it ends: the planner mostly asks round "
                + "the backlog in turn, which puts the lag near the bound N/Q. The client also sent fewer calls than "
                + "the budget allows: " + Fmt.number(rate, 3) + " a second on average, against the "
                + Fmt.number(AccountRound.QUERIES_PER_SECOND / 1.1, 3) + " its pace keeps at 20/s, because each "
                + "throttled call halves the budget's rate, which takes 10 s to recover. Both put the p95 lag at "
                + lagRatio(o) + " × N/Q at " + String.format("%,d", n) + " tasks ("
                + round(results, SIZES[0], "budgets").map(AccountSection::lagRatio).orElse("?") + " × at "
                + String.format("%,d", SIZES[0]) + "), the largest at " + Fmt.number(one(o, "lagMax")
                / one(o, "lagBound"), 3) + " × N/Q.");
    }

    private static String callRatio(JmhResult ours, JmhResult theirs) {
        return Fmt.number(one(ours, "statusCalls") / one(theirs, "statusCalls"), 3);
    }

    private static String share(JmhResult r) {
        return percent(one(r, "throttled") / one(r, "statusCalls"));
    }

    private static String lagRatio(JmhResult r) {
        return Fmt.number(one(r, "lagP95") / one(r, "lagBound"), 3);
    }

    /** The value of a secondary metric in the round (one iteration per fork). */
    static double one(JmhResult r, String metric) {
        double[] v = r.iterations(metric);
        return v.length == 0 ? Double.NaN : v[0];
    }

    private static String count(double v) {
        return String.format("%,d", Math.round(v));
    }

    private static String percent(double share) {
        return Fmt.number(share * 100, 2) + " %";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.format("%,d", (long) v) : Fmt.number(v, 3);
    }
}
