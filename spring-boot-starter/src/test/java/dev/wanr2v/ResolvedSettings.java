package dev.wanr2v;

import dev.wanr2v.internal.config.ClientSettings;

/**
 * What a builder resolves to (core's package-private {@code R2v.Builder.resolve()}), so that the starter's
 * tests can check every property reached the builder without sending anything.
 */
public final class ResolvedSettings {
    private ResolvedSettings() {
    }

    public static ClientSettings of(R2v.Builder builder) {
        return builder.resolve();
    }

    /** Whether a client with these settings draws on {@code account} (core's package-private link to it). */
    public static boolean drawsOn(ClientSettings settings, AccountBudget account) {
        return settings.budget().shared() != null && settings.budget().shared() == account.shared();
    }
}
