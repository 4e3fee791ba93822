package dev.wanr2v.bench.stub;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers of the scripted test vendor ({@code dev.wanr2v.testing.ScriptedCodec}): a create gets a
 * fresh task id; a status of a task named by {@link #taskId} is RUNNING until its end time, then
 * SUCCEEDED; any other task is RUNNING at 50 %. Task ids carry their own timeline, so the stub keeps
 * no state per task (and adds nothing to the heap measured per waiting task).
 */
final class ScriptedAnswers implements StubAnswers {
    private static final String PREFIX = "w";

    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private volatile StubRequest lastCreate;
    private volatile StubRequest lastStatus;

    /** A task id whose task runs from {@code startMillis} to {@code endMillis} (epoch milliseconds). */
    static String taskId(long startMillis, long endMillis, int index) {
        return PREFIX + startMillis + "_" + endMillis + "_" + index;
    }

    @Override
    public StubResponse answer(StubRequest request) {
        requests.incrementAndGet();
        String body;
        if ("POST".equals(request.method())) {
            lastCreate = request;
            body = "{\"id\":\"t" + ids.incrementAndGet() + "\"}";
        } else {
            lastStatus = request;
            String id = request.path().substring(request.path().lastIndexOf('/') + 1);
            body = status(id, System.currentTimeMillis());
        }
        return StubResponse.ok(body.getBytes(StandardCharsets.US_ASCII));
    }

    private static String status(String id, long now) {
        if (!id.startsWith(PREFIX)) {
            return "{\"status\":\"RUNNING\",\"progress\":50}";
        }
        String[] parts = id.substring(PREFIX.length()).split("_", 3);
        long start = Long.parseLong(parts[0]);
        long end = Long.parseLong(parts[1]);
        if (now >= end) {
            return "{\"status\":\"SUCCEEDED\",\"progress\":100,\"url\":\"https://cdn.example.com/" + id + ".mp4\"}";
        }
        long progress = Math.max(0, (now - start) * 100 / Math.max(1, end - start));
        return "{\"status\":\"RUNNING\",\"progress\":" + progress + "}";
    }

    long requests() {
        return requests.get();
    }

    StubRequest lastCreate() {
        return lastCreate;
    }

    StubRequest lastStatus() {
        return lastStatus;
    }
}
