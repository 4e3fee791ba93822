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

/** The tasks of one emulator, the scripts waiting for the next ones, and the account's task slots. Thread-safe. */
final class TaskStore {
    private final Map<String, EmulatedTask> tasks = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<StatusScript> nextScripts = new ConcurrentLinkedQueue<>();
    private final Set<Outcome.Kind> outcomes;
    private final TaskSlots slots;
    private volatile StatusScript defaultScript;

    TaskStore(StatusScript defaultScript, Set<Outcome.Kind> outcomes, AccountLimits limits, double speed) {
        this.outcomes = Set.copyOf(outcomes);
        this.defaultScript = checked(defaultScript);
        this.slots = new TaskSlots(limits.runningTasks(), limits.queuedTasks(), speed);
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

    /**
     * A new task playing {@code forced} if given, else the next queued script, else the default one.
     *
     * @throws QueueFull if every slot is busy and the queue is full (nothing is created)
     */
    synchronized EmulatedTask create(String id, R2vRequest request, Instant now, StatusScript forced) {
        if (tasks.containsKey(id)) {
            throw new IllegalStateException("task id " + id + " already exists");
        }
        if (slots.full(now)) {
            throw new QueueFull();
        }
        StatusScript script = forced != null ? checked(forced) : nextScripts.poll();
        EmulatedTask task = new EmulatedTask(id, request, now, script != null ? script : defaultScript);
        tasks.put(id, task);
        slots.arrive(task, now);
        return task;
    }

    /** Hands on the slots of tasks that ended by now; call before reading a task's state. */
    synchronized void advance(Instant now) {
        slots.advance(now);
    }

    /** Plays a new script from now on. */
    synchronized void rescript(EmulatedTask task, StatusScript script, Instant now) {
        slots.advance(now);
        task.rescript(checked(script), now);
        slots.changed(task, now);
    }

    /** Cancels the task if it is queued now (waiting for a slot, or in a queued step of its script). */
    synchronized boolean cancelIfQueued(EmulatedTask task, Instant now, double speed) {
        slots.advance(now);
        if (!task.cancelIfQueued(now, speed)) {
            return false;
        }
        if (!slots.leave(task)) {
            slots.changed(task, now);
        }
        return true;
    }

    /** Tasks holding a slot now, tasks waiting for one, and the most of each so far. */
    synchronized Occupancy occupancy(Instant now) {
        slots.advance(now);
        return new Occupancy(slots.running(), slots.queued(), slots.mostRunning(), slots.mostQueued());
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
        slots.clear();
        defaultScript = checked(newDefault);
    }

    record Occupancy(int running, int queued, int mostRunning, int mostQueued) {
    }

    /** A create found every slot busy and the queue full; the emulator answers with the vendor's 429. */
    static final class QueueFull extends RuntimeException {
        private static final long serialVersionUID = 1L;

        QueueFull() {
            super("every task slot is busy and the queue is full", null, false, false);
        }
    }
}
