package dev.wanr2v.testkit.conformance;

import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.StatusScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What rules 4.x look for in the events of a scripted life. */
final class LifeChecks {
    private LifeChecks() {
    }

    /** The snapshots the listener heard, in order. */
    static List<TaskSnapshot> snapshots(ScriptedLife life) {
        return life.events().stream().filter(e -> e.kind() == EventLog.Kind.STATUS).map(EventLog.Event::snapshot)
                .toList();
    }

    /** What is out of order in the events heard; empty if nothing. */
    static List<String> orderProblems(ScriptedLife life) {
        List<String> problems = new ArrayList<>();
        List<EventLog.Event> events = life.events();
        if (events.isEmpty()) {
            problems.add("no event at all");
            return problems;
        }
        if (events.get(0).kind() != EventLog.Kind.SUBMITTED) {
            problems.add("the first event is " + events.get(0) + ", not submitted");
        }
        if (events.stream().filter(e -> e.kind() == EventLog.Kind.SUBMITTED).count() != 1) {
            problems.add("submitted was heard " + events.stream().filter(e -> e.kind() == EventLog.Kind.SUBMITTED)
                    .count() + " times");
        }
        EventLog.Kind end = life.video() != null ? EventLog.Kind.COMPLETED : EventLog.Kind.FAILED;
        if (events.get(events.size() - 1).kind() != end) {
            problems.add("the last event is " + events.get(events.size() - 1) + ", not " + end.name().toLowerCase(
                    java.util.Locale.ROOT));
        }
        long ends = events.stream().filter(e -> e.kind() == EventLog.Kind.COMPLETED || e.kind() == EventLog.Kind.FAILED)
                .count();
        if (ends != 1) {
            problems.add(ends + " completed/failed events were heard");
        }
        List<TaskSnapshot> snapshots = snapshots(life);
        for (int i = 0; i < snapshots.size() - 1; i++) {
            if (snapshots.get(i).status().isTerminal()) {
                problems.add("status " + snapshots.get(i).status() + " was heard before the last status");
            }
        }
        Set<String> unknown = life.script().steps().stream().map(StatusScript.Step::unknownStatus)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (TaskSnapshot s : snapshots) {
            if (s.status() == TaskStatus.UNRECOGNIZED && !unknown.contains(s.rawStatus())) {
                problems.add("UNRECOGNIZED was heard with raw status \"" + s.rawStatus()
                        + "\", which the vendor never sent (it sent " + unknown + ")");
            }
            if (unknown.contains(s.rawStatus()) && s.status() != TaskStatus.UNRECOGNIZED) {
                problems.add("the undocumented status \"" + s.rawStatus() + "\" was heard as " + s.status());
            }
        }
        return problems;
    }

    /**
     * The failures and video URLs heard on snapshots whose status has none (not failed, not succeeded), and
     * failures with a blank code or message and blank request ids (rule 5.6's wording check).
     */
    static List<String> madeUp(ScriptedLife life) {
        List<String> problems = new ArrayList<>();
        for (TaskSnapshot heard : snapshots(life)) {
            heard.failure().flatMap(ErrorWordingRules::blankParts).ifPresent(problems::add);
            heard.requestId().filter(String::isBlank).ifPresent(id -> problems.add("a " + heard.status()
                    + " snapshot carries a blank request id (\"" + id + "\")"));
            if (heard.status() != TaskStatus.FAILED && heard.failure().isPresent()) {
                problems.add("a " + heard.status() + " snapshot (\"" + heard.rawStatus() + "\") carries a failure, "
                        + heard.failure().get());
            }
            if (heard.status() != TaskStatus.SUCCEEDED && heard.videoUrl().isPresent()) {
                problems.add("a " + heard.status() + " snapshot (\"" + heard.rawStatus() + "\") carries a video URL");
            }
        }
        return problems;
    }
}
