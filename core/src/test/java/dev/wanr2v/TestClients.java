package dev.wanr2v;

import dev.wanr2v.internal.config.ClientSettings;

/** Gives tests in other packages the resolved settings of a builder. */
public final class TestClients {
    private TestClients() {
    }

    public static ClientSettings settings(R2v.Builder builder) {
        return builder.resolve();
    }
}
