package dev.wanr2v.testkit.conformance;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.lifecycle.AfterContainerHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * The kit's jqwik hooks: skips a rule whose {@link Requirement} the provider does not meet (with the
 * reason), prefixes every failure with the provider, the rule and what to check, and closes the kit
 * run's session when its class is done.
 */
final class KitLifecycle implements SkipExecutionHook, AroundPropertyHook, AfterContainerHook {
    private static final Pattern NAME = Pattern.compile("(required|optional)_R2V_(\\d+)_(\\d+)_(\\w+)");

    KitLifecycle() {
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        Optional<Method> method = context.optionalElement().filter(Method.class::isInstance).map(Method.class::cast);
        Optional<KitRule> rule = method.map(m -> m.getAnnotation(KitRule.class));
        Optional<Class<?>> container = context.optionalContainerClass()
                .filter(ProviderConformanceKit.class::isAssignableFrom);
        if (rule.isEmpty() || rule.get().requires() == Requirement.NONE || container.isEmpty()) {
            return SkipResult.doNotSkip();
        }
        Optional<String> unmet;
        try {
            KitSession session = KitSession.of(container.get(),
                    () -> (ProviderConformanceKit) context.newInstance(container.get()));
            unmet = rule.get().requires().unmetBy(session);
        } catch (RuntimeException e) {
            return SkipResult.doNotSkip(); // the rule itself reports why the kit could not start
        }
        return unmet.map(reason -> SkipResult.skip(label(method.get()) + " does not apply: " + reason))
                .orElse(SkipResult.doNotSkip());
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyExecutionResult result = property.execute();
        KitRule rule = context.targetMethod().getAnnotation(KitRule.class);
        if (result.status() != PropertyExecutionResult.Status.FAILED || rule == null) {
            return result;
        }
        Throwable cause = result.throwable().orElse(null);
        String said = cause == null ? "no reason given" : String.valueOf(cause.getMessage()).strip();
        String message = "[" + providerOf(context) + "] " + label(context.targetMethod()) + " failed: " + said
                + "\nIf this fails, check: " + rule.check();
        return result.mapToFailed(new AssertionError(message, cause));
    }

    @Override
    public void afterContainer(ContainerLifecycleContext context) {
        context.optionalContainerClass().ifPresent(KitSession::closeFor);
    }

    private static String providerOf(PropertyLifecycleContext context) {
        Object instance = context.testInstance();
        if (instance instanceof ProviderConformanceKit kit) {
            try {
                return kit.session().providerId();
            } catch (RuntimeException e) {
                return kit.getClass().getSimpleName();
            }
        }
        return context.containerClass().getSimpleName();
    }

    /** {@code rule R2V-3.1 sendsValidRequestsFaithfully (required)}, from the method's name. */
    static String label(Method method) {
        Matcher m = NAME.matcher(method.getName());
        if (!m.matches()) {
            return "rule " + method.getName();
        }
        return "rule R2V-" + m.group(2) + "." + m.group(3) + " " + m.group(4) + " (" + m.group(1) + ")";
    }
}
