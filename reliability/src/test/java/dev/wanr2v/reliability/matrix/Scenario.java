package dev.wanr2v.reliability.matrix;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.reliability.support.Rig;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.time.Duration;

/**
 * What a cell needs before its fault is armed: a task at the emulator in the right state (made by the
 * rig's setup client, straight to the emulator), or the script the next task will play.
 *
 * @param handle the prepared task as the cell's client knows it, or {@code null} for calls that create
 */
record Scenario(TaskHandle handle) {
    /** The status string no vendor documents, played by {@link FaultKind#UNKNOWN_STATUS}. */
    static final String UNKNOWN = "WARMING_UP";

    private static final Duration FOREVER = Duration.ofDays(3650);

    static Scenario prepare(Rig rig, Cell cell) {
        boolean unknown = cell.fault() == FaultKind.UNKNOWN_STATUS;
        switch (cell.call()) {
            case CREATE -> {
                if (unknown) { // the cell's listener lets the task succeed once the word was heard
                    rig.emulator().scriptNextTask(StatusScript.builder().unrecognized(UNKNOWN, FOREVER)
                            .endsWith(Outcome.succeeded()));
                }
                return new Scenario(null);
            }
            case UPLOAD_GRANT, UPLOAD_FILE -> {
                return new Scenario(null);
            }
            case CANCEL -> {
                return task(rig, StatusScript.queuedForever());
            }
            case STATUS -> {
                return task(rig, unknown ? StatusScript.builder().unrecognized(UNKNOWN, FOREVER)
                        .endsWith(Outcome.succeeded()) : StatusScript.immediately(Outcome.succeeded()));
            }
            case AWAIT -> {
                // once: the cell's listener lets the task succeed after the wait has heard the word
                return task(rig, unknown ? StatusScript.builder().unrecognized(UNKNOWN, FOREVER)
                        .endsWith(Outcome.succeeded()) : StatusScript.immediately(Outcome.succeeded()));
            }
            case DOWNLOAD -> {
                return task(rig, StatusScript.immediately(Outcome.succeeded()));
            }
            default -> throw new IllegalArgumentException("no scenario for " + cell.call());
        }
    }

    private static Scenario task(Rig rig, StatusScript script) {
        rig.emulator().scriptNextTask(script);
        R2vRequest request = rig.vendor().request("setup");
        return new Scenario(rig.throughGate(rig.setupClient().submit(request)));
    }
}
