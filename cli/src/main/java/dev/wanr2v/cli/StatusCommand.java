package dev.wanr2v.cli;

import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import picocli.CommandLine.Command;

/** {@code status TOKEN}: ask once. */
@Command(name = "status", description = {"Ask the vendor once for a task's state.",
    "Exits 0 whenever the vendor answered, whatever the task's state (see --json for details)."})
final class StatusCommand extends TaskCommand {
    @Override
    protected int run(Session session, TaskHandle handle, Output output) {
        TaskSnapshot s = session.client().status(handle);
        StringBuilder line = new StringBuilder(handle.toString()).append(": ").append(s.status());
        s.progress().ifPresent(p -> line.append(' ').append(Math.round(p * 100)).append('%'));
        if (!s.rawStatus().equals(s.status().name())) {
            line.append(" (").append(s.rawStatus()).append(')');
        }
        output.result(line.toString());
        s.videoUrl().ifPresent(u -> output.result("video: " + u));
        s.failure().ifPresent(f -> output.result("failure: " + f));
        output.resultJson(Json.snapshot(handle, s));
        return ExitCodes.OK;
    }
}
