package dev.wanr2v.testkit.conformance;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.VendorErrorException;
import java.util.List;

/**
 * More of the kit's deliberately broken providers ({@link BrokenProviders}): Acme wrappers that lose or
 * misread what the vendor says (rules 1.7, 4.7, 4.8, 4.9, 5.7, 5.8, 5.9, 9.3), each failing its rule.
 */
public final class BrokenReaders {
    private BrokenReaders() {
    }

    /**
     * Loses the vendor's words three ways: an error inside a success answer is read as an unreadable answer
     * (a create, a status) or as an accepted cancel (5.7); a body that is not Acme's JSON is read as a message
     * that says nothing of it (5.8); its {@code toString()} shows the key (9.3).
     */
    public static final class WordLosing extends BrokenProviders.Wrapper {
        /** For ServiceLoader. */
        public WordLosing() {
            super("acme-word-losing");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public Submission readCreate(HttpReply reply) {
                    try {
                        return acme.readCreate(reply);
                    } catch (VendorErrorException e) {
                        throw new IllegalStateException("no clip in the answer");
                    }
                }

                @Override
                public TaskSnapshot readStatus(String taskId, HttpReply reply) {
                    try {
                        return acme.readStatus(taskId, reply);
                    } catch (VendorErrorException e) {
                        throw new IllegalStateException("no clip in the answer");
                    }
                }

                @Override
                public void readCancel(String taskId, HttpReply reply) {
                    // every 2xx answer taken for an accepted cancel
                }

                @Override
                public ErrorInfo readError(Operation operation, HttpReply reply) {
                    ErrorInfo real = acme.readError(operation, reply);
                    return real.message().isPresent() ? real : ErrorInfo.builder(real.category())
                            .code(real.code().orElse(null)).message("not Acme's answer").build();
                }

                @Override
                public String toString() {
                    return "AcmeCodec[" + config.apiKey() + "]";
                }
            };
        }
    }

    /** Reads no progress: every snapshot it reads leaves it out, though Acme's answers give it. */
    public static final class ProgressDropping extends BrokenProviders.Wrapper {
        /** For ServiceLoader. */
        public ProgressDropping() {
            super("acme-progressless");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public TaskSnapshot readStatus(String taskId, HttpReply reply) {
                    return acme.readStatus(taskId, reply).toBuilder().progress(null).build();
                }
            };
        }
    }

    /** Reads a quote it cannot make sense of carelessly: a NullPointerException where Acme throws its own. */
    public static final class CarelessQuoteReader extends BrokenProviders.Wrapper {
        /** For ServiceLoader. */
        public CarelessQuoteReader() {
            super("acme-careless-quote");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public CostEstimate readCostEstimate(HttpReply reply) {
                    try {
                        return acme.readCostEstimate(reply);
                    } catch (RuntimeException e) {
                        throw new NullPointerException("amount");
                    }
                }
            };
        }
    }

    /**
     * Acme's codec as it is, which reads no expiry: run against a vendor whose answers state one
     * ({@code BrokenKits.ExpiryStatingAcme}), it drops a fact the vendor reported.
     */
    public static final class ExpiryDropping extends BrokenProviders.Wrapper {
        /** For ServiceLoader. */
        public ExpiryDropping() {
            super("acme-no-expiry");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return acme;
        }
    }

    /**
     * Declares an option {@code model}, a model id to send, and ignores it: sends Acme's model whatever the
     * option names, even a model that cannot serve the request.
     */
    public static final class ModelIgnoring extends BrokenProviders.Wrapper {
        private static final List<ConfigOption> OPTIONS = List.of(ConfigOption.apiKey("ACME_API_KEY"),
                ConfigOption.baseUrl("https://api.acme-clips.example", "ACME_BASE_URL"),
                ConfigOption.optional("model", "the model id to send instead of Acme's own", null, "ACME_MODEL"));

        /** For ServiceLoader. */
        public ModelIgnoring() {
            super("acme-any-model");
        }

        @Override
        public List<ConfigOption> configOptions() {
            return OPTIONS;
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return acme;
        }
    }

    /** Reads an error inside a 200 status answer as an unexpected answer, keeping its code and message. */
    public static final class StatusErrorBlind extends BrokenProviders.Wrapper {
        /** For ServiceLoader. */
        public StatusErrorBlind() {
            super("acme-status-error-blind");
        }

        @Override
        ProviderCodec wrap(ProviderCodec acme, ProviderConfig config) {
            return new Forwarding(acme) {
                @Override
                public TaskSnapshot readStatus(String taskId, HttpReply reply) {
                    try {
                        return acme.readStatus(taskId, reply);
                    } catch (VendorErrorException e) {
                        throw new VendorErrorException(ErrorInfo.builder(ErrorCategory.UNEXPECTED_RESPONSE)
                                .code(e.error().code().orElse(null)).message(e.error().message().orElse(null))
                                .build());
                    }
                }
            };
        }
    }
}
