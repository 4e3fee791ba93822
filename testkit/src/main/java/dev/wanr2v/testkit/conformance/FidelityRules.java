package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.support.BaseUrlRule;
import dev.wanr2v.testkit.R2vArbitraries;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Rules 3.x: what the provider sends is what the user asked for. The emulator decodes every create
 * body into a neutral request, its own reading of the vendor's documents, independent of the
 * provider; the two must agree on every field the provider declares.
 */
public interface FidelityRules extends ConformanceRules {

    /** Valid requests under the kit's capabilities. */
    @Provide
    default Arbitrary<R2vRequest> kitValidRequests() {
        return R2vArbitraries.validRequests(session().capabilities());
    }

    /**
     * <b>R2V-3.1</b> For any valid request, {@code submit} sends one create call that the vendor
     * accepts, and the vendor reads it as the request asked: tier, prompt (exactly, code point for code
     * point), references (count, order, kind, exact URL or data URI), size and duration always; negative
     * prompt, audio guide, audio on/off, shot type, prompt extension, watermark and seed when the
     * provider declares the matching {@code Feature} (undeclared fields are not compared: valid requests
     * leave them at their defaults).
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_3_1}.
     */
    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_3_1)
    default void required_R2V_3_1_sendsValidRequestsFaithfully(@ForAll("kitValidRequests") R2vRequest request) {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        s.client().submit(request);
        List<RecordedRequest> creates = emulator.journal().of(Operation.CREATE);
        assertThat(creates).as("create calls received").hasSize(1);
        R2vRequest read = creates.get(0).decodedRequest().orElseThrow(() -> new AssertionError(
                "the emulator could not read the create body: " + creates.get(0)));
        assertThat(RequestFidelity.differences(request, read, s.capabilities())).as("fields the vendor read"
                + " differently from what was asked").isEmpty();
    }

    /**
     * <b>R2V-3.2</b> The handle {@code submit} returns names the task the vendor created: the provider's
     * id, the vendor's task id, the endpoint; and its token reads back to the same handle.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_3_2}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_3_2)
    default void required_R2V_3_2_handleNamesTheCreatedTask() {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
        assertThat(emulator.tasks()).as("tasks created").hasSize(1);
        assertThat(handle.taskId()).as("the handle's task id").isEqualTo(emulator.tasks().get(0).id());
        assertThat(handle.providerId()).as("the handle's provider").isEqualTo(s.provider().id());
        assertThat(BaseUrlRule.normalize(handle.endpoint())).as("the handle's endpoint")
                .isEqualTo(emulator.baseUrl());
        assertThat(TaskHandle.parse(handle.toToken())).as("the handle read back from its token").isEqualTo(handle);
    }
}
