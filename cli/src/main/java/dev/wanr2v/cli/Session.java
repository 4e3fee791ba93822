package dev.wanr2v.cli;

import dev.wanr2v.R2vClient;
import dev.wanr2v.testkit.emulator.Emulator;
import java.util.Optional;

/**
 * A client for one command, and the in-process emulator behind it with {@code --emulate}. Closing it
 * closes both: an emulator lives exactly as long as the command that started it.
 */
public final class Session implements AutoCloseable {
    private final R2vClient client;
    private final Emulator emulator;
    private final boolean keyless;

    Session(R2vClient client, Emulator emulator) {
        this(client, emulator, false);
    }

    /** {@code keyless}: a dry run's client, with a placeholder instead of an API key. */
    Session(R2vClient client, Emulator emulator, boolean keyless) {
        this.client = client;
        this.emulator = emulator;
        this.keyless = keyless;
    }

    /** Whether the client has a placeholder instead of an API key (a dry run without one). */
    public boolean keyless() {
        return keyless;
    }

    /** The client. */
    public R2vClient client() {
        return client;
    }

    /** The provider id. */
    public String providerId() {
        return client.provider().id();
    }

    /** The emulator, with {@code --emulate}. */
    public Optional<Emulator> emulator() {
        return Optional.ofNullable(emulator);
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }
}
