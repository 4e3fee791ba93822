package dev.wanr2v.testkit.conformance;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.UnexpectedResponseException;
import dev.wanr2v.spi.AccountLimits;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.testkit.example.AcmeProvider;
import java.util.List;

/**
 * Deliberately broken providers for the kit's self-tests. Each wraps the Acme example and gets one
 * thing wrong; all are registered in {@code META-INF/services} under ids of their own. Those that lose or
 * misread the vendor's words are in {@link BrokenReaders}.
 */
public final class BrokenProviders {
    private BrokenProviders() {
    }

    /** Drops the seed from every create call. */
    public static final class SeedDropping extends Wrapper {
        /** For ServiceLoader. */
        public SeedDropping() {
            super("acme-seedless");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public HttpCall createCall(PreparedRequest p) {
                    return acme.createCall(new PreparedRequest(p.request().toBuilder().seed(null).build(),
                            p.references(), p.audioGuide().orElse(null)));
                }
            };
        }
    }

    /** Reads every HTTP 429 as an authentication failure. */
    public static final class ThrottleAsAuthentication extends Wrapper {
        /** For ServiceLoader. */
        public ThrottleAsAuthentication() {
            super("acme-429-auth");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public ErrorInfo readError(Operation operation, HttpReply reply) {
                    ErrorInfo real = acme.readError(operation, reply);
                    return reply.status() != 429 ? real : ErrorInfo.builder(ErrorCategory.AUTHENTICATION)
                            .code(real.code().orElse(null)).message(real.message().orElse(null)).build();
                }
            };
        }
    }

    /**
     * Quotes the API key in the exception it throws when it cannot read an answer, and throws quoting it from
     * readError when an error answer echoes it. (The engine masks the key in a foreign exception it keeps as a
     * cause; an {@code R2vException} of the codec's own goes to the caller as it is, and the engine logs the
     * exception readError threw.)
     */
    public static final class KeyLeaking extends Wrapper {
        /** For ServiceLoader. */
        public KeyLeaking() {
            super("acme-leaky");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            String key = config.apiKey();
            return new Forwarding(acme) {
                @Override
                public Submission readCreate(HttpReply reply) {
                    try {
                        return acme.readCreate(reply);
                    } catch (RuntimeException e) {
                        throw new UnexpectedResponseException("cannot read Acme's answer for key " + key,
                                ErrorDetails.of("acme-leaky"), e);
                    }
                }

                @Override
                public TaskSnapshot readStatus(String taskId, HttpReply reply) {
                    try {
                        return acme.readStatus(taskId, reply);
                    } catch (RuntimeException e) {
                        throw new UnexpectedResponseException("cannot read Acme's answer for key " + key,
                                ErrorDetails.of("acme-leaky"), e);
                    }
                }

                @Override
                public ErrorInfo readError(Operation operation, HttpReply reply) {
                    if (reply.bodyText().contains(key)) {
                        throw new IllegalStateException("cannot read Acme's error answer for key " + key);
                    }
                    return acme.readError(operation, reply);
                }
            };
        }
    }

    /** Takes a status it does not know for success, and declares neither cancel nor cost estimates. */
    public static final class UnknownAsSuccess extends Wrapper {
        private static final Capabilities CAPABILITIES = new AcmeProvider().capabilities().toBuilder()
                .withoutFeature(Feature.CANCEL).withoutFeature(Feature.COST_ESTIMATE).build();

        /** For ServiceLoader. */
        public UnknownAsSuccess() {
            super("acme-optimist", CAPABILITIES);
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public TaskSnapshot readStatus(String taskId, HttpReply reply) {
                    TaskSnapshot s = acme.readStatus(taskId, reply);
                    return s.status() != TaskStatus.UNRECOGNIZED ? s
                            : s.toBuilder().status(TaskStatus.SUCCEEDED).build();
                }
            };
        }
    }

    /** Reports a failure on every snapshot of a task that has not ended, though the vendor gave none. */
    public static final class PhantomFailure extends Wrapper {
        /** For ServiceLoader. */
        public PhantomFailure() {
            super("acme-phantom-failure");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public TaskSnapshot readStatus(String taskId, HttpReply reply) {
                    TaskSnapshot s = acme.readStatus(taskId, reply);
                    return s.status().isTerminal() ? s
                            : s.toBuilder().failure(TaskFailure.of("phantom", "made up by the provider")).build();
                }
            };
        }
    }

    /** Throws from readError on every answer (the engine then falls back on the HTTP status alone). */
    public static final class ThrowingErrorReader extends Wrapper {
        /** For ServiceLoader. */
        public ThrowingErrorReader() {
            super("acme-throwing-errors");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public ErrorInfo readError(Operation operation, HttpReply reply) {
                    throw new IllegalStateException("cannot read an error answer of HTTP " + reply.status());
                }
            };
        }
    }

    /** Reads Acme's refusal to cancel a task that is no longer waiting as an invalid request. */
    public static final class CancelRefusalAsInvalid extends Wrapper {
        /** For ServiceLoader. */
        public CancelRefusalAsInvalid() {
            super("acme-cancel-invalid");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public ErrorInfo readError(Operation operation, HttpReply reply) {
                    ErrorInfo real = acme.readError(operation, reply);
                    return operation != Operation.CANCEL ? real : ErrorInfo.builder(ErrorCategory.INVALID_REQUEST)
                            .code(real.code().orElse(null)).message(real.message().orElse(null)).build();
                }
            };
        }
    }

    /** Reads Acme's quote, given in dollars, as cents. */
    public static final class QuoteInCents extends Wrapper {
        /** For ServiceLoader. */
        public QuoteInCents() {
            super("acme-cents");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public CostEstimate readCostEstimate(HttpReply reply) {
                    CostEstimate real = acme.readCostEstimate(reply);
                    return new CostEstimate(real.amount().movePointRight(2), real.currency(),
                            real.discount().orElse(null), real.raw());
                }
            };
        }
    }

    /** Gives every error it reads an empty hint, where Acme gives none. */
    public static final class BlankHint extends Wrapper {
        /** For ServiceLoader. */
        public BlankHint() {
            super("acme-blank-hint");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public ErrorInfo readError(Operation operation, HttpReply reply) {
                    ErrorInfo real = acme.readError(operation, reply);
                    ErrorInfo.Builder b = ErrorInfo.builder(real.category()).code(real.code().orElse(null))
                            .message(real.message().orElse(null)).requestId(real.requestId().orElse(null))
                            .violations(real.violations()).hint("");
                    real.retryAfter().ifPresent(b::retryAfter);
                    real.retryable().ifPresent(b::retryable);
                    real.createNotAccepted().ifPresent(b::createNotAccepted);
                    return b.build();
                }
            };
        }
    }

    /** Declares ten times the account limits Acme documents. */
    public static final class Greedy extends Wrapper {
        private static final Capabilities CAPABILITIES = new AcmeProvider().capabilities().toBuilder()
                .accountLimits(AccountLimits.documented(100, 400).withRunningTasks(40, true)).build();

        /** For ServiceLoader. */
        public Greedy() {
            super("acme-greedy", CAPABILITIES);
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return acme;
        }
    }

    /**
     * The Acme provider under another id, with a codec of the subclass's making and, optionally, capabilities of
     * its own.
     */
    abstract static class Wrapper implements R2vProvider {
        private final AcmeProvider acme = new AcmeProvider();
        private final String id;
        private final Capabilities capabilities;

        Wrapper(String id) {
            this(id, null);
        }

        /** {@code capabilities} declared by the provider and its codec instead of Acme's. */
        Wrapper(String id, Capabilities capabilities) {
            this.id = id;
            this.capabilities = capabilities;
        }

        abstract ProviderCodec wrap(ProviderCodec acme, ProviderConfig config);

        @Override
        public String id() {
            return id;
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public String displayName() {
            return "Acme, broken on purpose (" + id + ")";
        }

        @Override
        public List<ConfigOption> configOptions() {
            return acme.configOptions();
        }

        @Override
        public Capabilities capabilities() {
            return capabilities != null ? capabilities : acme.capabilities();
        }

        @Override
        public ProviderCodec codec(ProviderConfig config) {
            ProviderCodec codec = wrap(acme.codec(config), config);
            return capabilities == null ? codec : new Forwarding(codec) {
                @Override
                public Capabilities capabilities() {
                    return capabilities;
                }
            };
        }
    }
}
