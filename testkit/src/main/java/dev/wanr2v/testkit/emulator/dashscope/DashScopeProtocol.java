package dev.wanr2v.testkit.emulator.dashscope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.Usage;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.emulator.AccountLimits;
import dev.wanr2v.testkit.emulator.EmulatorContext;
import dev.wanr2v.testkit.emulator.Exchange;
import dev.wanr2v.testkit.emulator.Reply;
import dev.wanr2v.testkit.emulator.Route;
import dev.wanr2v.testkit.emulator.TaskFacts;
import dev.wanr2v.testkit.emulator.TaskState;
import dev.wanr2v.testkit.emulator.VendorProtocol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DashScope (Alibaba Cloud Model Studio), as PROTOCOLS.md §1 describes it.
 *
 * <ul>
 * <li>{@code POST /api/v1/services/aigc/video-generation/video-synthesis} creates a task; it needs
 * {@code Authorization: Bearer KEY} and {@code X-DashScope-Async: enable} (else 403
 * {@code AccessDenied}); answers {@code {"request_id","output":{"task_id","task_status":"PENDING"}}}, as
 * documented for the asynchronous call, even for a task scripted to end at once (its end shows on the
 * status call).</li>
 * <li>{@code GET /api/v1/tasks/{id}} answers the task; an unknown or expired id is HTTP 200 with
 * {@code task_status UNKNOWN}.</li>
 * <li>{@code POST /api/v1/tasks/{id}/cancel} cancels a {@code PENDING} task; any other is refused with
 * 400 {@code UnsupportedOperation}.</li>
 * <li>{@code GET /api/v1/tasks?…} lists tasks, newest first ({@link DashScopeTaskList}); it is a task
 * query: routed as {@code STATUS} with no task id, and counted against the query rate.</li>
 * <li>{@code GET /api/v1/uploads?action=getPolicy&model=M} and a multipart POST to the policy's
 * {@code upload_host} (this emulator's {@code /oss-upload}) store a file; a create call names it
 * {@code oss://upload_dir/NAME} with header {@code X-DashScope-OssResourceResolve: enable}.</li>
 * <li>Errors are {@code {"request_id","code","message"}}: 401 {@code InvalidApiKey}, 400
 * {@code InvalidParameter} / {@code InvalidURL} / {@code BadRequest.EmptyModel} /
 * {@code BadRequest.EmptyInput}, 429 {@code Throttling} and the rest when injected.</li>
 * <li>Account limits, when enforced: 429 {@code Throttling.RateQuota} above a call rate, 429
 * {@code Throttling.AllocationQuota} for a create that finds the task queue full. Documented
 * ({@link #documentedLimits()}): 5 creates/s, 20 task queries/s for the whole account, 5 tasks running
 * while the rest wait as {@code PENDING}, first come first served.</li>
 * </ul>
 *
 * <p>Times are written {@code 2025-07-27 21:05:15.212} in UTC+8 (Beijing time). DashScope reports no
 * progress. Usage on success: output seconds as asked; input video seconds counted as 4 s per video
 * reference (the length of the kit's sample video: the emulator cannot fetch references).
 */
public final class DashScopeProtocol implements VendorProtocol {
    static final String CREATE_PATH = "/api/v1/services/aigc/video-generation/video-synthesis";
    private static final Pattern TASK = Pattern.compile("/api/v1/tasks/([^/]+)");
    private static final Pattern CANCEL = Pattern.compile("/api/v1/tasks/([^/]+)/cancel");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.ofHours(8));
    private static final int INPUT_VIDEO_SECONDS = 4;

    private final DashScopeUploads uploads = new DashScopeUploads();

    /** A DashScope protocol; found by {@code Emulators.start("dashscope")}. */
    public DashScopeProtocol() {
        // uploaded files are its only state
    }

    @Override
    public String providerId() {
        return "dashscope";
    }

    @Override
    public Optional<Route> route(String method, String path) {
        Matcher task = TASK.matcher(path);
        Matcher cancel = CANCEL.matcher(path);
        if (method.equals("POST") && path.equals(CREATE_PATH)) {
            return Optional.of(Route.of(Operation.CREATE));
        } else if (method.equals("GET") && DashScopeTaskList.PATH.equals(path.endsWith("/") ? path.substring(0,
                path.length() - 1) : path)) {
            return Optional.of(Route.of(Operation.STATUS));
        } else if (method.equals("GET") && task.matches()) {
            return Optional.of(Route.of(Operation.STATUS, task.group(1)));
        } else if (method.equals("POST") && cancel.matches()) {
            return Optional.of(Route.of(Operation.CANCEL, cancel.group(1)));
        } else if (method.equals("GET") && path.equals(DashScopeUploads.POLICY_PATH)
                || method.equals("POST") && path.equals(DashScopeUploads.UPLOAD_PATH)) {
            return Optional.of(Route.of(Operation.UPLOAD));
        }
        return Optional.empty();
    }

    @Override
    public Reply handle(Route route, Exchange exchange, EmulatorContext context) {
        if (exchange.path().equals(DashScopeUploads.UPLOAD_PATH)) {
            return uploads.upload(exchange);
        }
        if (!context.authorized(exchange)) {
            return error(401, "InvalidApiKey", "Invalid API-key provided.", context);
        }
        return switch (route.operation()) {
            case CREATE -> create(exchange, context);
            case STATUS -> route.taskId().isEmpty() ? DashScopeTaskList.list(exchange, context)
                    : Reply.json(200, status(context.liveTask(route.taskId()), route.taskId(), context));
            case CANCEL -> cancel(route.taskId(), context);
            case UPLOAD -> uploads.policy(exchange, context);
            default -> error(404, null, null, context);
        };
    }

    private Reply create(Exchange exchange, EmulatorContext context) {
        if (!exchange.header("X-DashScope-Async").filter("enable"::equalsIgnoreCase).isPresent()) {
            return error(403, "AccessDenied", "current user api does not support synchronous calls", context);
        }
        R2vRequest request = decodeCreate(exchange.body());
        exchange.decoded(request);
        DashScopeRequests.check(request);
        uploads.checkReferences(request, exchange);
        TaskState task = context.createTask(exchange, UUID.randomUUID().toString(), request);
        ObjectNode root = context.json().createObjectNode().put("request_id", context.newRequestId());
        root.putObject("output").put("task_id", task.id()).put("task_status", "PENDING");
        return Reply.json(200, root.toString());
    }

    private String status(Optional<TaskState> found, String id, EmulatorContext context) {
        ObjectNode root = context.json().createObjectNode().put("request_id", context.newRequestId());
        ObjectNode output = root.putObject("output").put("task_id", id);
        if (found.isEmpty()) {
            output.put("task_status", "UNKNOWN");
            return root.toString();
        }
        TaskState task = found.get();
        R2vRequest request = task.request();
        output.put("task_status", statusWord(task)).put("submit_time", TIME.format(task.createdAt()));
        if (task.startedAt() != null) {
            output.put("scheduled_time", TIME.format(task.startedAt()));
            output.put("orig_prompt", request.prompt());
            if (request.promptExtend()) {
                output.put("actual_prompt", actualPrompt(request));
            }
        }
        if (task.endedAt() != null) {
            output.put("end_time", TIME.format(task.endedAt()));
        }
        if (task.outcome() instanceof Outcome.Failed failed) {
            output.put("code", failed.code()).put("message", failed.message());
        }
        if (task.status() == TaskStatus.SUCCEEDED) {
            output.put("video_url", task.videoUrl());
            usage(root.putObject("usage"), request);
        }
        return root.toString();
    }

    private static void usage(ObjectNode usage, R2vRequest request) {
        usageFields(request).forEach((name, value) -> {
            if (value instanceof Integer i) {
                usage.put(name, i);
            } else if (value instanceof Boolean b) {
                usage.put(name, b);
            } else {
                usage.put(name, (String) value);
            }
        });
    }

    /** The {@code usage} of a succeeded task, by field, in the order written. */
    private static Map<String, Object> usageFields(R2vRequest request) {
        int inputSeconds = inputVideoSeconds(request);
        VideoSize size = request.size();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("duration", request.durationSeconds() + inputSeconds);
        fields.put("input_video_duration", inputSeconds);
        fields.put("output_video_duration", request.durationSeconds());
        fields.put("video_count", 1);
        fields.put("SR", resolution(size));
        fields.put("ratio", ratio(size));
        fields.put("size", size.toString());
        fields.put("audio", request.tier() == ModelTier.STANDARD || request.audio());
        fields.put("shot_type", request.shotType() == ShotType.MULTI ? "multi" : "single");
        return fields;
    }

    private static int inputVideoSeconds(R2vRequest request) {
        return INPUT_VIDEO_SECONDS * (int) request.references().stream().filter(r -> r.kind() == MediaKind.VIDEO)
                .count();
    }

    private static int resolution(VideoSize size) {
        return Math.min(size.width(), size.height()) >= 1080 ? 1080 : 720;
    }

    private static String actualPrompt(R2vRequest request) {
        return cut(request.prompt()) + " The camera moves slowly; soft light.";
    }

    /**
     * What {@link #status} writes, in neutral terms: the times to the millisecond, the prompts once the task
     * runs, and on success the usage (each field also raw, as text) and the video's expiry (the end time plus
     * the result lifetime, 24 h as documented).
     */
    @Override
    public Optional<TaskFacts> facts(TaskState task) {
        if (task.status() == TaskStatus.EXPIRED) {
            return Optional.of(TaskFacts.NONE);
        }
        R2vRequest request = task.request();
        boolean started = task.startedAt() != null;
        boolean succeeded = task.status() == TaskStatus.SUCCEEDED;
        Instant end = millis(task.endedAt());
        Usage usage = Usage.empty();
        if (succeeded) {
            Usage.Builder b = Usage.builder().outputSeconds(BigDecimal.valueOf(request.durationSeconds()))
                    .inputVideoSeconds(BigDecimal.valueOf(inputVideoSeconds(request))).videoCount(1)
                    .resolution(resolution(request.size())).ratio(ratio(request.size()));
            usageFields(request).forEach((name, value) -> b.raw(name, String.valueOf(value)));
            usage = b.build();
        }
        Outcome.Failed failed = task.failure().orElse(null);
        return Optional.of(new TaskFacts(millis(task.createdAt()), millis(task.startedAt()), end,
                succeeded ? end.plus(Duration.between(task.endedAt(), task.expiresAt())) : null,
                started ? request.prompt() : null, started && request.promptExtend() ? actualPrompt(request) : null,
                usage, failed == null ? null : failed.code(), failed == null ? null : failed.message()));
    }

    private static Instant millis(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
    }

    private Reply cancel(String id, EmulatorContext context) {
        if (context.cancelIfQueued(id)) {
            return Reply.json(200, context.json().createObjectNode().put("request_id", context.newRequestId())
                    .toString());
        }
        return error(400, "UnsupportedOperation",
                "Failed to cancel the task, please confirm if the task is in PENDING status.", context);
    }

    static String statusWord(TaskState task) {
        return switch (task.status()) {
            case QUEUED -> "PENDING";
            case UNRECOGNIZED -> task.unknownStatus();
            default -> task.status().name();
        };
    }

    private static String ratio(VideoSize size) {
        int w = size.width();
        int h = size.height();
        if (w == h) {
            return "1:1";
        }
        if (w * 9 == h * 16 || w * 16 == h * 9) {
            return w > h ? "16:9" : "9:16";
        }
        return w > h ? "4:3" : "3:4";
    }

    private static String cut(String prompt) {
        return prompt.codePointCount(0, prompt.length()) <= 1500 ? prompt
                : prompt.substring(0, prompt.offsetByCodePoints(0, 1500));
    }

    /** A file uploaded to the emulated temporary storage, by its {@code oss://} reference. */
    @Override
    public Optional<byte[]> storedFile(String reference) {
        return uploads.stored(reference);
    }

    @Override
    public R2vRequest decodeCreate(byte[] body) {
        return DashScopeRequests.decode(body);
    }

    /** 5 creates/s, 20 task queries/s, 5 tasks running at once, the rest queued (Alibaba's rate-limit page). */
    @Override
    public AccountLimits documentedLimits() {
        return AccountLimits.of(5, 20, 5);
    }

    @Override
    public Reply throttled(AccountLimits.Throttle throttle, EmulatorContext context) {
        return throttle == AccountLimits.Throttle.QUEUE_FULL
                ? error(429, "Throttling.AllocationQuota",
                        "Allocated quota exceeded, please increase your quota limit.", context)
                : error(429, "Throttling.RateQuota", "Requests rate limit exceeded, please try again later.", context);
    }

    @Override
    public Reply error(int status, String code, String message, EmulatorContext context) {
        String[] usual = switch (status) {
            case 400 -> new String[] {"InvalidParameter", "The request is invalid."};
            case 401 -> new String[] {"InvalidApiKey", "Invalid API-key provided."};
            case 403 -> new String[] {"AccessDenied", "Access denied."};
            case 404 -> new String[] {"NotFound", "Not found."};
            case 408 -> new String[] {"RequestTimeOut", "Request timed out, please try again later."};
            case 413 -> new String[] {"BadRequest.TooLarge", "Payload Too Large."};
            case 429 -> new String[] {"Throttling", "Requests throttling triggered."};
            case 503 -> new String[] {"ServiceUnavailable", "The service is unavailable, please try again later."};
            default -> new String[] {"InternalError", "An internal error has occured, please try again later."};
        };
        ObjectNode body = context.json().createObjectNode().put("request_id", context.newRequestId())
                .put("code", code != null ? code : usual[0]).put("message", message != null ? message : usual[1]);
        return Reply.json(status, body.toString());
    }
}
