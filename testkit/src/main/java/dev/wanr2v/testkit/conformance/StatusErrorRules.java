package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Fault;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * Rule 4.9: a status answer that holds the vendor's error instead of the task keeps what the error's code
 * means.
 */
public interface StatusErrorRules extends ConformanceRules {

    /** The categories a documented code decides whatever the HTTP status it came with. */
    Set<ErrorCategory> DECIDED_BY_CODE = EnumSet.of(ErrorCategory.INVALID_REQUEST, ErrorCategory.AUTHENTICATION,
            ErrorCategory.PERMISSION, ErrorCategory.CONTENT_REJECTED, ErrorCategory.RATE_LIMITED);

    /**
     * <b>R2V-4.9</b> A status call answered with HTTP 200 and an error in the vendor's own shape, with a
     * documented code of a refusal (an invalid request, a bad key, a missing permission or quota, a content
     * rejection, throttling), ends in an {@code R2vException} of that code's documented category, as the
     * same error under its own HTTP status would (rule 5.1). Left out: the codes of the vendor's own failures,
     * and codes that only repeat their HTTP status (wan26api's {@code 401}), whose meaning the status carries.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_4_9}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_4_9)
    default void required_R2V_4_9_readsTheCategoryOfAnErrorInAStatusAnswer() {
        KitSession s = session();
        List<String> wrong = new ArrayList<>();
        for (DocumentedError documented : s.documentedErrors()) {
            if (!DECIDED_BY_CODE.contains(documented.category())
                    || documented.code().equals(String.valueOf(documented.httpStatus()))) {
                continue;
            }
            Emulator emulator = s.freshEmulator();
            emulator.scriptNextTask(StatusScript.queuedForever());
            TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
            emulator.faults().always(Operation.STATUS, Fault.vendorError(200, documented.code(),
                    "the kit's error " + documented.code() + " inside a status answer"));
            try {
                wrong.add(documented.code() + ": read " + s.client().status(handle));
            } catch (R2vException e) {
                if (e.category() != documented.category()) {
                    wrong.add(documented.code() + ": " + e.category() + " (" + e.getMessage() + "), documented as "
                            + documented.category());
                }
            }
            emulator.faults().clear();
        }
        assertThat(wrong).as("errors inside HTTP 200 status answers read with another category").isEmpty();
    }
}
