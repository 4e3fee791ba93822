package dev.wanr2v.testkit.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.emulator.AccountLimits;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorContext;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import dev.wanr2v.testkit.emulator.Exchange;
import dev.wanr2v.testkit.emulator.Reply;
import dev.wanr2v.testkit.emulator.Route;
import dev.wanr2v.testkit.emulator.TaskFacts;
import dev.wanr2v.testkit.emulator.TaskState;
import dev.wanr2v.testkit.emulator.VendorProtocol;
import dev.wanr2v.testkit.example.AcmeProtocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

        /** Acme's status answers give a running task's progress ({@code percent}). */
        @Override
        public boolean kitVendorReportsProgress() {
            return true;
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
            return new BrokenReaders.WordLosing();
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
            return new BrokenReaders.ProgressDropping();
        }
    }

    static class CarelessQuoteReader extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenReaders.CarelessQuoteReader();
        }
    }

    /** Acme's plain provider against a vendor whose clips also state when their video expires. */
    static class ExpiryDropping extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenReaders.ExpiryDropping();
        }

        @Override
        protected Emulator startEmulator(EmulatorOptions options) {
            return Emulators.start(new ExpiryStatingAcme(), options);
        }
    }

    /**
     * Acme's vendor as it would be if a finished clip stated when its video URL expires ({@code expires_at},
     * epoch seconds): Acme's protocol, with that field in status answers and in the facts it reports.
     */
    static final class ExpiryStatingAcme implements VendorProtocol {
        private final AcmeProtocol acme = new AcmeProtocol();

        @Override
        public String providerId() {
            return acme.providerId();
        }

        @Override
        public Set<Outcome.Kind> outcomes() {
            return acme.outcomes();
        }

        @Override
        public Optional<Route> route(String method, String path) {
            return acme.route(method, path);
        }

        @Override
        public Reply handle(Route route, Exchange exchange, EmulatorContext context) {
            Reply reply = acme.handle(route, exchange, context);
            Instant expires = route.operation() == Operation.STATUS && reply.status() == 200
                    ? context.task(route.taskId()).map(TaskState::expiresAt).orElse(null) : null;
            if (expires == null) {
                return reply;
            }
            try {
                ObjectNode root = (ObjectNode) context.json().readTree(reply.body());
                ((ObjectNode) root.get("clip")).put("expires_at", expires.getEpochSecond());
                return reply.withBody(context.json().writeValueAsBytes(root));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<TaskFacts> facts(TaskState task) {
            return acme.facts(task).map(f -> task.expiresAt() == null || task.status() != TaskStatus.SUCCEEDED ? f
                    : new TaskFacts(f.submittedAt(), f.startedAt(), f.finishedAt(),
                            Instant.ofEpochSecond(task.expiresAt().getEpochSecond()), f.originalPrompt(),
                            f.actualPrompt(), f.usage(), f.failureCode(), f.failureMessage()));
        }

        @Override
        public Optional<CostEstimate> quote(R2vRequest request) {
            return acme.quote(request);
        }

        @Override
        public R2vRequest decodeCreate(byte[] body) {
            return acme.decodeCreate(body);
        }

        @Override
        public AccountLimits documentedLimits() {
            return acme.documentedLimits();
        }

        @Override
        public Reply throttled(AccountLimits.Throttle throttle, EmulatorContext context) {
            return acme.throttled(throttle, context);
        }

        @Override
        public Reply error(int status, String code, String message, EmulatorContext context) {
            return acme.error(status, code, message, context);
        }
    }

    /** The kit told that option {@code model} naming a text-to-video model must be refused. */
    static class ModelIgnoring extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenReaders.ModelIgnoring();
        }

        @Override
        public List<Map<String, String>> unservableOptions() {
            return List.of(Map.of("model", "acme-text-to-video"));
        }
    }

    static class StatusErrorBlind extends AgainstAcme {
        @Override
        protected R2vProvider provider() {
            return new BrokenReaders.StatusErrorBlind();
        }
    }
}
