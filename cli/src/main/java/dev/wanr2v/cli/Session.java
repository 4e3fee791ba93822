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

    Session(R2vClient client, Emulator emulator) {
        this.client = client;
        this.emulator = emulator;
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
