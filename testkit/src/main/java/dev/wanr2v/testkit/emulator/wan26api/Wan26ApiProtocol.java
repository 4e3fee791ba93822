package dev.wanr2v.testkit.emulator.wan26api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Resolution;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.Usage;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.EmulatorContext;
import dev.wanr2v.testkit.emulator.Exchange;
import dev.wanr2v.testkit.emulator.Reply;
import dev.wanr2v.testkit.emulator.Route;
import dev.wanr2v.testkit.emulator.TaskFacts;
import dev.wanr2v.testkit.emulator.TaskState;
import dev.wanr2v.testkit.emulator.VendorProtocol;
import dev.wanr2v.testkit.emulator.WireRejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wan26_r2v} API of seed 004 (the Vtrix / SeaArt gateway), as PROTOCOLS.md §3 describes it.
 *
 * <ul>
 * <li>{@code POST /model/v1/generation} creates a task and answers the task object; a task scripted to
 * end at once is already {@code completed} (or {@code failed}) in that answer; one scripted to expire at
 * once is still queued in it (only later calls find it gone).</li>
 * <li>{@code GET /model/v1/generation/task/{id}} answers the task object: {@code id},
 * {@code created_at} (Unix seconds), {@code status}, {@code progress} (0..1), {@code error
 * {code,message}} when failed, {@code output [{content:[{type,url,duration,jobId}],jobId}]} and
 * {@code usage {cost (USD, a string), discount}} when completed, {@code metadata}; an unknown or
 * expired id is HTTP 404.</li>
 * <li>{@code POST /model/v1/generation/precharge} takes a create body and answers
 * {@code {"status":"success","data":{"cost","currency","discount"}}}.</li>
 * <li>Errors are {@code {"error":{"code","message"}}}; reference problems use 001028001..001028004.</li>
 * </ul>
 *
 * <p>Prices are invented (USD per output second: flash 720P 0.05 with audio, 0.025 silent; flash
 * 1080P 0.08 / 0.04). What the docs leave open can be varied: the word for a queued task
 * ({@link #queuedStatus}, default {@code pending}), whether reference problems are refused at create
 * or fail the task ({@link #referenceErrorsInTask}), and numeric error codes ({@link #numericErrorCodes}); rule
 * 4.6 of the kit plays the documented alternatives ({@link #answerVariants()}): a queued task called
 * {@code queued}, a running one {@code processing}, codes as numbers, a failed task's {@code error} as a bare
 * string, and a video item without its optional {@code duration} and {@code jobId}. The gateway takes both
 * create envelopes; a test that configures its client for one can demand it ({@link #envelope}).
 */
public final class Wan26ApiProtocol implements VendorProtocol {
    private static final String CREATE = "/model/v1/generation";
    private static final String PRECHARGE = "/model/v1/generation/precharge";
    private static final Pattern STATUS = Pattern.compile("/model/v1/generation/task/([^/]+)");

    private static final String CURRENCY = "USD";
    private static final String QUEUED_WORD = "queued tasks are 'queued'";
    private static final String NUMERIC_CODES = "error codes as JSON numbers";
    private static final String BARE_ERRORS = "a failed task's error as a bare string";
    private static final String RUNNING_WORD = "running tasks are 'processing'";
    private static final String BARE_VIDEOS = "video items without duration and jobId";

    private volatile String queuedStatus = "pending";
    private volatile boolean referenceErrorsInTask;
    private volatile boolean numericErrorCodes;
    private volatile boolean bareErrors;
    private volatile String runningStatus = "in_progress";
    private volatile boolean bareVideos;
    private volatile String envelope;

    /** A wan26api protocol; found by {@code Emulators.start("wan26api")}. */
    public Wan26ApiProtocol() {
        // answers vary only through the setters
    }

    /** The status word of a queued task from now on: {@code pending} (default), {@code queued}, {@code in_progress}… */
    public Wan26ApiProtocol queuedStatus(String word) {
        this.queuedStatus = Objects.requireNonNull(word, "word");
        return this;
    }

    /** Whether reference problems are answered as a created task that fails with the code (not a 400). */
    public Wan26ApiProtocol referenceErrorsInTask(boolean inTask) {
        this.referenceErrorsInTask = inTask;
        return this;
    }

    /** Whether all-digit error codes are written as JSON numbers ({@code 1028001}) rather than strings. */
    public Wan26ApiProtocol numericErrorCodes(boolean numeric) {
        this.numericErrorCodes = numeric;
        return this;
    }

    /**
     * Takes create and precharge bodies in this envelope only from now on: {@code "object"} (seed 004's form)
     * or {@code "array"} (the gateway's {@code params} envelope); {@code null} for either, as the gateway does
     * (the default). A body in the other one is refused (HTTP 400, 001028099).
     */
    public Wan26ApiProtocol envelope(String only) {
        if (only != null && !only.equals("object") && !only.equals("array")) {
            throw new IllegalArgumentException("envelope must be object, array or null, not " + only);
        }
        this.envelope = only;
        return this;
    }

    @Override
    public String providerId() {
        return "wan26api";
    }

    @Override
    public Set<Outcome.Kind> outcomes() {
        return EnumSet.of(Outcome.Kind.SUCCEEDED, Outcome.Kind.FAILED, Outcome.Kind.EXPIRED);
    }

    /** What the precharge answer gives: the invented price, in USD, discount 1. */
    @Override
    public Optional<CostEstimate> quote(R2vRequest request) {
        String cost = cost(request);
        return Optional.of(new CostEstimate(new BigDecimal(cost), CURRENCY, BigDecimal.ONE,
                Map.of("cost", cost, "currency", CURRENCY, "discount", "1")));
    }

    /**
     * A queued task called {@code queued}; all-digit error codes as JSON numbers; a failure's error a bare string;
     * a running task called {@code processing}; a video item without {@code duration} and {@code jobId}.
     */
    @Override
    public List<String> answerVariants() {
        return List.of(QUEUED_WORD, NUMERIC_CODES, BARE_ERRORS, RUNNING_WORD, BARE_VIDEOS);
    }

    @Override
    public void answerVariant(String variant) {
        if (variant != null && !answerVariants().contains(variant)) {
            throw new IllegalArgumentException("wan26api has no answer variant " + variant + "; it has "
                    + answerVariants());
        }
        queuedStatus(QUEUED_WORD.equals(variant) ? "queued" : "pending");
        numericErrorCodes(NUMERIC_CODES.equals(variant));
        bareErrors = BARE_ERRORS.equals(variant);
        runningStatus = RUNNING_WORD.equals(variant) ? "processing" : "in_progress";
        bareVideos = BARE_VIDEOS.equals(variant);
    }

    @Override
    public Optional<Route> route(String method, String path) {
        Matcher status = STATUS.matcher(path);
        if (method.equals("POST") && path.equals(CREATE)) {
            return Optional.of(Route.of(Operation.CREATE));
        } else if (method.equals("POST") && path.equals(PRECHARGE)) {
            return Optional.of(Route.of(Operation.COST_ESTIMATE));
        } else if (method.equals("GET") && status.matches()) {
            return Optional.of(Route.of(Operation.STATUS, status.group(1)));
        }
        return Optional.empty();
    }

    @Override
    public Reply handle(Route route, Exchange exchange, EmulatorContext context) {
        if (!context.authorized(exchange)) {
            return error(401, "401", "Invalid API key", context);
        }
        if (route.operation() == Operation.STATUS) {
            Optional<TaskState> task = context.liveTask(route.taskId());
            if (task.isEmpty()) {
                return error(404, "404", "task " + route.taskId() + " not found", context);
            }
            return Reply.json(200, task(task.get(), context).toString());
        }
        R2vRequest request = decodeCreate(exchange.body());
        exchange.decoded(request);
        Optional<WireRejection> referenceProblem = Wan26ApiRequests.referenceProblem(request);
        if (referenceProblem.isPresent() && !(referenceErrorsInTask && route.operation() == Operation.CREATE)) {
            throw referenceProblem.get();
        }
        Wan26ApiRequests.check(request);
        if (route.operation() == Operation.COST_ESTIMATE) {
            ObjectNode body = context.json().createObjectNode().put("status", "success");
            body.putObject("data").put("cost", cost(request)).put("currency", CURRENCY).put("discount", 1);
            return Reply.json(200, body.toString());
        }
        String id = UUID.randomUUID().toString();
        TaskState task = referenceProblem.isPresent()
                ? context.createTask(exchange, id, request, StatusScript.immediately(
                        Outcome.failed(referenceProblem.get().code(), referenceProblem.get().getMessage())))
                : context.createTask(exchange, id, request);
        return Reply.json(200, task(task, context).toString());
    }

    private ObjectNode task(TaskState task, EmulatorContext context) {
        ObjectNode body = context.json().createObjectNode().put("id", task.id())
                .put("created_at", task.createdAt().getEpochSecond()).put("status", status(task))
                .put("progress", Math.round(task.progress() * 1000) / 1000.0);
        if (task.outcome() instanceof Outcome.Failed failed && bareErrors) {
            body.put("error", failed.message().isEmpty() ? failed.code() : failed.message());
        } else if (task.outcome() instanceof Outcome.Failed failed) {
            ObjectNode error = body.putObject("error");
            code(error, failed.code());
            error.put("message", failed.message());
        }
        if (task.status() == TaskStatus.SUCCEEDED) {
            String job = "job-" + task.id().substring(0, 8);
            R2vRequest request = task.request();
            ObjectNode item = body.putArray("output").addObject();
            ObjectNode content = item.putArray("content").addObject().put("type", "video").put("url", task.videoUrl());
            if (!bareVideos) {
                content.put("duration", request.durationSeconds()).put("jobId", job);
                item.put("jobId", job);
            }
            body.putObject("usage").put("cost", cost(request)).put("discount", 1);
        }
        body.putObject("metadata");
        return body;
    }

    /**
     * What {@link #task} writes, in neutral terms: {@code created_at} in whole seconds and, on success, the
     * video's duration and {@code usage} (cost in USD, as seed 004 documents it, and discount; both also raw).
     */
    @Override
    public Optional<TaskFacts> facts(TaskState task) {
        if (task.status() == TaskStatus.EXPIRED) {
            return Optional.of(TaskFacts.NONE);
        }
        String cost = cost(task.request());
        Usage usage = task.status() != TaskStatus.SUCCEEDED ? Usage.empty() : Usage.builder()
                .outputSeconds(bareVideos ? null : BigDecimal.valueOf(task.request().durationSeconds()))
                .cost(new BigDecimal(cost)).currency(CURRENCY).discount(BigDecimal.ONE)
                .raw("cost", cost).raw("discount", "1").build();
        Outcome.Failed failed = task.failure().orElse(null);
        String code = failed == null ? null : numericErrorCodes && failed.code().matches("\\d{1,18}")
                ? String.valueOf(Long.parseLong(failed.code())) : failed.code();
        String message = failed == null ? null : failed.message();
        if (failed != null && bareErrors) {
            code = failed.message().isEmpty() ? failed.code() : null;
            message = failed.message().isEmpty() ? null : failed.message();
        }
        return Optional.of(new TaskFacts(Instant.ofEpochSecond(task.createdAt().getEpochSecond()), null, null, null,
                null, null, usage, code, message));
    }

    private String status(TaskState task) {
        return switch (task.status()) {
            case QUEUED, EXPIRED -> queuedStatus; // expired: only a create answer, of a task forgotten at once
            case RUNNING -> runningStatus;
            case UNRECOGNIZED -> task.unknownStatus();
            case SUCCEEDED -> "completed";
            default -> "failed";
        };
    }

    static String cost(R2vRequest request) {
        boolean p1080 = request.size().resolution().map(r -> r == Resolution.P1080).orElse(false);
        String perSecond = p1080 ? (request.audio() ? "0.08" : "0.04") : (request.audio() ? "0.05" : "0.025");
        return new BigDecimal(perSecond).multiply(BigDecimal.valueOf(request.durationSeconds()))
                .stripTrailingZeros().toPlainString();
    }

    private void code(ObjectNode node, String code) {
        if (numericErrorCodes && code.matches("\\d{1,18}")) {
            node.put("code", Long.parseLong(code));
        } else {
            node.put("code", code);
        }
    }

    @Override
    public R2vRequest decodeCreate(byte[] body) {
        return Wan26ApiRequests.decode(body, envelope);
    }

    @Override
    public Reply error(int status, String code, String message, EmulatorContext context) {
        String usual = switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Invalid API key";
            case 403 -> "Insufficient balance";
            case 404 -> "Not found";
            case 429 -> "Rate limit exceeded";
            default -> "Internal server error";
        };
        ObjectNode body = context.json().createObjectNode();
        ObjectNode error = body.putObject("error");
        code(error, code != null ? code : String.valueOf(status));
        error.put("message", message != null ? message : usual);
        return Reply.json(status, body.toString());
    }
}
