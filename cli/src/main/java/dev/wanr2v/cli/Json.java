package dev.wanr2v.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.R2vException;
import dev.wanr2v.RequestPreview;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.Usage;
import dev.wanr2v.Violation;
import java.io.UncheckedIOException;

/** The JSON shapes the CLI prints (with {@code --json}) and writes (batch journal and results). */
public final class Json {
    /** The one mapper; thread-safe. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A new empty object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The node as compact, single-line JSON. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code provider}, {@code taskId}, {@code token}. */
    public static ObjectNode task(TaskHandle handle) {
        ObjectNode n = object().put("provider", handle.providerId()).put("taskId", handle.taskId())
                .put("token", handle.toToken());
        n.put("submittedAt", handle.submittedAt().toString());
        return n;
    }

    /** The task plus what a status call said. */
    public static ObjectNode snapshot(TaskHandle handle, TaskSnapshot s) {
        ObjectNode n = task(handle).put("status", s.status().name()).put("rawStatus", s.rawStatus());
        s.progress().ifPresent(p -> n.put("progress", p));
        s.videoUrl().ifPresent(u -> n.put("videoUrl", u));
        s.videoExpiresAt().ifPresent(t -> n.put("expiresAt", t.toString()));
        s.failure().ifPresent(f -> {
            ObjectNode fail = n.putObject("failure").put("category", f.category().name());
            f.code().ifPresent(c -> fail.put("code", c));
            f.message().ifPresent(m -> fail.put("message", m));
        });
        s.actualPrompt().ifPresent(p -> n.put("actualPrompt", p));
        if (!s.usage().equals(Usage.empty())) {
            n.set("usage", usage(s.usage()));
        }
        return n;
    }

    /** A finished video: the task, its URL (signed: treat it like a password), expiry and usage. */
    public static ObjectNode video(GeneratedVideo video) {
        return snapshot(video.handle(), video.snapshot()).put("videoUrl", video.url());
    }

    /** What the vendor reported as used (seconds, cost...), by the vendor's own names. */
    public static ObjectNode usage(Usage usage) {
        ObjectNode n = object();
        usage.outputSeconds().ifPresent(v -> n.put("outputSeconds", v));
        usage.inputVideoSeconds().ifPresent(v -> n.put("inputVideoSeconds", v));
        usage.cost().ifPresent(v -> n.put("cost", v));
        usage.currency().ifPresent(v -> n.put("currency", v));
        usage.raw().forEach(n::put);
        return n;
    }

    /** {@code {"error": {...}}}: category, exit code, message, violations and vendor details. */
    public static ObjectNode error(Throwable e, int exitCode, CliWords words) {
        ObjectNode root = object();
        root.set("error", errorBody(e, exitCode, words));
        return root;
    }

    /** The inside of {@link #error}, its message in the words of a command line. */
    public static ObjectNode errorBody(Throwable e, int exitCode) {
        return errorBody(e, exitCode, CliWords.commandLine());
    }

    /** The inside of {@link #error}, its message in these words. */
    public static ObjectNode errorBody(Throwable e, int exitCode, CliWords words) {
        ObjectNode n = object();
        if (e instanceof R2vException r) {
            n.put("category", r.category().name());
        } else if (e instanceof CliException) {
            n.put("category", exitCode == ExitCodes.USAGE ? "USAGE" : "FILES");
        } else {
            n.put("category", "INTERNAL");
        }
        n.put("exitCode", exitCode).put("message", words.message(e));
        if (e instanceof InvalidRequestException invalid) {
            n.set("violations", violations(invalid));
        }
        if (e instanceof R2vException r) {
            r.providerId().ifPresent(v -> n.put("provider", v));
            r.httpStatus().ifPresent(v -> n.put("httpStatus", v));
            r.providerCode().ifPresent(v -> n.put("providerCode", v));
            r.requestId().ifPresent(v -> n.put("requestId", v));
            n.put("retryable", r.isRetryable());
        }
        if (e instanceof TaskException t) {
            n.put("token", t.handle().toToken()).put("taskId", t.handle().taskId());
        }
        if (e instanceof SubmitOutcomeUnknownException u) {
            n.put("sentAt", u.sentAt().toString());
        }
        return n;
    }

    private static ArrayNode violations(InvalidRequestException e) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Violation v : e.violations()) {
            list.addObject().put("rule", v.ruleId()).put("field", v.field()).put("value", v.value())
                    .put("message", v.message());
        }
        return list;
    }

    /** A cost estimate: {@code amount} and {@code discount} as exact decimals, {@code currency}. */
    public static ObjectNode cost(CostEstimate cost) {
        ObjectNode n = object().put("amount", cost.amount()).put("currency", cost.currency());
        cost.discount().ifPresent(d -> n.put("discount", d));
        return n;
    }

    /** A dry run's create call; the body as JSON when it is JSON. */
    public static ObjectNode preview(RequestPreview p) {
        ObjectNode n = object().put("dryRun", true).put("method", p.method()).put("url", p.url());
        ObjectNode headers = n.putObject("headers");
        p.headers().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(h -> headers.put(h.getKey(), String.join(", ", h.getValue())));
        try {
            n.set("body", MAPPER.readTree(p.body()));
        } catch (JsonProcessingException e) {
            n.put("body", p.body());
        }
        com.fasterxml.jackson.databind.node.ArrayNode fitted = n.putArray("fitted");
        p.fitted().forEach(f -> fitted.addObject().put("field", f.field()).put("source", f.source())
                .put("from", f.fromWidth() + "x" + f.fromHeight()).put("fromBytes", f.fromBytes())
                .put("to", f.toWidth() + "x" + f.toHeight()).put("toBytes", f.toBytes())
                .put("format", f.toFormat().name()).put("description", f.describe()));
        return n;
    }
}
