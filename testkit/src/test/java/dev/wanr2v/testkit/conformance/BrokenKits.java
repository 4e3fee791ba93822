package dev.wanr2v.testkit.conformance;

import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.example.AcmeProtocol;
import java.util.List;

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

    static class ProgressDropping extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.ProgressDropping();
        }

        /** Acme's status answers give a running task's progress ({@code percent}). */
        @Override
        public boolean kitVendorReportsProgress() {
            return true;
        }
    }

    static class CarelessQuoteReader extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenProviders.CarelessQuoteReader();
        }
    }
}
