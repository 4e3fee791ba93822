package dev.wanr2v.testkit.conformance;

/**
 * What every group of rules needs: the kit run it checks. {@link ProviderConformanceKit} implements it;
 * a rule group can also be mixed into a test class of your own that implements {@link #session()}.
 */
public interface ConformanceRules {

    /** The kit run: the provider under test, its emulator and clients. */
    KitSession session();
}
