package dev.wanr2v.reliability.matrix;

import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import java.util.EnumMap;
import java.util.Map;

/**
 * What an emulator had received at one moment: calls per operation (uploads split into the policy GET
 * and the file POST), and tasks created.
 */
record Counts(Map<Operation, Integer> calls, int grants, int files, int tasks) {

    static Counts of(Emulator emulator) {
        Map<Operation, Integer> calls = new EnumMap<>(Operation.class);
        int grants = 0;
        int files = 0;
        for (RecordedRequest r : emulator.journal().all()) {
            if (r.operation().isEmpty()) {
                continue;
            }
            calls.merge(r.operation().get(), 1, Integer::sum);
            if (r.operation().get() == Operation.UPLOAD) {
                if (r.method().equals("GET")) {
                    grants++;
                } else {
                    files++;
                }
            }
        }
        return new Counts(calls, grants, files, emulator.tasksCreated());
    }

    int of(Operation operation) {
        return calls.getOrDefault(operation, 0);
    }
}
