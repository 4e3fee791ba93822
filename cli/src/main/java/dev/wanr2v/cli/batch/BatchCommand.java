package dev.wanr2v.cli.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.BudgetStats;
import dev.wanr2v.cli.BaseCommand;
import dev.wanr2v.cli.ClientOptions;
import dev.wanr2v.cli.CliException;
import dev.wanr2v.cli.DurationConverter;
import dev.wanr2v.cli.EmulateOptions;
import dev.wanr2v.cli.ExitCodes;
import dev.wanr2v.cli.InterruptGuard;
import dev.wanr2v.cli.Json;
import dev.wanr2v.cli.Output;
import dev.wanr2v.cli.Session;
import dev.wanr2v.cli.batch.LineResult.Status;
import dev.wanr2v.cli.progress.ProgressLine;
import dev.wanr2v.cli.progress.ProgressMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code batch MANIFEST.jsonl}: many requests, resumable, never paying twice. */
@Command(name = "batch", sortOptions = false,
        description = {"Run every request of a manifest (one JSON object per line), a few at a time, resumably.",
            "Before each create, an intent is forced to the journal; after it, the task's token. Run the same"
                    + " command again to resume: journaled tasks are awaited, never sent again. A line whose create"
                    + " was sent but never answered (a crash mid-call) is reported as unknown and resent only with"
                    + " --resubmit-unknown. Results go to a JSONL file, one line per request."},
        footer = {"", "A manifest line (README, Batches):",
            "  {\"name\": \"wave\", \"prompt\": \"character1 waves\", \"refs\": [\"alice.png\"],",
            "   \"size\": \"1280*720\", \"duration\": 5}",
            "Exit: 0 every line succeeded; 15 a line's outcome is unknown; 20 a line failed",
            "or is pending; 2 invalid lines (nothing sent); 65 manifest or journal unusable."})
