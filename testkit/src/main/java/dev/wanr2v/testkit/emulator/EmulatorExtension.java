package dev.wanr2v.testkit.emulator;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs an emulator around JUnit 5 tests.
 *
 * <pre>{@code
 * class AcmeClientTest {
 *     @RegisterExtension
 *     static final EmulatorExtension DASHSCOPE = EmulatorExtension.of("dashscope");
 *
 *     @Test
 *     void submits() {
 *         Emulator emulator = DASHSCOPE.emulator();   // fresh state for every test
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>In a static field the emulator starts once for the class and is {@link Emulator#reset() reset}
 * before each test; in an instance field it starts and stops around each test. jqwik properties do
 * not run JUnit Jupiter extensions: there, use try-with-resources around {@link Emulators#start}.
 */
public final class EmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    private final Supplier<VendorProtocol> protocol;
    private final EmulatorOptions options;
    private volatile Emulator emulator;
    private volatile boolean perClass;

    private EmulatorExtension(Supplier<VendorProtocol> protocol, EmulatorOptions options) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The provider's emulator with default options. */
    public static EmulatorExtension of(String providerId) {
        return of(providerId, EmulatorOptions.defaults());
    }

    /** The provider's emulator with these options. */
    public static EmulatorExtension of(String providerId, EmulatorOptions options) {
        Emulators.protocol(providerId);
        return new EmulatorExtension(() -> Emulators.protocol(providerId), options);
    }

    /** An emulator of a protocol of your own. */
    public static EmulatorExtension of(Supplier<VendorProtocol> protocol, EmulatorOptions options) {
        return new EmulatorExtension(protocol, options);
    }

    /**
     * The running emulator.
     *
     * @throws IllegalStateException outside a test
     */
    public Emulator emulator() {
        Emulator running = emulator;
        if (running == null) {
            throw new IllegalStateException("the emulator runs only during tests; register this extension with "
                    + "@RegisterExtension");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        emulator = Emulators.start(protocol.get(), options);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            emulator = Emulators.start(protocol.get(), options);
        } else {
            emulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private void stop() {
        Emulator running = emulator;
        emulator = null;
        if (running != null) {
            running.close();
        }
    }
}
