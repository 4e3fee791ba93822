package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Fault;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * Rules 5.7 and 5.8: the vendor's words reach the user whatever carries them: an error in the vendor's own
 * shape under a success status, and a page a proxy or gateway answers instead of the vendor.
 */
public interface ErrorShapeRules extends ConformanceRules {

    /** The title of the gateway page rule 5.8 plays. */
    String GATEWAY_PAGE_TITLE = "502 Bad Gateway (wan-r2v kit)";
    /** The plain-text answer rule 5.8 plays. */
    String PLAIN_TEXT_ANSWER = "upstream connect error or disconnect/reset before headers (wan-r2v kit)";

    /**
     * <b>R2V-5.7</b> An error in the vendor's own error shape answered with HTTP 200 (each documented code,
     * and a code the provider does not know) to a create, a status call and a cancel is reported as that
     * error: an {@code R2vException} (for a create, it or the cause of a
     * {@code SubmitOutcomeUnknownException}) that keeps the vendor's code and message, never a handle, a
     * snapshot or a canceled task read from an answer that holds none.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_5_7}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_5_7)
    default void required_R2V_5_7_readsAnErrorInsideASuccessAnswer() {
        KitSession s = session();
        Set<String> codes = new LinkedHashSet<>();
        s.documentedErrors().forEach(d -> codes.add(d.code()));
        codes.add(ErrorRules.UNKNOWN_CODE);
        List<String> wrong = new ArrayList<>();
        for (String code : codes) {
            Fault error = Fault.vendorError(200, code, "the kit's error " + code + " inside a success");
            Emulator emulator = s.freshEmulator();
            emulator.faults().always(Operation.CREATE, error);
            told(code, () -> s.client().submit(KitRequests.minimal(s.capabilities())))
                    .ifPresent(p -> wrong.add("create, " + code + ": " + p));
            emulator = s.freshEmulator();
            emulator.scriptNextTask(StatusScript.queuedForever());
            TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
            emulator.faults().always(Operation.STATUS, error);
            told(code, () -> s.client().status(handle)).ifPresent(p -> wrong.add("status, " + code + ": " + p));
            if (s.capabilities().supports(Feature.CANCEL)) {
                emulator.faults().always(Operation.CANCEL, error);
                told(code, () -> {
                    s.client().cancel(handle);
                    return "the task as canceled";
                }).ifPresent(p -> wrong.add("cancel, " + code + ": " + p));
            }
            emulator.faults().clear();
        }
        assertThat(wrong).as("errors inside HTTP 200 answers").isEmpty();
    }

    /**
     * <b>R2V-5.8</b> A page that a proxy or gateway answers in the vendor's place reaches the user in a few
     * words: an HTML error page (HTTP 502) to a create or a status call names the page's title in the
     * exception's message, and a plain-text answer (HTTP 503) is quoted there. The engine describes a body the
     * codec read no message from; a codec that reads one must not say less.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_5_8}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_5_8)
    default void required_R2V_5_8_namesAProxysPage() {
        KitSession s = session();
        byte[] html = ("<!DOCTYPE html>\n<html><head><title>" + GATEWAY_PAGE_TITLE + "</title></head><body><center>"
                + "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        Map<String, Fault> pages = Map.of(GATEWAY_PAGE_TITLE, Fault.reply(502, "text/html; charset=utf-8", html),
                PLAIN_TEXT_ANSWER, Fault.reply(503, "text/plain", PLAIN_TEXT_ANSWER.getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, Fault> answer : pages.entrySet()) {
            String said = answer.getKey();
            Fault page = answer.getValue();
            Emulator emulator = s.freshEmulator();
            emulator.faults().always(Operation.CREATE, page);
            named(said, () -> s.client().submit(KitRequests.minimal(s.capabilities())))
                    .ifPresent(p -> wrong.add("create: " + p));
            emulator = s.freshEmulator();
            emulator.scriptNextTask(StatusScript.queuedForever());
            TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
            emulator.faults().always(Operation.STATUS, page);
            named(said, () -> s.client().status(handle)).ifPresent(p -> wrong.add("status: " + p));
            emulator.faults().clear();
        }
        assertThat(wrong).as("proxy pages not named").isEmpty();
    }

    /** What is wrong with the call's outcome for an error with {@code code} inside a success; empty if nothing. */
    private static Optional<String> told(String code, java.util.concurrent.Callable<?> call) {
        Object got;
        try {
            got = call.call();
        } catch (R2vException e) {
            R2vException told = Throwables.vendorAnswer(e);
            if (!FactChecks.sameCode(code, told.providerCode().orElse(null))) {
                return Optional.of("the exception (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + ") carries vendor code " + told.providerCode().orElse("none"));
            }
            return told.providerMessage().filter(m -> m.contains("the kit's error")).isPresent() ? Optional.empty()
                    : Optional.of("the exception (" + e.getMessage() + ") lost the vendor's message");
        } catch (Exception e) {
            return Optional.of("threw " + e);
        }
        return Optional.of("read " + got + " from an answer that holds only an error");
    }

    /** What is wrong with a call answered by a page that says {@code said}; empty if its exception names it. */
    private static Optional<String> named(String said, java.util.concurrent.Callable<?> call) {
        try {
            return Optional.of("read " + call.call() + " from a proxy's page");
        } catch (R2vException e) {
            return Throwables.chain(e).stream().anyMatch(t -> String.valueOf(t.getMessage()).contains(said))
                    ? Optional.empty() : Optional.of("the exception (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ") does not say \"" + said + "\"");
        } catch (Exception e) {
            return Optional.of("threw " + e);
        }
    }
}
