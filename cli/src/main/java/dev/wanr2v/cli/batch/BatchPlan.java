package dev.wanr2v.cli.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.Violation;
import dev.wanr2v.cli.CliException;
import dev.wanr2v.cli.ExitCodes;
import dev.wanr2v.cli.Json;
import dev.wanr2v.cli.Session;
import dev.wanr2v.cli.batch.BatchRunner.Action;
import dev.wanr2v.cli.batch.BatchRunner.Item;
import dev.wanr2v.cli.batch.LineResult.Status;
import dev.wanr2v.cli.request.RequestFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides, from the manifest and the journal, what each line needs in this run: sent (never before, or
 * certainly rejected before), awaited (journaled token), or only reported (done, or of unknown outcome
 * without {@code --resubmit-unknown}). Refuses a journal that does not belong to the manifest, and
 * validates every line to send before anything is sent.
 */
final class BatchPlan {
    private BatchPlan() {
    }

    /**
     * @param skipInvalid report invalid lines as failed instead of refusing the whole batch
     * @throws InvalidRequestException listing every problem of every line to send, unless {@code skipInvalid}
     * @throws CliException            if the journal was written for another manifest or provider
     */
    static List<Item> plan(List<ManifestLine> lines, Journal journal, Session session, Path manifestDir,
            Path downloadDir, boolean resubmitUnknown, boolean skipInvalid) {
        checkJournalMatches(lines, journal, session);
        List<Item> items = new ArrayList<>();
        List<Violation> invalid = new ArrayList<>();
        for (ManifestLine line : lines) {
            LineHistory h = journal.line(line.number()).orElse(null);
            LineHistory.Phase phase = h == null ? null : h.phase();
            if (phase == null || phase == LineHistory.Phase.REJECTED
                    || (resubmitUnknown && (phase == LineHistory.Phase.INTENT || phase == LineHistory.Phase.UNKNOWN))) {
                items.add(toSend(line, h, session, manifestDir, skipInvalid, invalid));
            } else if (phase == LineHistory.Phase.INTENT || phase == LineHistory.Phase.UNKNOWN) {
                items.add(report(line, h, new LineResult(line.number(), line.name(), Status.UNKNOWN, null, null, null,
                        h.sentAt(), h.error())));
            } else if (phase == LineHistory.Phase.SUBMITTED || (h.succeeded() && downloadDir != null
                    && (h.file() == null || !Files.exists(Path.of(h.file()))))) {
                items.add(new Item(line, Action.AWAIT, null, h, null));
            } else {
                items.add(report(line, h, new LineResult(line.number(), line.name(),
                        h.succeeded() ? Status.SUCCEEDED : Status.FAILED, h.token(), h.videoUrl(), h.file(), null, h.error())));
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidRequestException(invalid, ErrorDetails.of(session.providerId()));
        }
        boolean awaitsOldTasks = items.stream().anyMatch(i -> i.action() == Action.AWAIT);
        if (awaitsOldTasks && session.emulator().isPresent()) {
            throw CliException.files("the journal " + journal.file() + " holds tasks of an earlier run, and --emulate"
                    + " starts a new, empty emulator: those tasks ended with the emulator that ran them. Use a new"
                    + " journal (--journal FILE), or run 'wan-r2v emulate' once and point every run at it");
        }
        return items;
    }

    private static Item toSend(ManifestLine line, LineHistory h, Session session, Path manifestDir, boolean skipInvalid,
            List<Violation> invalid) {
        List<Violation> problems = new ArrayList<>(line.problems());
        RequestFactory.Built built = null;
        if (line.fields() != null) {
            built = RequestFactory.build(line.fields(), manifestDir);
            List<Violation> found = new ArrayList<>(built.problems());
            found.addAll(session.client().validate(built.request()));
            // refused whole, the batch lists every line's problems together; skipped, a line is reported on its own
            String prefix = skipInvalid ? "" : "line " + line.number() + ": ";
            for (Violation v : found) {
                problems.add(BatchRunner.WORDS.translate(v, prefix));
            }
        }
        if (problems.isEmpty()) {
            return new Item(line, Action.SEND, built.request(), h, null);
        }
        if (!skipInvalid) {
            invalid.addAll(problems);
            return new Item(line, Action.REPORT, null, h, null);
        }
        InvalidRequestException e = new InvalidRequestException(problems, ErrorDetails.of(session.providerId()));
        ObjectNode error = Json.errorBody(e, ExitCodes.of(ErrorCategory.INVALID_REQUEST), BatchRunner.WORDS);
        return report(line, h, new LineResult(line.number(), line.name(), Status.FAILED, null, null, null, null, error));
    }

    private static Item report(ManifestLine line, LineHistory h, LineResult result) {
        return new Item(line, Action.REPORT, null, h, result);
    }

    private static void checkJournalMatches(List<ManifestLine> lines, Journal journal, Session session) {
        journal.provider().filter(p -> !p.equals(session.providerId())).ifPresent(p -> {
            throw CliException.files("the journal " + journal.file() + " was written for provider " + p
                    + ", and this run uses " + session.providerId() + "; use --provider " + p + ", or a new journal");
        });
        Map<Integer, ManifestLine> byNumber = lines.stream().collect(Collectors.toMap(ManifestLine::number, l -> l));
        List<String> mismatches = new ArrayList<>();
        for (LineHistory h : journal.lines().values()) {
            ManifestLine line = byNumber.get(h.line());
            if (h.sha256() == null) {
                continue;
            }
            if (line == null) {
                mismatches.add("line " + h.line() + " was sent in an earlier run but is no request line of the manifest now");
            } else if (!line.sha256().equals(h.sha256())) {
                mismatches.add("line " + h.line() + " changed since it was sent");
            }
        }
        if (!mismatches.isEmpty()) {
            throw CliException.files("the manifest changed under its journal " + journal.file() + ":\n  - "
                    + String.join("\n  - ", mismatches) + "\nThe journal matches lines by number and content;"
                    + " restore the manifest (append new lines at the end), or start a new journal.");
        }
    }
}