public final class BatchCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "MANIFEST", description = "The manifest, JSONL; relative paths in it are"
            + " read from its directory.")
    Path manifest;

    @Option(order = 20, names = "--concurrency", paramLabel = "N", defaultValue = "4", description = "At most N lines in flight (default 4).")
    int concurrency;

    @Option(order = 21, names = "--journal", paramLabel = "FILE", description = "The journal. Default: MANIFEST's name with"
            + " .journal.jsonl, next to it.")
    Path journalFile;

    @Option(order = 22, names = "--out", paramLabel = "FILE", description = "The results, JSONL, rewritten at the end of each run."
            + " Default: MANIFEST's name with .results.jsonl, next to it.")
    Path out;

    @Option(order = 23, names = "--download-dir", paramLabel = "DIR", description = "Download each video to DIR/<name or"
            + " line-N>.mp4 (replacing an earlier partial run's file); DIR is created when missing.")
    Path downloadDir;

    @Option(order = 24, names = "--resubmit-unknown", description = "Send again the lines whose earlier create was never"
            + " answered. Only after checking at the vendor that no task was created: it may bill twice.")
    boolean resubmitUnknown;

    @Option(order = 25, names = "--skip-invalid", description = "Report invalid lines as failed and run the rest, instead of"
            + " refusing the whole batch.")
    boolean skipInvalid;

    @Option(order = 26, names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Each task's wait deadline; a task still running then is reported pending.")
    Duration timeout;

    @Option(order = 27, names = "--fit", description = "Convert local images a provider would refuse (as if every line"
            + " said \"fit\": true; a line's own \"fit\" wins).")
    boolean fit;

    @Option(order = 28, names = "--progress", paramLabel = "MODE", defaultValue = "auto", description = "auto (one line"
            + " redrawn in place on a terminal, else printed every 10 s), bar, plain or none.")
    ProgressMode progressMode = ProgressMode.AUTO;

    @Mixin
    ClientOptions client;

    @Mixin
    EmulateOptions emulate;

    @Override
    protected int run(Output output) {
        if (concurrency < 1 || concurrency > 256) {
            throw CliException.usage("--concurrency must be 1..256, not " + concurrency);
        }
        if (downloadDir != null && Files.exists(downloadDir) && !Files.isDirectory(downloadDir)) {
            throw CliException.usage("--download-dir " + downloadDir + " is a file, not a directory");
        }
        List<ManifestLine> lines = Manifest.read(manifest);
        if (fit) {
            lines = lines.stream().map(ManifestLine::fitUnlessSet).toList();
        }
        Path journalPath = journalFile != null ? journalFile : sibling(".journal.jsonl");
        Path resultsPath = out != null ? out : sibling(".results.jsonl");
        try (Session session = client.open(output, null, emulate, false); Journal journal = Journal.open(journalPath)) {
            if (journal.droppedTornTail()) {
                output.message("wan-r2v: the journal's last record was cut short by a crash and was dropped");
            }
            Path manifestDir = manifest.toAbsolutePath().getParent();
            List<BatchRunner.Item> items = BatchPlan.plan(lines, journal, session, manifestDir, downloadDir,
                    resubmitUnknown, skipInvalid);
            journal.append(JournalRecords.run(session.providerId(), emulate.on(), manifest));
            int reported = (int) items.stream().filter(i -> i.action() == BatchRunner.Action.REPORT).count();
            List<LineResult> results;
            try (BatchProgress progress = new BatchProgress(output, progressMode, items.size(), reported,
                    session.client()::budgetStats)) {
                BatchRunner runner = new BatchRunner(session, journal, progress,
                        new BatchRunner.Settings(concurrency, downloadDir, timeout), output.verbose());
                try (InterruptGuard guard = InterruptGuard.install(() -> onInterrupt(runner, journalPath, session,
                        output))) {
                    results = runner.run(items);
                }
            }
            ResultsFile.write(resultsPath, results);
            return summary(results, session.client().budgetStats(), resultsPath, journalPath, output);
        }
    }

    private Path sibling(String suffix) {
        String name = manifest.getFileName().toString();
        String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6)
                : name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return manifest.toAbsolutePath().resolveSibling(stem + suffix);
    }

    private static void onInterrupt(BatchRunner runner, Path journal, Session session, Output output) {
        if (session.emulator().isPresent()) {
            // a re-run cannot resume: the tasks lived in the emulator, which ends with this process
            output.message("wan-r2v: interrupted. The built-in emulator stops with this command, and the tasks it ran"
                    + " with it, so a re-run cannot resume them. To start over, remove the journal " + journal
                    + " (or pass --journal NEW-FILE). For a batch you can stop and resume, run 'wan-r2v emulate"
                    + " --provider " + session.providerId() + " --port 8089' in another terminal and point the batch"
                    + " at it (it prints how).");
            return;
        }
        output.message("wan-r2v: interrupted. Every task submitted so far is in the journal " + journal + ";");
        output.message("  run the same command again to resume them (nothing journaled is sent twice).");
        for (int line : runner.createsInFlight()) {
            output.message("  line " + line + ": its create was in flight; its outcome is unknown and it will not be"
                    + " resent unless you pass --resubmit-unknown");
        }
    }

    private static int summary(List<LineResult> results, BudgetStats calls, Path resultsPath, Path journalPath,
            Output output) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        output.result("batch: " + results.size() + " lines: " + counts.get(Status.SUCCEEDED) + " succeeded, "
                + counts.get(Status.FAILED) + " failed, " + counts.get(Status.UNKNOWN) + " unknown, "
                + counts.get(Status.PENDING) + " pending");
        results.stream().filter(r -> r.status() != Status.SUCCEEDED).forEach(r -> output.result("  " + r.describe()));
        output.result("calls: " + calls.calls() + " made (" + calls.creates() + " creates), " + calls.throttled()
                + " throttled; calls waited " + ProgressLine.clock(calls.waited()) + " in all for the account's budget"
                + (calls.enabled() ? "" : " (budgets off)"));
        output.result("results: " + resultsPath);
        output.result("journal: " + journalPath);
        ObjectNode json = Json.object().put("lines", results.size());
        counts.forEach((s, n) -> json.put(s.label(), n));
        json.putObject("calls").put("made", calls.calls()).put("creates", calls.creates())
                .put("throttled", calls.throttled()).put("waitedForBudgetSeconds", calls.waited().toMillis() / 1000.0)
                .put("budgets", calls.enabled());
        json.put("results", resultsPath.toString()).put("journal", journalPath.toString());
        output.resultJson(json);
        if (counts.get(Status.UNKNOWN) > 0) {
            return ExitCodes.of(dev.wanr2v.ErrorCategory.SUBMIT_OUTCOME_UNKNOWN);
        }
        return counts.get(Status.FAILED) + counts.get(Status.PENDING) > 0 ? ExitCodes.BATCH_INCOMPLETE : ExitCodes.OK;
    }
}
