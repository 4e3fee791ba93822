package dev.wanr2v.testkit.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a rule group as a kit rule: what to check when it fails (appended to its failure
 * message) and what the provider must declare for it to apply. The rule's number and name come from
 * the method name, {@code required_R2V_3_1_sendsValidRequestsFaithfully}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface KitRule {

    /**
     * The places to look when the rule fails: the rule's constant in {@link KitAdvice}, which its Javadoc's
     * "If this fails, check: …" shows too, so that the advice is written once.
     */
    String check();

    /** What the provider must declare for the rule to apply; otherwise the rule is skipped with the reason. */
    Requirement requires() default Requirement.NONE;
}
