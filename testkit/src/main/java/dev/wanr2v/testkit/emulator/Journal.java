package dev.wanr2v.testkit.emulator;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every request an emulator received since it started or was last reset, in arrival order.
 * Thread-safe; the lists it returns are snapshots.
 *
 * <pre>{@code
 * assertThat(emulator.journal().of(Operation.CREATE)).hasSize(1);
 * assertThat(emulator.journal().decodedRequests()).containsExactly(request);
 * }</pre>
 */
public final class Journal {
    private final List<RecordedRequest> entries = new ArrayList<>();

    Journal() {
    }

    synchronized void add(RecordedRequest entry) {
        entries.add(entry);
    }

    synchronized void clear() {
        entries.clear();
    }

    /** Every request. */
    public synchronized List<RecordedRequest> all() {
        return List.copyOf(entries);
    }

    /** The requests of one operation. */
    public synchronized List<RecordedRequest> of(Operation operation) {
        return entries.stream().filter(e -> e.operation().filter(operation::equals).isPresent()).toList();
    }

    /** The last request of one operation. */
    public synchronized Optional<RecordedRequest> last(Operation operation) {
        List<RecordedRequest> matching = of(operation);
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    /** The requests to paths the vendor does not have. */
    public synchronized List<RecordedRequest> unrouted() {
        return entries.stream().filter(e -> e.operation().isEmpty()).toList();
    }

    /** The neutral requests decoded from create calls, in order (bodies that could not be decoded are skipped). */
    public synchronized List<R2vRequest> decodedRequests() {
        List<R2vRequest> out = new ArrayList<>();
        for (RecordedRequest e : of(Operation.CREATE)) {
            e.decodedRequest().ifPresent(out::add);
        }
        return out;
    }

    /** How many requests arrived. */
    public synchronized int size() {
        return entries.size();
    }
}
