package dev.wanr2v.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RequestPreview;
import dev.wanr2v.Rule;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.Violation;
import dev.wanr2v.cli.request.RequestFactory;
import dev.wanr2v.cli.progress.ProgressPrinter;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.cli.request.RequestFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Validating, previewing and submitting a request from the command line. */
final class Requests {
    private Requests() {
    }

    /**
     * The request, after every problem was looked for: the text's own (sizes, kinds), the library's
     * rules for the chosen provider, and the output file's.
     *
     * @param extra further problems found by the command (e.g. the output file)
     * @throws InvalidRequestException listing them all, one per line, when there is any
     */
    static R2vRequest validated(Session session, RequestFields fields, List<Violation> extra) {
        RequestFactory.Built built = RequestFactory.build(fields, null);
        List<Violation> problems = new ArrayList<>(built.problems());
        problems.addAll(extra);
        return validated(session, built.request(), problems);
    }

    /** The request, checked against the provider's rules; {@code known} problems are reported with the rest. */
    static R2vRequest validated(Session session, R2vRequest request, List<Violation> known) {
        List<Violation> problems = new ArrayList<>(known);
        problems.addAll(session.client().validate(request));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems, ErrorDetails.of(session.providerId()));
        }
        return request;
    }

    /** Where a task's clip goes: {@code --out FILE}; {@code --out DIR}, then {@code DIR/<task id>.mp4}; else {@code ./<task id>.mp4}. */
    static Path target(Path out, TaskHandle handle) {
        String name = handle.taskId().replaceAll("[^A-Za-z0-9._-]", "_") + ".mp4";
        return out == null ? Path.of(name) : Files.isDirectory(out) ? out.resolve(name) : out;
    }

    /**
     * A problem with a file (or directory, for a clip named after its task) a video will be written to,
     * before anything is paid for.
     */
    static Optional<Violation> checkTarget(String option, Path target, boolean force) {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            return Files.isWritable(target) ? Optional.empty()
                    : Optional.of(Violation.of(Rule.DOWNLOAD_TARGET, option, target, "is a directory you cannot write to"));
        }
        if (Files.exists(target) && !force) {
            return Optional.of(Violation.of(Rule.DOWNLOAD_TARGET, option, target,
                    "exists; pass --force to replace it, or choose another file with --out"));
        }
        if (parent != null && !Files.isDirectory(parent)) {
            return Optional.of(Violation.of(Rule.DOWNLOAD_TARGET, option, target,
                    "directory " + parent + " does not exist"));
        }
        return Optional.empty();
    }

    /**
     * Prints the exact create call, secrets masked, and creates nothing. Where the provider estimates costs
     * and a key is set, asks for the estimate (a free price check: the only call a dry run makes).
     */
    static int dryRun(Session session, R2vRequest request, Output output) {
        RequestPreview preview = session.client().preview(request);
        ObjectNode json = Json.preview(preview);
        output.result(preview.method() + " " + preview.url());
        preview.headers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(h -> output.result(h.getKey() + ": " + String.join(", ", h.getValue())));
        output.result("");
        output.result(pretty(preview.body()));
        String id = session.providerId();
        boolean estimates = session.client().capabilities().supports(Feature.COST_ESTIMATE);
        if (estimates && session.keyless()) {
            output.message("wan-r2v: " + id + " estimates costs before you submit; with an API key, a dry run asks it");
        } else if (estimates) {
            try {
                CostEstimate cost = session.client().estimateCost(request);
                output.message("wan-r2v: cost estimate: " + cost + " (" + id + "'s price check; nothing is created)");
                json.set("costEstimate", Json.cost(cost));
            } catch (R2vException e) {
                output.message("wan-r2v: no cost estimate: " + output.words().message(e));
            }
        }
        preview.fitted().forEach(f -> output.message("wan-r2v: fitted " + f));
        output.resultJson(json);
        output.message("wan-r2v: dry run: the request is valid for " + id + "; "
                + (estimates && !session.keyless() ? "only the price check was sent." : "nothing was sent."));
        return ExitCodes.OK;
    }

    /**
     * Submits, with Ctrl-C guarded: interrupted while the create is in flight, the user learns that
     * the outcome is unknown rather than nothing.
     */
    static TaskHandle submit(Session session, R2vRequest request, ProgressPrinter printer, Output output) {
        try (InterruptGuard guard = InterruptGuard.install(() -> output.message("wan-r2v: interrupted while the"
                + " create call was in flight: whether " + session.providerId() + " accepted (and bills) the task"
                + " is unknown. Look it up at the vendor before submitting again."))) {
            TaskHandle handle;
            try {
                handle = session.client().submit(request, printer);
            } finally {
                printer.sent();
            }
            output.message("wan-r2v: submitted " + handle + "; token " + handle.toToken());
            return handle;
        }
    }

    private static String pretty(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (java.io.IOException e) {
            return body;
        }
    }
}
