package dev.wanr2v.bench;

import dev.wanr2v.R2vClient;
import java.lang.reflect.Field;
import java.util.concurrent.ExecutorService;

/**
 * For an experiment only: replaces a client's worker pool, by reflection, with a direct executor, so
 * that answers are read on the HTTP I/O thread instead of being handed to a worker. Not a supported
 * configuration (listeners would run on I/O threads); it shows what the hand-off costs per call.
 */
final class EngineSurgery {
    private EngineSurgery() {
    }

    static void readAnswersOnIoThreads(R2vClient client) {
        try {
            Object engine = field(client, "engine");
            Field workers = engine.getClass().getDeclaredField("workers");
            workers.setAccessible(true);
            ((ExecutorService) workers.get(engine)).shutdownNow();
            workers.set(engine, new DirectExecutor());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("the engine's layout changed (DefaultR2vClient.engine, Engine.workers);"
                    + " update EngineSurgery or drop the experiment", e);
        }
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
