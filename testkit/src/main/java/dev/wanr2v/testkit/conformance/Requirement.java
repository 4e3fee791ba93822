package dev.wanr2v.testkit.conformance;

import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.LocalMediaRoute;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** A precondition of a rule; a rule whose precondition does not hold is skipped with the reason. */
enum Requirement {
    /** Always applies. */
    NONE,
    /** The provider declares {@link Feature#CANCEL}. */
    CANCEL,
    /** The provider declares {@link Feature#COST_ESTIMATE}. */
    COST_ESTIMATE,
    /** The provider takes local files ({@code Capabilities.localMedia()} is not {@code NONE}). */
    LOCAL_MEDIA,
    /** The emulator says what its status answers report besides the status ({@code VendorProtocol.facts}). */
    TASK_FACTS,
    /** The kit knows documented errors of the vendor. */
    DOCUMENTED_ERRORS,
    /** The provider has an option that must be set and has no default. */
    REQUIRED_OPTION,
    /** The provider declares the vendor's documented account limits. */
    DOCUMENTED_LIMITS,
    /** SLF4J writes through slf4j-simple, whose output the kit can read. */
    SIMPLE_LOGGER,
    /** The kit subclass names option settings the provider cannot serve ({@code unservableOptions()}). */
    UNSERVABLE_OPTIONS,
    /** The vendor's documents give a running task's progress ({@code kitVendorReportsProgress()}). */
    REPORTED_PROGRESS;

    /** Why the rule does not apply to this kit run, or empty if it does. */
    Optional<String> unmetBy(KitSession session) {
        String id = session.providerId();
        return switch (this) {
            case NONE -> Optional.empty();
            case CANCEL -> feature(session, Feature.CANCEL);
            case COST_ESTIMATE -> feature(session, Feature.COST_ESTIMATE);
            case LOCAL_MEDIA -> session.capabilities().localMedia() != LocalMediaRoute.NONE ? Optional.empty()
                    : Optional.of(id + " takes no local files (Capabilities.localMedia() is NONE)");
            case TASK_FACTS -> session.emulator().protocol().facts(KitRequests.probeTask(session.capabilities()))
                    .isPresent() ? Optional.empty()
                    : Optional.of("the " + session.emulator().providerId() + " emulator does not say what its status"
                            + " answers report (VendorProtocol.facts)");
            case DOCUMENTED_ERRORS -> session.documentedErrors().isEmpty()
                    ? Optional.of("the kit knows no documented errors of this vendor; override documentedErrors()"
                            + " to list the vendor's codes and their neutral categories")
                    : Optional.empty();
            case REQUIRED_OPTION -> session.provider().configOptions().stream()
                    .anyMatch(o -> o.required() && o.defaultValue() == null) ? Optional.empty()
                    : Optional.of(id + " has no option that must be set");
            case DOCUMENTED_LIMITS -> session.capabilities().accountLimits().documented() ? Optional.empty()
                    : Optional.of(id + " declares no documented account limits (AccountLimits.UNDOCUMENTED: its vendor"
                            + " publishes none), so there is no budget to drive it above");
            case SIMPLE_LOGGER -> simpleLogger();
            case UNSERVABLE_OPTIONS -> session.kit().unservableOptions().isEmpty()
                    ? Optional.of("the kit names no option settings " + id + " cannot serve (override"
                            + " unservableOptions() to list them)")
                    : Optional.empty();
            case REPORTED_PROGRESS -> session.kit().kitVendorReportsProgress() ? Optional.empty()
                    : Optional.of("the kit does not know " + id + "'s vendor to report a running task's progress"
                            + " (override kitVendorReportsProgress() if its documents give one)");
        };
    }

    private static Optional<String> feature(KitSession session, Feature feature) {
        return session.capabilities().supports(feature) ? Optional.empty()
                : Optional.of(session.providerId() + " does not declare Feature." + feature.name());
    }

    private static Optional<String> simpleLogger() {
        String factory = LoggerFactory.getILoggerFactory().getClass().getName();
        return factory.startsWith("org.slf4j.simple.") ? Optional.empty()
                : Optional.of("SLF4J logs through " + factory + "; the kit reads the lines of slf4j-simple only"
                        + " (add org.slf4j:slf4j-simple to the test class path to have them checked)");
    }
}
