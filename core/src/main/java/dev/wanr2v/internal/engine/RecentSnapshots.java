package dev.wanr2v.internal.engine;

import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What create answers said about their tasks, kept briefly so an await can start from it (a vendor
 * may answer a create with a finished task: then no status call is needed). Bounded.
 */
final class RecentSnapshots {
    private final Map<TaskHandle, TaskSnapshot> map;

    RecentSnapshots(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<TaskHandle, TaskSnapshot> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(TaskHandle handle, TaskSnapshot snapshot) {
        map.put(handle, snapshot);
    }

    /** The snapshot, removed; {@code null} if none. */
    synchronized TaskSnapshot take(TaskHandle handle) {
        return map.remove(handle);
    }
}
