package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The kit tests itself: run through the JUnit Platform against deliberately broken providers, it fails
 * each with the intended rule, a message naming the provider and the rule, and passes every other
 * rule (or skips it, with the reason, where the provider does not declare the feature).
 */
class KitSelfTest {
    private static final Pattern RULE = Pattern.compile("(?:required|optional)_R2V_(\\d+)_(\\d+)_\\w+");
    private static final int RULES = 42;

    /** The outcome of each rule of one kit run, by rule number ({@code 3.1}). */
    private record Run(Map<String, TestExecutionResult> finished, Map<String, String> skipped) {
        Set<String> failed() {
            Map<String, TestExecutionResult> out = new TreeMap<>(finished);
            out.values().removeIf(r -> r.getStatus() == TestExecutionResult.Status.SUCCESSFUL);
            return out.keySet();
        }

        Set<String> passed() {
            Map<String, TestExecutionResult> out = new TreeMap<>(finished);
            out.values().removeIf(r -> r.getStatus() != TestExecutionResult.Status.SUCCESSFUL);
            return out.keySet();
        }

        String message(String rule) {
            return finished.get(rule).getThrowable().map(Throwable::getMessage).orElse("");
        }
    }

    private static Run run(Class<?> kit) {
        EngineExecutionResults results = EngineTestKit.engine("jqwik").selectors(selectClass(kit)).execute();
        Map<String, TestExecutionResult> finished = new TreeMap<>();
        results.testEvents().finished().stream()
                .forEach(e -> finished.put(rule(e), e.getRequiredPayload(TestExecutionResult.class)));
        Map<String, String> skipped = new TreeMap<>();
        results.testEvents().skipped().stream().forEach(e -> skipped.put(rule(e), e.getRequiredPayload(String.class)));
        assertThat(finished.size() + skipped.size()).as("rules run or skipped").isEqualTo(RULES);
        return new Run(finished, skipped);
    }

    private static String rule(Event event) {
        String method = ((MethodSource) event.getTestDescriptor().getSource().orElseThrow()).getMethodName();
        Matcher m = RULE.matcher(method);
        assertThat(m.matches()).as("a rule name: %s", method).isTrue();
        return m.group(1) + "." + m.group(2);
    }

    private static void failsOnlyWith(Run run, String provider, Set<String> intended, Set<String> allowed) {
        assertThat(run.failed()).as("rules failed").containsAll(intended);
        assertThat(allowed).as("rules failed, beyond those that may").containsAll(run.failed());
        for (String rule : run.failed()) {
            assertThat(run.message(rule)).as("the message of rule %s", rule)
                    .contains("[" + provider + "]", "rule R2V-" + rule + " ", "\nIf this fails, check: " + advice(rule));
        }
    }

    /** The advice of rule {@code 3.1}: constant {@code KitAdvice.R2V_3_1}. */
    private static String advice(String rule) {
        try {
            return (String) KitAdvice.class.getField("R2V_" + rule.replace('.', '_')).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("KitAdvice has no constant for rule " + rule, e);
        }
    }

