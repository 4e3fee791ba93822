package dev.wanr2v.internal.engine;

import dev.wanr2v.AuthenticationException;
import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ContentRejectedException;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.PermissionException;
import dev.wanr2v.ProviderServerException;
import dev.wanr2v.R2vException;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.RequestTimeoutException;
import dev.wanr2v.Rule;
import dev.wanr2v.TaskCanceledException;
import dev.wanr2v.TaskConflictException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TransportException;
import dev.wanr2v.UnexpectedResponseException;
import dev.wanr2v.UnsupportedFeatureException;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.internal.http.TransportFailure;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what went wrong into the matching {@link R2vException}, with a message that names the provider,
 * the call, the vendor's words (secrets masked) and what to do next.
 */
final class ErrorMapper {
    private static final Pattern URL_QUERY = Pattern.compile("(https?://[^\\s?#\"'<>]+)\\?[^\\s\"'<>]*");
    private static final int MAX_VENDOR_MESSAGE = 300;

    private final String providerId;
    private final String secret;
    private final String endpoint;
    private final String apiKeyHelp;
    private final Duration responseTimeout;
    private final Duration resultLifetime;

    /** {@code resultLifetime}: how long the provider declares that results and task ids last, or {@code null}. */
    ErrorMapper(String providerId, String secret, String endpoint, String apiKeyHelp, Duration responseTimeout,
            Duration resultLifetime) {
        this.providerId = providerId;
        this.secret = secret;
        this.endpoint = endpoint;
        this.apiKeyHelp = apiKeyHelp;
        this.responseTimeout = responseTimeout;
        this.resultLifetime = resultLifetime;
    }

    String providerId() {
        return providerId;
    }

    /**
     * How long the provider keeps results and task ids, as its capabilities declare:
     * {@code "dashscope keeps them 24 h"}; empty when it declares nothing.
     */
    Optional<String> lifetime() {
        if (resultLifetime == null) {
            return Optional.empty();
        }
        long s = resultLifetime.toSeconds();
        return Optional.of(providerId + " keeps them " + (s > 0 && s % 3600 == 0 ? resultLifetime.toHours() + " h"
                : Waiter.human(resultLifetime)));
    }

    /** Masks the key and signed URLs' query strings, and shortens. */
    String clean(String text) {
        return text == null ? null : Redaction.shorten(mask(text), MAX_VENDOR_MESSAGE);
    }

    /** Masks the key and signed URLs' query strings. */
    private String mask(String text) {
        return text == null ? null : URL_QUERY.matcher(Redaction.scrub(text, secret)).replaceAll("$1?" + Redaction.MASK);
    }

    /** A violation the vendor's answer reported, its words masked like the rest of the answer. */
    private dev.wanr2v.Violation cleaned(dev.wanr2v.Violation v) {
        return new dev.wanr2v.Violation(v.ruleId(), mask(v.field()), mask(v.value()), clean(v.message()));
    }

    /**
     * A snapshot as the codec read it, with the vendor's failure words masked like an error answer's (a vendor
     * may echo the key in a failed task's message); {@code null} stays {@code null}. Codecs need not mask.
     */
    TaskSnapshot masked(TaskSnapshot snapshot) {
        if (snapshot == null || snapshot.failure().isEmpty()) {
            return snapshot;
        }
        TaskFailure f = snapshot.failure().get();
        return snapshot.toBuilder().failure(new TaskFailure(f.category(), mask(f.code().orElse(null)),
                mask(f.message().orElse(null)), f.violations().stream().map(this::cleaned).toList())).build();
    }

    /**
     * A vendor's error answer, read by the codec. When the codec read no message from it, the answer's body
     * is described instead (a proxy's HTML page by its title): see {@link BodyDescription}.
     */
    R2vException fromVendor(ErrorInfo info, HttpReply reply, Operation op, TaskHandle handle, Duration retryAfter) {
        return fromVendor(info, reply.status(), info.message().or(() -> BodyDescription.of(reply)).orElse(null), op,
                handle, retryAfter);
    }

    /** An error the engine composed for a call, as if the vendor had answered it. */
    R2vException fromVendor(ErrorInfo info, Integer httpStatus, Operation op, TaskHandle handle, Duration retryAfter) {
        return fromVendor(info, httpStatus, info.message().orElse(null), op, handle, retryAfter);
    }

    private R2vException fromVendor(ErrorInfo info, Integer httpStatus, String message, Operation op,
            TaskHandle handle, Duration retryAfter) {
        ErrorDetails details = ErrorDetails.builder().providerId(providerId).httpStatus(httpStatus)
                .providerCode(clean(info.code().orElse(null))).providerMessage(clean(message))
                .requestId(clean(info.requestId().orElse(null))).retryable(info.retryable().orElse(null)).build();
        StringBuilder msg = new StringBuilder("[").append(providerId).append("] ").append(phrase(op, handle))
                .append(" failed: ").append(info.category().label());
        String said = details.toString();
        if (!said.isEmpty()) {
            msg.append(" (").append(said).append(')');
        }
        details.providerMessage().ifPresent(m -> msg.append(": ").append(m.strip().replaceAll("[.。]+$", "")));
        msg.append(". ").append(info.hint().map(this::clean).orElseGet(() -> hint(info.category(), retryAfter)));
        return build(info.category(), msg.toString(), details, handle,
                info.violations().stream().map(this::cleaned).toList(), retryAfter, null);
    }

    /** A failed exchange with the vendor's API (no usable answer). */
    R2vException fromTransport(TransportFailure f, Operation op, TaskHandle handle) {
        return fromTransport(f, op, handle, endpoint, "the base URL " + endpoint + " points at the " + providerId
                + " API");
    }

