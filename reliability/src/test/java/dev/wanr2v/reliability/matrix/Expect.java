package dev.wanr2v.reliability.matrix;

import dev.wanr2v.AwaitTimeoutException;
import dev.wanr2v.R2vException;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.reliability.support.Rig;

/**
 * What one cell of the matrix must do, per {@link Mode}: {@code null} for a mode the cell does not run
 * (a fault that is never retried behaves the same once or always; a refused port has no "once").
 *
 * @param once   the result when the fault strikes the first attempt only
 * @param always the result when it strikes every attempt
 * @param note   why, when the rule is not obvious; or why the cell does not apply
 */
record Expect(Result once, Result always, String note) {

    /**
     * One expected result.
     *
     * @param error    the exact exception class, or {@code null} for success
     * @param attempts how many attempts the call makes, or {@link #ANY} where polling decides
     * @param status   for a successful status call, the status it reports
     */
    record Result(Class<? extends R2vException> error, int attempts, TaskStatus status) {
        static final int ANY = -1;

        boolean success() {
            return error == null;
        }

        String describe() {
            String what = success() ? (status == null ? "succeeds" : "returns " + status) : error.getSimpleName();
            return attempts == ANY ? what : what + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)");
        }
    }

    /** One attempt, and it works: the fault does not stop the call. */
    static Expect succeeds() {
        return new Expect(new Result(null, 1, null), null, "");
    }

    /** One attempt, and the status call reports this status. */
    static Expect reports(TaskStatus status) {
        return new Expect(new Result(null, 1, status), null, "");
    }

    /** Retried: once, the second attempt works; always, {@code error} after every attempt. */
    static Expect recovers(Class<? extends R2vException> error) {
        return new Expect(new Result(null, 2, null), new Result(error, Rig.MAX_ATTEMPTS, null), "");
    }

    /** A wait rides it out: once, the video arrives; always, the wait ends at its deadline. */
    static Expect waitRecovers() {
        return new Expect(new Result(null, Result.ANY, null), new Result(AwaitTimeoutException.class, Result.ANY, null),
                "");
    }

    /** Not retried: {@code error} after one attempt. */
    static Expect fails(Class<? extends R2vException> error) {
        return new Expect(new Result(error, 1, null), null, "");
    }

    /** A create whose fate is unknown: one attempt, never resent. */
    static Expect unknown() {
        return fails(SubmitOutcomeUnknownException.class);
    }

    /** A fault that cannot be made to go away between attempts: always, {@code error} after every attempt. */
    static Expect persists(Class<? extends R2vException> error, String whyNotOnce) {
        return new Expect(null, new Result(error, Rig.MAX_ATTEMPTS, null), whyNotOnce);
    }

    /** The cell does not exist, for this reason. */
    static Expect notApplicable(String reason) {
        return new Expect(null, null, reason);
    }

    /** This expectation with a note on the rule behind it. */
    Expect because(String why) {
        return new Expect(once, always, why);
    }

    /** The result in this mode, or {@code null} if the cell does not run in it. */
    Result in(Mode mode) {
        return mode == Mode.ONCE ? once : always;
    }

    boolean applies() {
        return once != null || always != null;
    }
}
