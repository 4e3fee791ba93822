package dev.wanr2v.testkit.emulator;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Starts emulators by provider id. The built-in ones are {@code dashscope}, {@code uniall} and
 * {@code wan26api}; further {@link VendorProtocol}s are found with {@link ServiceLoader}.
 *
 * <pre>{@code
 * try (Emulator emulator = Emulators.start("uniall")) {          // an ephemeral port
 *     client = R2v.builder().provider("uniall").baseUrl(emulator.baseUrl()).apiKey("sk-test").build();
 * }
 * Emulator standalone = Emulators.start("dashscope", 8089);      // the CLI's emulate --port 8089
 * }</pre>
 */
public final class Emulators {
    private Emulators() {
    }

    /** The provider ids that have an emulator, sorted. */
    public static Set<String> providerIds() {
        return protocols().keySet();
    }

    /**
     * A fresh protocol for a provider id.
     *
     * @throws IllegalArgumentException for an id without an emulator, listing the ids there are
     */
    public static VendorProtocol protocol(String providerId) {
        Supplier<VendorProtocol> found = protocols().get(providerId);
        if (found == null) {
            throw new IllegalArgumentException("no emulator for provider '" + providerId + "'; emulators exist for "
                    + providerIds());
        }
        return found.get();
    }

    /**
     * The account limits the provider's vendor documents (DashScope: 5 creates/s, 20 queries/s, 5 running
     * tasks, the rest queued), for {@link EmulatorOptions#withAccountLimits}; {@link AccountLimits#none()}
     * for a vendor that publishes none.
     *
     * @throws IllegalArgumentException for an id without an emulator, listing the ids there are
     */
    public static AccountLimits documentedLimits(String providerId) {
        return protocol(providerId).documentedLimits();
    }

    /** Starts the provider's emulator on an ephemeral loopback port with default options. */
    public static Emulator start(String providerId) {
        return start(providerId, EmulatorOptions.defaults());
    }

    /** Starts the provider's emulator on this loopback port (0 for an ephemeral one) with default options. */
    public static Emulator start(String providerId, int port) {
        return start(providerId, EmulatorOptions.defaults().withPort(port));
    }

    /** Starts the provider's emulator with these options. */
    public static Emulator start(String providerId, EmulatorOptions options) {
        return start(protocol(providerId), options);
    }

    /** Starts an emulator playing this protocol instance. */
    public static Emulator start(VendorProtocol protocol, EmulatorOptions options) {
        return Emulator.start(protocol, options);
    }

    private static Map<String, Supplier<VendorProtocol>> protocols() {
        Map<String, Supplier<VendorProtocol>> out = new TreeMap<>();
        for (ServiceLoader.Provider<VendorProtocol> p : ServiceLoader.load(VendorProtocol.class,
                Emulators.class.getClassLoader()).stream().toList()) {
            out.putIfAbsent(p.get().providerId(), p::get);
        }
        return out;
    }
}
