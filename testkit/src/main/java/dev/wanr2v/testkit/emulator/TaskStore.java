package dev.wanr2v.testkit.emulator;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The tasks of one emulator and the scripts waiting for the next ones. Thread-safe. */
final class TaskStore {
    private final Map<String, EmulatedTask> tasks = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<StatusScript> nextScripts = new ConcurrentLinkedQueue<>();
    private final Set<Outcome.Kind> outcomes;
    private volatile StatusScript defaultScript;

    TaskStore(StatusScript defaultScript, Set<Outcome.Kind> outcomes) {
        this.outcomes = Set.copyOf(outcomes);
        this.defaultScript = checked(defaultScript);
    }

    StatusScript checked(StatusScript script) {
        if (!outcomes.contains(script.outcome().kind())) {
            throw new IllegalArgumentException("this vendor cannot report " + script.outcome().kind()
                    + "; it reports " + outcomes);
        }
        return script;
    }

    void defaultScript(StatusScript script) {
        defaultScript = checked(script);
    }

    void scriptNext(StatusScript script) {
        nextScripts.add(checked(script));
    }

    /** A new task playing {@code forced} if given, else the next queued script, else the default one. */
    synchronized EmulatedTask create(String id, R2vRequest request, Instant now, StatusScript forced) {
        if (tasks.containsKey(id)) {
            throw new IllegalStateException("task id " + id + " already exists");
        }
        StatusScript script = forced != null ? checked(forced) : nextScripts.poll();
        EmulatedTask task = new EmulatedTask(id, request, now, script != null ? script : defaultScript);
        tasks.put(id, task);
        return task;
    }

    synchronized Optional<EmulatedTask> get(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    synchronized List<EmulatedTask> all() {
        return new ArrayList<>(tasks.values());
    }

    synchronized int size() {
        return tasks.size();
    }

    synchronized void clear(StatusScript newDefault) {
        tasks.clear();
        nextScripts.clear();
        defaultScript = checked(newDefault);
    }
}