    /**
     * A failed exchange with {@code where} (a host, never with a query string), and what to check when its
     * answer is unusable.
     */
    R2vException fromTransport(TransportFailure f, Operation op, TaskHandle handle, String where, String check) {
        ErrorDetails details = ErrorDetails.of(providerId);
        String head = "[" + providerId + "] " + phrase(op, handle) + " failed: ";
        return switch (f.kind()) {
            case TIMEOUT -> new RequestTimeoutException(head + "no answer from " + where + " within "
                    + responseTimeout.toMillis() + " ms. Retry later, or raise responseTimeout (wanr2v.responseTimeout).",
                    details, f);
            case UNUSABLE -> new UnexpectedResponseException(head + clean(f.getMessage()) + ". Check that " + check
                    + ".", details, f);
            case CONNECT -> new TransportException(head + "could not connect to " + where + " ("
                    + clean(f.getMessage()) + "). Check the network, the proxy, and that " + check + ".", details, f);
            case BODY -> {
                String problem = "could not be read while it was sent (" + clean(f.getMessage())
                        + "); did it change or vanish after it was checked?";
                yield new InvalidRequestException(head + "a local file " + problem + " Nothing was accepted: keep"
                        + " the file unchanged until the call returns, and submit again.",
                        List.of(Violation.of(Rule.MEDIA_UNREADABLE, "local media", "", problem)), details, f);
            }
            default -> new TransportException(head + "the connection broke (" + clean(f.getMessage())
                    + "). Retry later.", details, f);
        };
    }

    /** An answer the codec could not read. */
    UnexpectedResponseException unreadable(Operation op, TaskHandle handle, HttpReply reply, Throwable cause) {
        String body = reply.bodyLength() == 0 ? "an empty body"
                : "\"" + clean(Redaction.shorten(reply.bodyText(), 160)) + "\"";
        String why = cause == null || cause.getMessage() == null ? "" : " (" + clean(cause.getMessage()) + ")";
        return new UnexpectedResponseException("[" + providerId + "] " + phrase(op, handle)
                + " failed: the answer could not be read" + why + "; HTTP " + reply.status() + " with "
                + body + ". Check that the base URL " + endpoint + " points at the " + providerId + " API.",
                ErrorDetails.builder().providerId(providerId).httpStatus(reply.status()).build(),
                RedactedCause.of(cause, this::mask));
    }

    UnsupportedFeatureException unsupported(String what) {
        return new UnsupportedFeatureException("[" + providerId + "] " + providerId + " cannot " + what
                + " (see its capabilities: client.capabilities())", ErrorDetails.of(providerId));
    }

    private R2vException build(ErrorCategory category, String message, ErrorDetails details, TaskHandle handle,
            List<dev.wanr2v.Violation> violations, Duration retryAfter, Throwable cause) {
        return switch (category) {
            case INVALID_REQUEST -> new InvalidRequestException(message, violations, details, cause);
            case CONFIGURATION -> new ConfigurationException(message, details, cause);
            case AUTHENTICATION -> new AuthenticationException(message, details, cause);
            case PERMISSION -> new PermissionException(message, details, cause);
            case RATE_LIMITED -> new RateLimitedException(message, details, retryAfter, cause);
            case CONTENT_REJECTED -> new ContentRejectedException(message, details, cause);
            case PROVIDER_ERROR -> new ProviderServerException(message, details, cause);
            case TRANSPORT -> new TransportException(message, details, cause);
            case TIMEOUT, AWAIT_TIMEOUT -> new RequestTimeoutException(message, details, cause);
            case UNSUPPORTED -> new UnsupportedFeatureException(message, details, cause);
            case TASK_FAILED -> handle == null ? new ProviderServerException(message, details, cause)
                    : new TaskFailedException(message, details, handle, null, cause);
            case TASK_CANCELED -> handle == null ? new UnexpectedResponseException(message, details, cause)
                    : new TaskCanceledException(message, details, handle, null, cause);
            case TASK_EXPIRED -> handle == null ? new UnexpectedResponseException(message, details, cause)
                    : new TaskExpiredException(message, details, handle, null, cause);
            case CONFLICT -> handle == null ? new InvalidRequestException(message, violations, details, cause)
                    : new TaskConflictException(message, details, handle, null, cause);
            default -> new UnexpectedResponseException(message, details, cause);
        };
    }

    static String phrase(Operation op, TaskHandle handle) {
        String task = handle == null ? "" : " " + handle.taskId();
        return switch (op) {
            case CREATE -> "submitting the task";
            case STATUS -> "reading task" + task;
            case CANCEL -> "canceling task" + task;
            case COST_ESTIMATE -> "estimating the cost";
            case UPLOAD -> "uploading media";
            case DOWNLOAD -> "downloading the video of task" + task;
        };
    }

    private String hint(ErrorCategory category, Duration retryAfter) {
        return switch (category) {
            case INVALID_REQUEST -> "Change the request as the vendor says; no task was created.";
            case AUTHENTICATION -> "Check the API key. " + apiKeyHelp;
            case PERMISSION -> "Check the account's access to the model and its balance.";
            case RATE_LIMITED -> retryAfter == null ? "Slow down and retry later."
                    : "Retry after " + retryAfter.toSeconds() + " s.";
            case CONTENT_REJECTED -> "Change the prompt or the references: the vendor's moderation refused them.";
            case PROVIDER_ERROR -> "The vendor failed internally; retry later.";
            case TASK_EXPIRED -> "The vendor no longer knows this task (task ids expire"
                    + lifetime().map(l -> "; " + l).orElse("") + ").";
            case CONFLICT -> "The task's current state does not allow this.";
            default -> "Check the base URL " + endpoint + ".";
        };
    }
}
