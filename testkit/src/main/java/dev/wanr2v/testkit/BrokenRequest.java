package dev.wanr2v.testkit;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.Rule;
import java.util.Objects;

/**
 * A request that breaks exactly one core rule, for the capabilities it was generated for.
 *
 * @param rule    the one rule broken; validation must report it, and nothing else
 * @param how     a few words on how it was broken, e.g. {@code "6 references"}, for failure messages
 * @param request the request
 */
public record BrokenRequest(Rule rule, String how, R2vRequest request) {

    /** Checks that nothing is null. */
    public BrokenRequest {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(request, "request");
    }

    /** The stable id of the broken rule, as {@link dev.wanr2v.Violation#ruleId()} reports it. */
    public String ruleId() {
        return rule.id();
    }

    @Override
    public String toString() {
        return rule.id() + " (" + how + ") " + request;
    }
}
