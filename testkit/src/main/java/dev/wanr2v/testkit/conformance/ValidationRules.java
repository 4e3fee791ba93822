package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.R2vClient;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.testkit.BrokenRequest;
import dev.wanr2v.testkit.R2vArbitraries;
import dev.wanr2v.testkit.emulator.Emulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Rules 2.x: a request that breaks a rule is refused before anything reaches the wire, so it can never
 * cost money. Requests come from {@link R2vArbitraries#brokenRequests}, each breaking exactly one rule
 * under the provider's declared capabilities.
 */
public interface ValidationRules extends ConformanceRules {

    /** Requests breaking exactly one rule under the kit's capabilities. */
    @Provide
    default Arbitrary<BrokenRequest> kitBrokenRequests() {
        return R2vArbitraries.brokenRequests(session().capabilities());
    }

    /**
     * <b>R2V-2.1</b> For any request that breaks exactly one rule, {@code submit} throws an
     * {@link InvalidRequestException} whose violations name exactly that rule of the neutral model (besides
     * any rules of the provider's own that its configuration adds), and the emulator receives no request at
     * all.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_2_1}.
     */
    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_2_1)
    default void required_R2V_2_1_refusesBrokenRequestsBeforeSending(@ForAll("kitBrokenRequests") BrokenRequest broken) {
        Optional<String> problem = refusal(session(), session().client(), broken);
        assertThat(problem).as("%s", broken).isEmpty();
    }

    /**
     * <b>R2V-2.2</b> Every rule a request can break alone under the provider's capabilities
     * ({@link R2vArbitraries#breakableRules}) is enforced: three requests breaking each are refused as in
     * 2.1. Rule 2.1 samples at random; this one covers every rule.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_2_2}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_2_2)
    default void required_R2V_2_2_enforcesEveryBreakableRule() {
        KitSession s = session();
        Set<Rule> rules = R2vArbitraries.breakableRules(s.capabilities());
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules) {
            for (BrokenRequest broken : R2vArbitraries.brokenRequests(s.capabilities(), rule).sampleStream().limit(3)
                    .toList()) {
                refusal(s, s.client(), broken).ifPresent(problems::add);
            }
        }
        assertThat(problems).as("requests not refused as they should be (of %s rules)", rules.size()).isEmpty();
    }

    /** What is wrong with the way {@code client} refused {@code broken}, or empty if it was refused properly. */
    private static Optional<String> refusal(KitSession session, R2vClient client, BrokenRequest broken) {
        Emulator emulator = session.freshEmulator();
        String what = broken.ruleId() + " (" + broken.how() + ")";
        try {
            client.submit(broken.request());
            return Optional.of(what + ": submitted, though it breaks the rule");
        } catch (InvalidRequestException e) {
            Set<String> rules = new TreeSet<>(e.ruleIds());
            rules.removeIf(OwnRules::isOwn);
            if (!rules.equals(Set.of(broken.ruleId()))) {
                return Optional.of(what + ": refused for " + rules + " instead: "
                        + e.violations().stream().map(Violation::toString).toList());
            }
            if (e.httpStatus().isPresent() || emulator.journal().size() > 0) {
                return Optional.of(what + ": refused, but only after " + emulator.journal().size()
                        + " request(s) reached the vendor " + emulator.journal().all());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(what + ": threw " + e + " instead of an InvalidRequestException");
        }
    }
}
