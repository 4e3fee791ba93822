package dev.wanr2v.testkit.conformance;

import static dev.wanr2v.ErrorCategory.AUTHENTICATION;
import static dev.wanr2v.ErrorCategory.INVALID_REQUEST;
import static dev.wanr2v.ErrorCategory.PERMISSION;
import static dev.wanr2v.ErrorCategory.PROVIDER_ERROR;
import static dev.wanr2v.ErrorCategory.RATE_LIMITED;
import static dev.wanr2v.ErrorCategory.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.testkit.HostileBody;
import dev.wanr2v.testkit.R2vArbitraries;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import dev.wanr2v.testkit.emulator.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Rules 5.x: every vendor error becomes the right typed exception, and nothing a vendor (or a proxy in
 * front of it) can answer breaks the provider. The category of a failed create whose outcome is unknown
 * ({@code SubmitOutcomeUnknownException}, for 5xx and 408 answers) is that of its cause.
 */
public interface ErrorRules extends ConformanceRules {

    /** A code no vendor uses, for rule 5.2. */
    String UNKNOWN_CODE = "WanR2vKit.NoSuchCode";

    /** Malformed and hostile answer bodies. */
    @Provide
    default Arbitrary<HostileBody> kitHostileBodies() {
        return R2vArbitraries.hostileBodies();
    }

    /** Statuses hostile bodies are served with: mostly 200, some errors. */
    @Provide
    default Arbitrary<Integer> kitAnswerStatuses() {
        return Arbitraries.of(200, 200, 200, 201, 400, 401, 404, 500, 502, 503);
    }

    /** Error statuses for rule 5.5. */
    @Provide
    default Arbitrary<Integer> kitErrorStatuses() {
        return Arbitraries.of(400, 401, 402, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 504, 599);
    }

