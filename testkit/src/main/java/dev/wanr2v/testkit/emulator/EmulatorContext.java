package dev.wanr2v.testkit.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.StatusScript;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an emulator offers its {@link VendorProtocol}: the clock, the tasks and their scripts, the
 * result files, the expected API key. Thread-safe.
 */
public interface EmulatorContext {

    /** Now, on the emulator's clock. */
    Instant now();

    /**
     * Creates a task playing the next scripted life (see {@link Emulator#scriptNextTask}) or the
     * default one, and counts it.
     *
     * @param exchange the create call (the journal notes the new task id with it)
     * @param id       the vendor-style task id; must be new
     * @param request  the neutral request decoded from the create call
     * @return the task's state at creation
     */
    TaskState createTask(Exchange exchange, String id, R2vRequest request);

    /**
     * Creates a task playing this script, whatever was queued (e.g. a task the vendor accepts only to
     * fail it at once); the queued scripts stay queued.
     */
    TaskState createTask(Exchange exchange, String id, R2vRequest request, StatusScript script);

    /** The task's state now; empty for an id never created. An expired task is present with status EXPIRED. */
    Optional<TaskState> task(String id);

    /** Every task's state now, in creation order (expired ones included, with status EXPIRED). */
    List<TaskState> tasks();

    /**
     * The task's state now, if the vendor still knows it: empty for an id never created and for an
     * expired task (vendors answer both as not found).
     */
    default Optional<TaskState> liveTask(String id) {
        return task(id).filter(t -> t.status() != TaskStatus.EXPIRED);
    }

    /**
     * Cancels the task if it is queued now.
     *
     * @return whether it was queued and is now canceled; false for an id never created
     */
    boolean cancelIfQueued(String id);

    /** Whether the exchange carries the expected bearer key (any non-blank key when none is configured). */
    boolean authorized(Exchange exchange);

    /** A fresh vendor-style request id (a UUID). */
    String newRequestId();

    /** The emulator's base URL, {@code http://127.0.0.1:PORT}. */
    String baseUrl();

    /** A JSON mapper for reading and writing bodies. */
    ObjectMapper json();
}
