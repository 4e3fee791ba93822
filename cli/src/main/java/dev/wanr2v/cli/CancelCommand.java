package dev.wanr2v.cli;

import dev.wanr2v.TaskHandle;
import picocli.CommandLine.Command;

/** {@code cancel TOKEN}. */
@Command(name = "cancel", description = {"Cancel a task at the vendor.",
    "DashScope cancels only PENDING tasks (exit 18 otherwise); UniAll and wan26api cannot cancel (exit 17)."})
final class CancelCommand extends TaskCommand {
    @Override
    protected int run(Session session, TaskHandle handle, Output output) {
        session.client().cancel(handle);
        output.result("canceled " + handle);
        output.resultJson(Json.task(handle).put("canceled", true));
        return ExitCodes.OK;
    }
}
