package dev.wanr2v.testkit.emulator;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.testkit.Outcome;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One vendor's HTTP protocol, as an emulator plays it: which paths are which calls, how a create body
 * decodes to a neutral request, how tasks and errors are written on the wire.
 *
 * <p>The emulator framework does everything else for every protocol: the loopback server, the task
 * clock and scripts, fault injection, the journal, and the signed result files
 * ({@code GET /files/{task}.mp4}, never routed to the protocol). Implementations are independent
 * readings of the vendor's documents: they must not share code with the provider they test.
 *
 * <p>Built-in protocols: {@code dashscope}, {@code uniall}, {@code wan26api}. Others can be added
 * with {@link java.util.ServiceLoader} ({@code META-INF/services/dev.wanr2v.testkit.emulator.VendorProtocol})
 * or passed to {@link Emulators#start(VendorProtocol, EmulatorOptions)}. An instance serves one emulator.
 */
public interface VendorProtocol {

    /** The provider id this protocol emulates, e.g. {@code dashscope}. */
    String providerId();

    /** The outcomes the vendor can report; scripting another one is refused. Default: all four. */
    default Set<Outcome.Kind> outcomes() {
        return EnumSet.allOf(Outcome.Kind.class);
    }

    /** Which call a request is, or empty when the vendor has no such path (answered 404). */
    Optional<Route> route(String method, String path);

    /**
     * Answers one routed call: checks credentials and headers, decodes and checks bodies, creates,
     * reads or cancels tasks through the context, and writes the vendor's answer.
     */
    Reply handle(Route route, Exchange exchange, EmulatorContext context);

    /**
     * What this vendor's answer to a status call reports about the task in this state, besides its
     * status, progress, video URL and failure: times, the prompt as read and rewritten, usage
     * ({@link TaskFacts}), exactly as the answer states them. Rule 4.5 checks that a provider reads each
     * of them faithfully. Default: empty, the protocol does not say (rule 4.5 is skipped).
     */
    default Optional<TaskFacts> facts(TaskState task) {
        return Optional.empty();
    }

    /**
     * The estimate this vendor's answer to a cost-estimate call gives for a request, in neutral terms
     * (amount, currency, discount and the raw values as written). Rule 8.1 checks that a provider reads it
     * faithfully. Default: empty, the protocol does not say (or the vendor gives no estimates).
     */
    default Optional<CostEstimate> quote(R2vRequest request) {
        return Optional.empty();
    }

    /**
     * Where the vendor's documents leave the shape of an answer open, or document alternatives, the shapes
     * this emulator can answer in besides its default, by name (UniAll's "video_url only in
     * result.outputs", say). Rule 4.6 plays a task in each. Default: none.
     */
    default List<String> answerVariants() {
        return List.of();
    }

    /**
     * Answers in the named shape from now on, {@code null} for the default shapes again.
     *
     * @throws IllegalArgumentException for a name {@link #answerVariants()} does not list
     */
    default void answerVariant(String variant) {
        if (variant != null) {
            throw new IllegalArgumentException(providerId() + " answers in one shape only, not " + variant);
        }
    }

    /**
     * The content of a file the vendor stores under this reference, as a create call names it (an upload
     * to the vendor's own storage, such as DashScope's {@code oss://} keys). Rule 3.3 checks that a local
     * file reaches the vendor byte for byte. Default: empty, the vendor stores no files.
     */
    default Optional<byte[]> storedFile(String reference) {
        return Optional.empty();
    }

    /**
     * Decodes a create body to the neutral request it asks for, accepting every documented shape and
     * ignoring unknown fields.
     *
     * @throws WireRejection if the body is not a request the vendor could read
     */
    R2vRequest decodeCreate(byte[] body);

    /**
     * The limits the vendor documents for one account, which {@code wan-r2v emulate} enforces by default
     * and tests can ask for ({@link Emulators#documentedLimits(String)}). Default: none published.
     */
    default AccountLimits documentedLimits() {
        return AccountLimits.none();
    }

    /**
     * The vendor's answer to a call above an account limit (nothing was created). Default: its usual
     * HTTP 429 error, {@code error(429, null, null, context)}.
     */
    default Reply throttled(AccountLimits.Throttle throttle, EmulatorContext context) {
        return error(429, null, null, context);
    }

    /**
     * The vendor's error answer.
     *
     * @param status  the HTTP status
     * @param code    the vendor code, or {@code null} for the vendor's usual code for this status
     * @param message the message, or {@code null} for the vendor's usual message
     */
    Reply error(int status, String code, String message, EmulatorContext context);
}
