package dev.wanr2v.testkit.conformance;

import dev.wanr2v.Rule;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the neutral model's rules ({@link Rule}, checked by core for every provider) from a provider's own
 * ones, which its codec's {@code check(..)} adds under its configuration (UniAll's {@code UNIALL-MODEL}
 * when a model id is configured, say).
 */
final class OwnRules {
    private static final Set<String> CORE = Arrays.stream(Rule.values()).map(Rule::id)
            .collect(Collectors.toUnmodifiableSet());

    private OwnRules() {
    }

    /** Whether a rule id is the provider's own, not the neutral model's. */
    static boolean isOwn(String ruleId) {
        return !CORE.contains(ruleId);
    }

    /** Whether the ids name at least one rule, and only rules of the provider's own. */
    static boolean onlyOwn(Collection<String> ruleIds) {
        return !ruleIds.isEmpty() && ruleIds.stream().allMatch(OwnRules::isOwn);
    }
}