    /**
     * <b>R2V-5.1</b> Each documented vendor error, answered to a create call in the vendor's own error
     * shape, maps to its neutral category ({@link DocumentedErrors}, or the kit subclass's
     * {@code documentedErrors()}), through the engine and in the codec's own {@code readError} alike, keeping
     * the vendor's code and message; the create is sent again only when the error is {@code RATE_LIMITED}.
     *
     * <p>Skipped when no documented errors are known for the vendor.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_5_1}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_5_1, requires = Requirement.DOCUMENTED_ERRORS)
    default void required_R2V_5_1_mapsDocumentedVendorErrors() {
        KitSession s = session();
        List<String> wrong = new ArrayList<>();
        for (DocumentedError d : s.documentedErrors()) {
            categoryProblem(s, d.httpStatus(), d.code(), d.category().name(), false)
                    .ifPresent(p -> wrong.add(d + ": " + p));
        }
        assertThat(wrong).as("documented errors mapped wrongly").isEmpty();
    }

    /**
     * <b>R2V-5.2</b> An error code the provider does not know falls back on the HTTP status: 400
     * {@code INVALID_REQUEST}, 401 {@code AUTHENTICATION}, 403 {@code PERMISSION}, 408 {@code TIMEOUT},
     * 429 {@code RATE_LIMITED}, 500, 502, 503 and 504 {@code PROVIDER_ERROR}, through the engine and in the
     * codec's own {@code readError} alike, for a create and for a status call, keeping the vendor's code and
     * message. Only the 429 create is sent
     * again; the 408 and 5xx answers to a create end in {@code SubmitOutcomeUnknownException} (the vendor may
     * have created the task), the others do not.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_5_2}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_5_2)
    default void required_R2V_5_2_fallsBackOnTheHttpStatusForUnknownCodes() {
        Map<Integer, String> expected = new LinkedHashMap<>();
        expected.put(400, INVALID_REQUEST.name());
        expected.put(401, AUTHENTICATION.name());
        expected.put(403, PERMISSION.name());
        expected.put(408, TIMEOUT.name());
        expected.put(429, RATE_LIMITED.name());
        for (int status : new int[] {500, 502, 503, 504}) {
            expected.put(status, PROVIDER_ERROR.name());
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((status, category) -> categoryProblem(session(), status, UNKNOWN_CODE, category, true)
                .ifPresent(p -> wrong.add("HTTP " + status + " " + UNKNOWN_CODE + " -> " + category + ": " + p)));
        expected.forEach((status, category) -> statusCallProblem(session(), status, UNKNOWN_CODE, category)
                .ifPresent(p -> wrong.add("status call, HTTP " + status + " " + UNKNOWN_CODE + " -> " + category
                        + ": " + p)));
        assertThat(wrong).as("unknown codes mapped wrongly").isEmpty();
    }

    /**
     * <b>R2V-5.3</b> Whatever answers a create call (empty, HTML, truncated or deeply nested JSON, random
     * bytes, wrong types, missing fields, huge strings; with a success or an error status), {@code submit}
     * returns a handle or throws an {@code R2vException}, with no {@code NullPointerException},
     * {@code ClassCastException}, {@code IndexOutOfBoundsException} or Jackson exception among its causes.
     * A handle read from such an answer names a task id the answer contains (never one made up).
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_5_3}.
     */
    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_5_3)
    default void required_R2V_5_3_survivesHostileCreateAnswers(@ForAll("kitHostileBodies") HostileBody body,
            @ForAll("kitAnswerStatuses") int status) {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        emulator.faults().next(Operation.CREATE, Fault.reply(status, body.contentType(), body.body()));
        R2vRequest request = KitRequests.minimal(s.capabilities());
        AtomicReference<TaskHandle> handle = new AtomicReference<>();
        assertThat(Throwables.typedFailureOf("submit answered HTTP " + status + " " + body,
                () -> handle.getAndSet(s.client().submit(request)))).isEmpty();
        if (handle.get() != null && emulator.createsReceived() == 1) {
            String id = handle.get().taskId();
            assertThat(body.mentions(id)).as("the answer (HTTP %s %s) names the handle's task id %s (%s characters)",
                    status, body, id.length() > 40 ? id.substring(0, 40) + "…" : id, id.length()).isTrue();
        }
    }

    /**
     * <b>R2V-5.4</b> Whatever answers a status call, {@code status} returns a snapshot or throws an
     * {@code R2vException}, under the same conditions as 5.3.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_5_4}.
     */
    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_5_4)
    default void required_R2V_5_4_survivesHostileStatusAnswers(@ForAll("kitHostileBodies") HostileBody body,
            @ForAll("kitAnswerStatuses") int status) {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
        emulator.faults().next(Operation.STATUS, Fault.reply(status, body.contentType(), body.body()));
        assertThat(Throwables.typedFailureOf("status answered HTTP " + status + " " + body,
                () -> s.client().status(handle))).isEmpty();
    }

    /**
     * <b>R2V-5.5</b> The codec's {@code readError} reads any error answer to any call without throwing,
     * as the SPI demands: hostile bodies under every error status yield an {@code ErrorInfo}.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_5_5}.
     */
    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_5_5)
    default void required_R2V_5_5_readsAnyErrorAnswerWithoutThrowing(@ForAll("kitHostileBodies") HostileBody body,
            @ForAll("kitErrorStatuses") int status, @ForAll Operation operation) {
        ProviderCodec codec = session().codec();
        Map<String, List<String>> headers = body.contentType().isEmpty() ? Map.of()
                : Map.of("Content-Type", List.of(body.contentType()));
        ErrorInfo info;
        try {
            info = codec.readError(operation, new HttpReply(status, headers, body.body()));
        } catch (RuntimeException e) {
            throw new AssertionError("readError(" + operation + ", HTTP " + status + " " + body + ") threw " + e, e);
        }
        assertThat(info).as("readError(%s, HTTP %s %s)", operation, status, body).isNotNull();
    }

    /**
     * What is wrong with a create answered with this error, every time it is sent; empty if nothing. It must
     * fail with the {@code expected} category; be sent again only if that is {@code RATE_LIMITED}; when
     * {@code checkOutcome}, end in {@code SubmitOutcomeUnknownException} exactly for 408 and 5xx answers; and
     * the codec's own {@code readError}, given the answer the emulator sent, must read the same category
     * without throwing (the engine would hide a throwing {@code readError} behind the HTTP status).
     */
    private static Optional<String> categoryProblem(KitSession s, int status, String code, String expected,
            boolean checkOutcome) {
        Emulator emulator = s.freshEmulator();
        emulator.faults().always(Operation.CREATE, Fault.vendorError(status, code, "the kit's error " + code));
        try {
            s.client().submit(KitRequests.minimal(s.capabilities()));
            return Optional.of("submit succeeded");
        } catch (R2vException e) {
            List<String> problems = new ArrayList<>();
            mismatch(Throwables.category(e), expected, e).ifPresent(problems::add);
            kept(e, code).ifPresent(problems::add);
            int creates = emulator.createsReceived();
            if (expected.equals(RATE_LIMITED.name()) ? creates < 2 : creates != 1) {
                problems.add(creates + " create calls were sent (" + (expected.equals(RATE_LIMITED.name())
                        ? "a throttled create was not taken: send it again" : "one, and no retry, expected") + ")");
            }
            boolean ambiguous = status == 408 || status >= 500;
            if (checkOutcome && ambiguous != e instanceof SubmitOutcomeUnknownException) {
                problems.add(ambiguous ? "not a SubmitOutcomeUnknownException, though the vendor may have created"
                        + " the task" : "a SubmitOutcomeUnknownException, though the vendor refused the create");
            }
            codecProblem(s, emulator, Operation.CREATE, code, expected).ifPresent(problems::add);
            return joined(problems);
        } finally {
            emulator.faults().clear();
        }
    }

    /**
     * What is wrong with a status call answered with this error every time; empty if nothing. It must fail
     * with the {@code expected} category, and the codec's own {@code readError} must read the answer alike.
     */
    private static Optional<String> statusCallProblem(KitSession s, int status, String code, String expected) {
        Emulator emulator = s.freshEmulator();
        emulator.scriptNextTask(StatusScript.queuedForever());
        TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
        emulator.faults().always(Operation.STATUS, Fault.vendorError(status, code, "the kit's error " + code));
        try {
            s.client().status(handle);
            return Optional.of("status succeeded");
        } catch (R2vException e) {
            List<String> problems = new ArrayList<>();
            mismatch(e.category().name(), expected, e).ifPresent(problems::add);
            kept(e, code).ifPresent(problems::add);
            codecProblem(s, emulator, Operation.STATUS, code, expected).ifPresent(problems::add);
            return joined(problems);
        } finally {
            emulator.faults().clear();
        }
    }

    private static Optional<String> mismatch(String got, String expected, R2vException e) {
        return got.equals(expected) ? Optional.empty()
                : Optional.of("got " + got + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }

    /** Whether the exception (for an unknown create outcome, its cause) keeps the vendor's code and message. */
    private static Optional<String> kept(R2vException e, String code) {
        R2vException told = Throwables.vendorAnswer(e);
        if (!FactChecks.sameCode(code, told.providerCode().orElse(null))) {
            return Optional.of("the exception carries vendor code " + told.providerCode().orElse("none") + ", not "
                    + code);
        }
        return told.providerMessage().isPresent() ? Optional.empty()
                : Optional.of("the exception carries none of the vendor's message");
    }

    private static Optional<String> joined(List<String> problems) {
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** What is wrong with the codec's own reading of the last answer to a call; empty if it reads {@code expected}. */
    private static Optional<String> codecProblem(KitSession s, Emulator emulator, Operation operation, String code,
            String expected) {
        return emulator.journal().last(operation).flatMap(RecordedRequest::reply)
                .flatMap(reply -> codecProblem(s, operation, reply, code, expected));
    }

    /** What is wrong with the codec's own reading of an error answer to a call; empty if it reads {@code expected}. */
    private static Optional<String> codecProblem(KitSession s, Operation operation, Reply answer, String code,
            String expected) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        answer.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        ErrorInfo info;
        try {
            info = s.codec().readError(operation, new HttpReply(answer.status(), headers, answer.body()));
        } catch (RuntimeException e) {
            return Optional.of("the codec's readError threw " + e + " (the engine fell back on the HTTP status)");
        }
        if (info == null) {
            return Optional.of("the codec's readError returned null (the engine fell back on the HTTP status)");
        }
        if (!info.category().name().equals(expected)) {
            return Optional.of("the codec's readError read " + info.category());
        }
        return FactChecks.sameCode(code, info.code().orElse(null)) && info.message().isPresent() ? Optional.empty()
                : Optional.of("the codec's readError kept code " + info.code().orElse("none") + " and "
                        + (info.message().isPresent() ? "a" : "no") + " message, of " + code + " and a message");
    }
}
