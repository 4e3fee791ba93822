package dev.wanr2v.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import dev.wanr2v.testkit.emulator.TaskState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the emulators saw, by submit: every create call (whether the fault let the vendor handle it or
 * not, the body names its submit's marker) and every task made. The vendors' side of the books.
 */
final class ChaosLedger {
    private static final Pattern MARKER = Pattern.compile("\\[(chaos-\\d+)]");

    /** One create call: how it was answered. */
    record Create(int status, boolean faulted) {
        /** Whether the vendor said it did not take the task (the only such answer in the run: 429). */
        boolean notAccepted() {
            return status == 429;
        }
    }

    private final Map<String, List<Create>> creates = new HashMap<>();
    private final Map<String, List<String>> tasks = new HashMap<>();
    private int statusCalls;
    private int statusFaulted;
    private int createCalls;
    private int createFaulted;
    private int tasksCreated;

    static ChaosLedger of(Map<Vendor, Emulator> emulators) {
        ChaosLedger ledger = new ChaosLedger();
        emulators.values().forEach(ledger::add);
        return ledger;
    }

    private void add(Emulator emulator) {
        for (RecordedRequest r : emulator.journal().all()) {
            if (r.operation().filter(Operation.STATUS::equals).isPresent()) {
                statusCalls++;
                statusFaulted += r.fault().isPresent() ? 1 : 0;
            } else if (r.operation().filter(Operation.CREATE::equals).isPresent()) {
                createCalls++;
                createFaulted += r.fault().isPresent() ? 1 : 0;
                creates.computeIfAbsent(marker(r.bodyText()), k -> new ArrayList<>())
                        .add(new Create(r.status(), r.fault().isPresent()));
            }
        }
        for (TaskState task : emulator.tasks()) {
            tasksCreated++;
            tasks.computeIfAbsent(marker(task.request().prompt()), k -> new ArrayList<>()).add(task.id());
        }
    }

    private static String marker(String text) {
        Matcher m = MARKER.matcher(text);
        return m.find() ? m.group(1) : "(no marker)";
    }

    List<Create> creates(String marker) {
        return creates.getOrDefault(marker, List.of());
    }

    List<String> tasks(String marker) {
        return tasks.getOrDefault(marker, List.of());
    }

    int statusCalls() {
        return statusCalls;
    }

    int statusFaulted() {
        return statusFaulted;
    }

    int createCalls() {
        return createCalls;
    }

    int createFaulted() {
        return createFaulted;
    }

    int tasksCreated() {
        return tasksCreated;
    }

    /** Creates answered "not accepted" (429), which the engine may send again. */
    int createsNotAccepted() {
        return (int) creates.values().stream().flatMap(List::stream).filter(Create::notAccepted).count();
    }

    /** No submit made two tasks, nor sent two creates that the vendor could have taken. */
    void assertNothingPaidTwice(int submits) {
        assertThat(tasksCreated).as("tasks made for %d submits", submits).isLessThanOrEqualTo(submits);
        assertThat(tasks).as("submits with more than one task").allSatisfy((marker, ids) ->
                assertThat(ids).as(marker).hasSizeLessThanOrEqualTo(1));
        assertThat(creates).as("submits with more than one create the vendor could have taken")
                .allSatisfy((marker, calls) -> assertThat(calls.stream().filter(c -> !c.notAccepted()))
                        .as(marker + ": " + calls).hasSizeLessThanOrEqualTo(1));
        assertThat(tasks).doesNotContainKey("(no marker)");
    }
}