    /**
     * Each rule's advice is written once, in {@link KitAdvice}: the rule's annotation names its constant,
     * its Javadoc shows that constant ({@code {@value}}) and says nothing else after "If this fails, check:",
     * and every constant belongs to a rule.
     */
    @Test
    void eachRuleStatesItsAdviceOnce() throws Exception {
        List<Method> rules = Arrays.stream(ProviderConformanceKit.class.getMethods())
                .filter(m -> m.isAnnotationPresent(KitRule.class)).toList();
        assertThat(rules).hasSize(RULES);
        Set<String> constants = new java.util.TreeSet<>();
        Arrays.stream(KitAdvice.class.getFields()).forEach(f -> constants.add(f.getName()));
        StringBuilder sources = new StringBuilder();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/dev/wanr2v/testkit/conformance"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith("Rules.java")).toList()) {
                sources.append(java.nio.file.Files.readString(f));
            }
        }
        for (Method rule : rules) {
            Matcher m = RULE.matcher(rule.getName());
            assertThat(m.matches()).as(rule.getName()).isTrue();
            String number = m.group(1) + "." + m.group(2);
            String constant = "R2V_" + m.group(1) + "_" + m.group(2);
            assertThat(rule.getAnnotation(KitRule.class).check()).as("the advice of rule %s", number)
                    .isEqualTo(advice(number));
            assertThat(sources).as("the Javadoc of rule %s", number)
                    .contains("If this fails, check: {@value KitAdvice#" + constant + "}.\n     */");
            constants.remove(constant);
        }
        assertThat(constants).as("advice no rule uses").isEmpty();
        assertThat(Pattern.compile("If this fails, check:").matcher(sources).results().count())
                .as("'If this fails, check:' in the rules' sources").isEqualTo(RULES);
    }

    /**
     * jqwik bounds shrinking to 10 s, then reports and moves on while the abandoned shrink goes on calling
     * the shared client and emulator in the background; on a loaded machine its calls landed in the next
     * rule (a foreign create consumed that rule's injected fault and was counted as its own). The kit's
     * rules therefore never shrink: a failure shows the sample drawn, with its seed.
     */
    @Test
    void noRuleShrinks() {
        List<String> shrinking = Arrays.stream(ProviderConformanceKit.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Property.class))
                .filter(m -> m.getAnnotation(Property.class).shrinking() != ShrinkingMode.OFF)
                .map(Method::getName).sorted().toList();
        assertThat(shrinking).as("rules that shrink").isEmpty();
    }

    @Test
    void aProviderThatDropsTheSeedFailsFidelity() {
        Run run = run(BrokenKits.SeedDropping.class);
        failsOnlyWith(run, "acme-seedless", Set.of("3.1"), Set.of("3.1"));
        assertThat(run.message("3.1")).contains("seed: asked");
        assertThat(run.skipped()).containsOnlyKeys("3.3", "1.7");
        assertThat(run.skipped().get("3.3")).contains("acme-seedless takes no local files");
    }

    @Test
    void aProviderThatReadsThrottlingAsAuthenticationFailsErrorMapping() {
        Run run = run(BrokenKits.ThrottleAsAuthentication.class);
        // a wait also gives up on a status call throttled three times in a row (6.3), when the dice say so
        failsOnlyWith(run, "acme-429-auth", Set.of("5.1", "5.2"), Set.of("5.1", "5.2", "6.3"));
        assertThat(run.message("5.1")).contains("slow_down -> RATE_LIMITED: got AUTHENTICATION");
        assertThat(run.message("5.2")).contains("HTTP 429").contains("got AUTHENTICATION");
        assertThat(run.passed()).contains("6.2");
    }

    @Test
    void aProviderThatLeaksTheKeyFailsTheSecretRules() {
        Run run = run(BrokenKits.KeyLeaking.class);
        // the key leaks through the codec's own exception (9.1) and into the log through a throwing readError (9.2)
        // its readStatus cannot read an error inside a 200 answer either (5.7, and its category: 4.9)
        failsOnlyWith(run, "acme-leaky", Set.of("9.1", "9.2"), Set.of("9.1", "9.2", "5.7", "4.9"));
        assertThat(run.message("9.1")).contains("UnexpectedResponseException");
        assertThat(run.message("9.2")).contains("IllegalStateException");
        assertThat(run.passed()).contains("5.3", "5.4");
    }

    @Test
    void aProviderThatDeclaresMoreThanTheVendorAllowsFailsTheBudgetRule() {
        EngineExecutionResults results = EngineTestKit.engine("jqwik")
                .selectors(selectMethod(BrokenKits.Greedy.class, "optional_R2V_6_4_keepsToTheAccountsLimits")).execute();
        List<Event> finished = results.testEvents().finished().list();
        assertThat(finished).hasSize(1);
        TestExecutionResult result = finished.get(0).getRequiredPayload(TestExecutionResult.class);
        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(result.getThrowable().orElseThrow().getMessage()).contains("[acme-greedy]", "rule R2V-6.4 ",
                "calls throttled by the vendor's limits (10 creates/s, 40 queries/s, 4 running (the rest queue))",
                "the provider declares 100 creates/s, 400 queries/s", "\nIf this fails, check: " + advice("6.4"));
    }

    @Test
    void aProviderThatTakesUnknownStatusesForSuccessFailsTheLifecycleRules() {
        Run run = run(BrokenKits.UnknownAsSuccess.class);
        failsOnlyWith(run, "acme-optimist", Set.of("4.4"), Set.of("4.1", "4.3", "4.4"));
        assertThat(run.message("4.4")).contains("the end of the wait");
        assertThat(run.skipped()).containsOnlyKeys("1.7", "3.3", "5.9", "7.1", "7.2", "7.3", "8.1", "8.2");
        assertThat(run.skipped().get("7.1")).contains("acme-optimist does not declare Feature.CANCEL");
        assertThat(run.skipped().get("8.1")).contains("acme-optimist does not declare Feature.COST_ESTIMATE");
    }

    @Test
    void aProviderThatMakesUpAFailureFailsTheReportedFacts() {
        Run run = run(BrokenKits.PhantomFailure.class);
        // a wait also gives up on a status call throttled three times in a row (6.3), when the dice say so
        failsOnlyWith(run, "acme-phantom-failure", Set.of("4.6"), Set.of("4.5", "4.6", "6.3"));
        assertThat(run.message("4.6")).contains("a RUNNING snapshot (\"working\") carries a failure");
        assertThat(run.passed()).contains("4.1", "4.3");
    }

    @Test
    void aProviderWhoseErrorReadingThrowsFailsErrorMappingThoughTheEngineHidesIt() {
        Run run = run(BrokenKits.ThrowingErrorReader.class);
        // a task the vendor forgot is answered 404, which the engine's fallback cannot tell from a bad path (4.1)
        failsOnlyWith(run, "acme-throwing-errors", Set.of("5.1", "5.2", "5.5", "5.6"),
                Set.of("4.1", "5.1", "5.2", "5.5", "5.6", "6.3"));
        assertThat(run.message("5.2")).contains("HTTP 429").contains("the codec's readError threw");
        assertThat(run.passed()).contains("6.1", "6.2");
    }

    @Test
    void aProviderThatGivesAnEmptyHintFailsTheWordingRule() {
        Run run = run(BrokenKits.BlankHint.class);
        failsOnlyWith(run, "acme-blank-hint", Set.of("5.6"), Set.of("5.6"));
        assertThat(run.message("5.6")).contains("with a blank [hint (\"\")]");
        assertThat(run.passed()).contains("5.1", "5.2", "5.5");
    }

    @Test
    void aProviderThatLosesTheVendorsWordsFailsTheirRules() {
        Run run = run(BrokenKits.WordLosing.class);
        // an error inside a 200 status answer read as unreadable also loses its category (4.9)
        failsOnlyWith(run, "acme-word-losing", Set.of("5.7", "5.8", "9.3"), Set.of("5.7", "5.8", "9.3", "4.9"));
        assertThat(run.message("5.7")).contains("create, bad_request: the exception", "carries vendor code none",
                "cancel, bad_request: read the task as canceled");
        assertThat(run.message("5.8")).contains("does not say \"" + ErrorShapeRules.GATEWAY_PAGE_TITLE + "\"");
        assertThat(run.message("9.3")).contains("the codec's toString()");
        assertThat(run.passed()).contains("5.1", "5.2", "5.6", "9.1");
    }

    @Test
    void aProviderThatReadsACancelRefusalAsInvalidFailsCancel() {
        Run run = run(BrokenKits.CancelRefusalAsInvalid.class);
        failsOnlyWith(run, "acme-cancel-invalid", Set.of("7.2"), Set.of("7.2", "6.3"));
        assertThat(run.message("7.2")).contains("the category of the refusal").contains("INVALID_REQUEST");
        assertThat(run.passed()).contains("7.1", "7.3");
    }

    @Test
    void aProviderThatMisreadsTheQuoteFailsCostEstimates() {
        Run run = run(BrokenKits.QuoteInCents.class);
        failsOnlyWith(run, "acme-cents", Set.of("8.1"), Set.of("8.1", "6.3"));
        assertThat(run.message("8.1")).contains("amount: the vendor quoted");
        assertThat(run.passed()).contains("8.2");
    }

    @Test
    void aProviderThatReadsNoProgressFailsTheProgressRule() {
        Run run = run(BrokenKits.ProgressDropping.class);
        failsOnlyWith(run, "acme-progressless", Set.of("4.7"), Set.of("4.7", "6.3"));
        assertThat(run.message("4.7")).contains("one with progress 0.4").contains("no progress");
        assertThat(run.passed()).contains("4.2");
    }

    @Test
    void aProviderThatReadsHostileQuotesCarelesslyFailsTheHostileEstimateRule() {
        Run run = run(BrokenKits.CarelessQuoteReader.class);
        failsOnlyWith(run, "acme-careless-quote", Set.of("5.9"), Set.of("5.9", "6.3"));
        assertThat(run.message("5.9")).contains("NullPointerException");
        assertThat(run.passed()).contains("8.1", "5.3");
    }

    @Test
    void aProviderThatDropsTheVideosStatedExpiryFailsTheKeptFacts() {
        Run run = run(BrokenKits.ExpiryDropping.class);
        failsOnlyWith(run, "acme-no-expiry", Set.of("4.8"), Set.of("4.8", "6.3"));
        assertThat(run.message("4.8")).contains("videoExpiresAt: the vendor's answer gives", "the snapshot none");
        assertThat(run.passed()).contains("4.5", "4.6");
    }

    @Test
    void aProviderThatIgnoresAnOptionItCannotServeFailsTheOptionRule() {
        Run run = run(BrokenKits.ModelIgnoring.class);
        failsOnlyWith(run, "acme-any-model", Set.of("1.7"), Set.of("1.7", "6.3"));
        assertThat(run.message("1.7")).contains("{model=acme-text-to-video}", "submitted as task",
                "the vendor received");
        assertThat(run.passed()).contains("1.5", "2.1", "3.1");
    }

    @Test
    void aProviderThatReadsAnErrorInAStatusAnswerAsUnexpectedFailsTheStatusErrorRule() {
        Run run = run(BrokenKits.StatusErrorBlind.class);
        failsOnlyWith(run, "acme-status-error-blind", Set.of("4.9"), Set.of("4.9", "6.3"));
        assertThat(run.message("4.9")).contains("bad_key: UNEXPECTED_RESPONSE", "documented as AUTHENTICATION");
        assertThat(run.passed()).contains("5.7", "4.1");
    }
}
