package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vException;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.Violation;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import dev.wanr2v.testkit.emulator.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;

/**
 * Rule 5.6: what a provider reads from an error says something. The kit does not judge prose; it checks that
 * no part of an error the codec reports (code, message, hint, request id, a violation's message) is there
 * but blank, so the user always gets the vendor's words or the provider's advice, never an empty sentence.
 */
public interface ErrorWordingRules extends ConformanceRules {

    /** The statuses the vendor's error shape is played with, for rule 5.6. */
    int[] WORDING_STATUSES = {400, 401, 402, 403, 404, 405, 408, 409, 413, 422, 429, 500, 502, 503, 504};

    /**
     * <b>R2V-5.6</b> Every error answer the kit can think of (each documented error, with the vendor's
     * message and with an empty one, and an unknown code under each common error status, in the vendor's
     * own error shape; an HTML page, plain text, an empty body, an empty JSON object), read by the codec's
     * {@code readError} for every operation, gives an {@code ErrorInfo} whose code, message, hint, request
     * id and violations' messages, where present, are not blank; and so does every failure the codec reads
     * from a task's snapshots in rules 4.5 and 4.6.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_5_6}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_5_6)
    default void required_R2V_5_6_saysSomethingInEveryError() {
        KitSession s = session();
        List<String> blank = new ArrayList<>();
        for (Map.Entry<String, HttpReply> answer : errorAnswers(s).entrySet()) {
            for (Operation operation : Operation.values()) {
                ErrorInfo info;
                try {
                    info = s.codec().readError(operation, answer.getValue());
                } catch (RuntimeException e) {
                    blank.add(answer.getKey() + " to " + operation + ": readError threw " + e);
                    continue;
                }
                if (info != null) {
                    blankParts(info).ifPresent(p -> blank.add(answer.getKey() + " to " + operation + ": " + p));
                }
            }
        }
        assertThat(blank).as("errors read with a blank part").isEmpty();
    }

    /** The blank parts of an error read from a vendor's answer, if any. */
    static Optional<String> blankParts(ErrorInfo info) {
        List<String> parts = new ArrayList<>();
        blank("code", info.code(), parts);
        blank("message", info.message(), parts);
        blank("hint", info.hint(), parts);
        blank("request id", info.requestId(), parts);
        for (Violation v : info.violations()) {
            blank("violation " + v.ruleId() + "'s message", Optional.ofNullable(v.message()), parts);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(info.category() + " with a blank " + parts);
    }

    /** The blank parts of a task's failure, if any. */
    static Optional<String> blankParts(TaskFailure failure) {
        List<String> parts = new ArrayList<>();
        blank("code", failure.code(), parts);
        blank("message", failure.message(), parts);
        for (Violation v : failure.violations()) {
            blank("violation " + v.ruleId() + "'s message", Optional.ofNullable(v.message()), parts);
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of("a failure (" + failure.category() + ") with a blank " + parts);
    }

    private static void blank(String part, Optional<String> value, List<String> into) {
        if (value.isPresent() && value.get().isBlank()) {
            into.add(part + " (\"" + value.get() + "\")");
        }
    }

    /** The answers rule 5.6 reads, by a description of each. */
    private static Map<String, HttpReply> errorAnswers(KitSession s) {
        Map<String, HttpReply> answers = new LinkedHashMap<>();
        Emulator emulator = s.freshEmulator();
        for (DocumentedError d : s.documentedErrors()) {
            play(s, emulator, d.httpStatus(), d.code(), "the kit's error " + d.code(), answers);
            play(s, emulator, d.httpStatus(), d.code(), "", answers);
        }
        for (int status : WORDING_STATUSES) {
            play(s, emulator, status, ErrorRules.UNKNOWN_CODE, "the kit's error at HTTP " + status, answers);
        }
        for (int status : new int[] {400, 404, 500, 502}) {
            answers.put("an HTML page at HTTP " + status, raw(status, "text/html",
                    "<html><head><title>" + status + " Bad Gateway</title></head><body>nginx</body></html>"));
            answers.put("plain text at HTTP " + status, raw(status, "text/plain", "upstream connect error"));
            answers.put("an empty body at HTTP " + status, raw(status, "", ""));
            answers.put("an empty JSON object at HTTP " + status, raw(status, "application/json", "{}"));
        }
        return answers;
    }

    /** Has the emulator answer one create with this error, and keeps the answer it sent. */
    private static void play(KitSession s, Emulator emulator, int status, String code, String message,
            Map<String, HttpReply> answers) {
        emulator.faults().next(Operation.CREATE, Fault.vendorError(status, code, message));
        try {
            s.client().submit(KitRequests.minimal(s.capabilities()));
        } catch (R2vException expected) {
            // the answer is what the rule reads
        } finally {
            emulator.faults().clear();
        }
        String name = "HTTP " + status + " " + code + (message.isEmpty() ? " with an empty message" : "");
        emulator.journal().of(Operation.CREATE).stream().filter(r -> r.fault().isPresent())
                .reduce((first, second) -> second).flatMap(RecordedRequest::reply)
                .ifPresent(reply -> answers.put(name, httpReply(reply)));
    }

    private static HttpReply httpReply(Reply reply) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        reply.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return new HttpReply(reply.status(), headers, reply.body());
    }

    private static HttpReply raw(int status, String contentType, String body) {
        return new HttpReply(status, contentType.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(contentType)),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
