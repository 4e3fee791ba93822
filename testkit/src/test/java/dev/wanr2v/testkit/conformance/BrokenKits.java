package dev.wanr2v.testkit.conformance;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.example.AcmeProtocol;
import java.util.List;
import java.util.Map;

/**
 * The kit configured for each of the {@link BrokenProviders}, against the Acme emulator. Run only by
 * {@link KitSelfTest}, through the JUnit Platform: these classes fail on purpose.
 */
final class BrokenKits {
    private BrokenKits() {
    }

    /** A kit run against the Acme emulator with Acme's documented errors. */
    abstract static class AgainstAcme extends ProviderConformanceKit {
        @Override
        protected String emulatorId() {
            return "acme";
        }

        @Override
        protected List<DocumentedError> documentedErrors() {
            return AcmeProtocol.DOCUMENTED_ERRORS;
        }
    }

    static class SeedDropping extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.SeedDropping();
        }
    }

    static class ThrottleAsAuthentication extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.ThrottleAsAuthentication();
        }
    }

    static class KeyLeaking extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.KeyLeaking();
        }
    }

    static class WordLosing extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.WordLosing();
        }
    }

    static class Greedy extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.Greedy();
        }
    }

    static class UnknownAsSuccess extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.UnknownAsSuccess();
        }
    }

    static class PhantomFailure extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.PhantomFailure();
        }
    }

    static class ThrowingErrorReader extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.ThrowingErrorReader();
        }
    }

    static class CancelRefusalAsInvalid extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.CancelRefusalAsInvalid();
        }
    }

    static class QuoteInCents extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.QuoteInCents();
        }
    }

    static class BlankHint extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.BlankHint();
        }
    }

    /** The kit told that option {@code model} naming a text-to-video model must be refused. */
    static class ModelIgnoring extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.ModelIgnoring();
        }

        @Override
        public List<Map<String, String>> unservableOptions() {
            return List.of(Map.of("model", "acme-text-to-video"));
        }
    }

    static class StatusErrorBlind extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.StatusErrorBlind();
        }
    }
}
