package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.BrokenRequest;
import dev.wanr2v.testkit.R2vArbitraries;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Rules 8.x, for providers that declare {@code Feature.COST_ESTIMATE} (skipped otherwise): an estimate
 * asks the vendor about exactly the request, creates nothing, and is refused for broken requests before
 * anything is sent.
 */
public interface CostEstimateRules extends ConformanceRules {

    /** Valid requests under the kit's capabilities. */
    @Provide
    default Arbitrary<R2vRequest> kitRequestsToEstimate() {
        return R2vArbitraries.validRequests(session().capabilities());
    }

    /** Requests breaking exactly one rule under the kit's capabilities. */
    @Provide
    default Arbitrary<BrokenRequest> kitBrokenRequestsToEstimate() {
        return R2vArbitraries.brokenRequests(session().capabilities());
    }

    /**
     * <b>R2V-8.1</b> For any valid request, {@code estimateCost} returns a cost of at least zero, creates
     * no task, and the vendor reads the estimate call as the request asked (the fields of rule 3.1), when
     * the emulator decodes it; the estimate is the vendor's quote (amount, currency, discount, and the raw
     * values the provider keeps), when the emulator says what it quoted ({@code VendorProtocol.quote}).
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_8_1}.
     */
    @Property(tries = 20, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_8_1, requires = Requirement.COST_ESTIMATE)
    default void optional_R2V_8_1_estimatesWithoutCreatingATask(@ForAll("kitRequestsToEstimate") R2vRequest request) {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        CostEstimate estimate = s.client().estimateCost(request);
        assertThat(estimate.amount()).as("the estimated amount").isNotNull().isNotNegative();
        assertThat(emulator.createsReceived()).as("create calls").isZero();
        assertThat(emulator.tasksCreated()).as("tasks created").isZero();
        Optional<RecordedRequest> last = emulator.journal().last(Operation.COST_ESTIMATE);
        assertThat(last).as("cost estimate calls").isNotEmpty();
        Optional<R2vRequest> read = last.get().decodedRequest();
        read.ifPresent(r -> assertThat(RequestFidelity.differences(request, r, s.capabilities()))
                .as("fields the vendor read differently from what was asked").isEmpty());
        Optional<CostEstimate> quoted = read.flatMap(r -> emulator.protocol().quote(r));
        quoted.ifPresent(q -> assertThat(quoteProblems(q, estimate)).as("the estimate against the vendor's quote")
                .isEmpty());
    }

    /** What the provider read differently from the vendor's quote; the raw values where it reads them. */
    private static List<String> quoteProblems(CostEstimate quoted, CostEstimate read) {
        List<String> out = new ArrayList<>();
        if (quoted.amount().compareTo(read.amount()) != 0) {
            out.add("amount: the vendor quoted " + quoted.amount() + ", the provider read " + read.amount());
        }
        if (!quoted.currency().equals(read.currency())) {
            out.add("currency: the vendor quoted " + quoted.currency() + ", the provider read " + read.currency());
        }
        boolean sameDiscount = quoted.discount().isEmpty() ? read.discount().isEmpty()
                : read.discount().filter(d -> d.compareTo(quoted.discount().get()) == 0).isPresent();
        if (!sameDiscount) {
            out.add("discount: the vendor quoted " + quoted.discount().orElse(null) + ", the provider read "
                    + read.discount().orElse(null));
        }
        read.raw().forEach((name, value) -> {
            if (!value.equals(quoted.raw().get(name))) {
                out.add("raw " + name + ": the vendor quoted " + quoted.raw().get(name) + ", the provider read "
                        + value);
            }
        });
        return out;
    }

    /**
     * <b>R2V-8.2</b> For any request that breaks exactly one rule, {@code estimateCost} throws an
     * {@code InvalidRequestException} naming that rule, and nothing reaches the vendor.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_8_2}.
     */
    @Property(tries = 20, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_8_2, requires = Requirement.COST_ESTIMATE)
    default void optional_R2V_8_2_estimatesNothingForBrokenRequests(
            @ForAll("kitBrokenRequestsToEstimate") BrokenRequest broken) {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        try {
            s.client().estimateCost(broken.request());
            throw new AssertionError(broken.ruleId() + " (" + broken.how() + "): estimated, though it breaks the rule");
        } catch (InvalidRequestException e) {
            assertThat(e.ruleIds()).as("the rules named for %s", broken).containsOnly(broken.ruleId());
            assertThat(emulator.journal().all()).as("requests that reached the vendor").isEmpty();
        }
    }
}
