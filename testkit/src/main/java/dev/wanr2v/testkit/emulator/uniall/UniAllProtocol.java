package dev.wanr2v.testkit.emulator.uniall;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.Usage;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.emulator.EmulatorContext;
import dev.wanr2v.testkit.emulator.Exchange;
import dev.wanr2v.testkit.emulator.Reply;
import dev.wanr2v.testkit.emulator.Route;
import dev.wanr2v.testkit.emulator.TaskFacts;
import dev.wanr2v.testkit.emulator.TaskState;
import dev.wanr2v.testkit.emulator.VendorProtocol;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UniAll, the OpenAI-like gateway, as PROTOCOLS.md §2 describes it.
 *
 * <ul>
 * <li>{@code POST /v1/video/generations} creates a task and answers the job object of the create page:
 * {@code id}, {@code task_id}, {@code object "video.generation.job"}, {@code model}, {@code status},
 * {@code progress} (0..100), {@code created_at} (Unix seconds). The status is the task's, except that a
 * task scripted to end at once is still {@code in_progress} at 0: the gateway relays the create before
 * its upstream could finish, and its create answer carries no result or error.</li>
 * <li>{@code GET /v1/videos/{id}} answers the same object plus {@code raw_status} (the upstream's
 * {@code PENDING}, {@code RUNNING}…), and {@code video_url} / {@code result} on success or
 * {@code error} on failure; an unknown or expired id is HTTP 404.</li>
 * <li>Statuses: {@code queued}, {@code in_progress}, {@code completed}, {@code failed}; there is no
 * cancel and no canceled state.</li>
 * <li>Errors are OpenAI-style {@code {"error":{"message","type","param","code"}}}.</li>
 * </ul>
 *
 * <p>Two answers are not published, so they can be varied: where a finished task's video URL is
 * ({@link #videoUrlAt}) and the shape of {@code error} ({@link #errorShape}).
 */
public final class UniAllProtocol implements VendorProtocol {
    private static final Pattern STATUS = Pattern.compile("/v1/videos/([^/]+)");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a finished task's video URL appears. */
    public enum VideoUrlPlacement {
        /** Top-level {@code video_url}, {@code result.video_url} and {@code result.outputs[0]} (the default). */
        EVERYWHERE,
        /** Top-level {@code video_url} only. */
        TOP_LEVEL,
        /** {@code result.video_url} only. */
        RESULT,
        /** {@code result.outputs[0]} only. */
        RESULT_OUTPUTS
    }

    /** How a failed task's {@code error} is written. */
    public enum ErrorShape {
        /** {@code {"code","message"}} (the default). */
        OBJECT,
        /** The message as a bare string. */
        STRING,
        /** {@code null}: only {@code status "failed"} says it failed. */
        NULL
    }

    private final Map<String, String> models = new ConcurrentHashMap<>();
    private volatile VideoUrlPlacement placement = VideoUrlPlacement.EVERYWHERE;
    private volatile ErrorShape errorShape = ErrorShape.OBJECT;

    /** A UniAll protocol; found by {@code Emulators.start("uniall")}. */
    public UniAllProtocol() {
        // answers vary only through the setters
    }

    /** Puts finished tasks' video URLs only here from now on. */
    public UniAllProtocol videoUrlAt(VideoUrlPlacement where) {
        this.placement = Objects.requireNonNull(where, "where");
        return this;
    }

    /** Writes failed tasks' {@code error} in this shape from now on. */
    public UniAllProtocol errorShape(ErrorShape shape) {
        this.errorShape = Objects.requireNonNull(shape, "shape");
        return this;
    }

    @Override
    public String providerId() {
        return "uniall";
    }

    @Override
    public Set<Outcome.Kind> outcomes() {
        return EnumSet.of(Outcome.Kind.SUCCEEDED, Outcome.Kind.FAILED, Outcome.Kind.EXPIRED);
    }

    /** Each place of the video URL alone, and each other shape of a failed task's {@code error}. */
    @Override
    public List<String> answerVariants() {
        List<String> variants = new ArrayList<>();
        for (VideoUrlPlacement where : VideoUrlPlacement.values()) {
            if (where != VideoUrlPlacement.EVERYWHERE) {
                variants.add("video URL: " + where);
            }
        }
        for (ErrorShape shape : ErrorShape.values()) {
            if (shape != ErrorShape.OBJECT) {
                variants.add("error: " + shape);
            }
        }
        return variants;
    }

    @Override
    public void answerVariant(String variant) {
        if (variant != null && !answerVariants().contains(variant)) {
            throw new IllegalArgumentException("uniall has no answer variant " + variant + "; it has "
                    + answerVariants());
        }
        videoUrlAt(variant != null && variant.startsWith("video URL: ")
                ? VideoUrlPlacement.valueOf(variant.substring("video URL: ".length())) : VideoUrlPlacement.EVERYWHERE);
        errorShape(variant != null && variant.startsWith("error: ")
                ? ErrorShape.valueOf(variant.substring("error: ".length())) : ErrorShape.OBJECT);
    }

    @Override
    public Optional<Route> route(String method, String path) {
        Matcher status = STATUS.matcher(path);
        if (method.equals("POST") && path.equals("/v1/video/generations")) {
            return Optional.of(Route.of(Operation.CREATE));
        } else if (method.equals("GET") && status.matches()) {
            return Optional.of(Route.of(Operation.STATUS, status.group(1)));
        }
        return Optional.empty();
    }

    @Override
    public Reply handle(Route route, Exchange exchange, EmulatorContext context) {
        if (!context.authorized(exchange)) {
            return error(401, "invalid_api_key", "Invalid token", context);
        }
        if (route.operation() == Operation.CREATE) {
            UniAllRequests.Decoded decoded = UniAllRequests.decode(exchange.body());
            exchange.decoded(decoded.request());
            UniAllRequests.check(decoded);
            String id = "task_" + randomId();
            models.put(id, decoded.model());
            TaskState task = context.createTask(exchange, id, decoded.request());
            ObjectNode job = job(task, context);
            if (task.isTerminal()) {
                job.put("status", "in_progress").put("progress", 0); // the relay answers before its upstream ends
            }
            return Reply.json(200, job.toString());
        }
        Optional<TaskState> task = context.liveTask(route.taskId());
        if (task.isEmpty()) {
            return error(404, "task_not_found", "task " + route.taskId() + " not found", context);
        }
        return Reply.json(200, details(task.get(), context).toString());
    }

    private ObjectNode job(TaskState task, EmulatorContext context) {
        return context.json().createObjectNode().put("id", task.id()).put("task_id", task.id())
                .put("object", "video.generation.job").put("model", models.getOrDefault(task.id(), "wan2.6-r2v-720p"))
                .put("status", status(task)).put("progress", Math.round(task.progress() * 100))
                .put("created_at", task.createdAt().getEpochSecond());
    }

    private ObjectNode details(TaskState task, EmulatorContext context) {
        ObjectNode job = job(task, context).put("raw_status", rawStatus(task));
        if (task.endedAt() != null) {
            job.put("completed_at", task.endedAt().getEpochSecond());
        }
        if (task.status() == TaskStatus.SUCCEEDED) {
            VideoUrlPlacement where = placement;
            if (where == VideoUrlPlacement.EVERYWHERE || where == VideoUrlPlacement.TOP_LEVEL) {
                job.put("video_url", task.videoUrl());
            }
            if (where != VideoUrlPlacement.TOP_LEVEL) {
                ObjectNode result = job.putObject("result");
                if (where != VideoUrlPlacement.RESULT_OUTPUTS) {
                    result.put("video_url", task.videoUrl());
                }
                if (where != VideoUrlPlacement.RESULT) {
                    result.putArray("outputs").add(task.videoUrl());
                }
            }
        }
        Outcome.Failed failed = task.failure().orElse(null);
        if (failed == null || errorShape == ErrorShape.NULL) {
            job.putNull("error");
        } else if (errorShape == ErrorShape.STRING) {
            job.put("error", failed.message().isEmpty() ? failed.code() : failed.message());
        } else {
            job.putObject("error").put("code", failed.code()).put("message", failed.message());
        }
        return job;
    }

    /** What {@link #details} writes, in neutral terms: {@code created_at} and {@code completed_at}, in whole seconds. */
    @Override
    public Optional<TaskFacts> facts(TaskState task) {
        if (task.status() == TaskStatus.EXPIRED) {
            return Optional.of(TaskFacts.NONE);
        }
        Outcome.Failed failed = task.failure().orElse(null);
        String code = null;
        String message = null;
        if (failed != null && errorShape == ErrorShape.OBJECT) {
            code = failed.code();
            message = failed.message();
        } else if (failed != null && errorShape == ErrorShape.STRING) {
            message = failed.message().isEmpty() ? failed.code() : failed.message();
        }
        return Optional.of(new TaskFacts(seconds(task.createdAt()), null, seconds(task.endedAt()), null, null, null,
                Usage.empty(), code, message));
    }

    private static Instant seconds(Instant time) {
        return time == null ? null : Instant.ofEpochSecond(time.getEpochSecond());
    }

    private static String status(TaskState task) {
        return switch (task.status()) {
            case QUEUED -> "queued";
            case RUNNING -> "in_progress";
            case UNRECOGNIZED -> task.unknownStatus();
            case SUCCEEDED -> "completed";
            default -> "failed";
        };
    }

    private static String rawStatus(TaskState task) {
        return switch (task.status()) {
            case QUEUED -> "PENDING";
            case UNRECOGNIZED -> task.unknownStatus();
            default -> task.status().name();
        };
    }

    private static String randomId() {
        StringBuilder sb = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Override
    public R2vRequest decodeCreate(byte[] body) {
        return UniAllRequests.decode(body).request();
    }

    @Override
    public Reply error(int status, String code, String message, EmulatorContext context) {
        String[] usual = switch (status) {
            case 400 -> new String[] {"invalid_request_error", "Invalid request"};
            case 401 -> new String[] {"invalid_api_key", "Invalid token"};
            case 403 -> new String[] {"insufficient_user_quota", "Insufficient quota"};
            case 404 -> new String[] {"not_found", "Not found"};
            case 429 -> new String[] {"rate_limit_exceeded", "Rate limit reached for requests"};
            case 503 -> new String[] {"model_not_found", "No available channel for the model"};
            default -> new String[] {"server_error", "The server had an error while processing your request"};
        };
        ObjectNode body = context.json().createObjectNode();
        body.putObject("error").put("message", message != null ? message : usual[1])
                .put("type", status >= 500 ? "server_error" : "invalid_request_error").putNull("param")
                .put("code", code != null ? code : usual[0]);
        return Reply.json(status, body.toString());
    }
}
