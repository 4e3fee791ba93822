package dev.wanr2v.testkit.conformance;

/**
 * What to check when a kit rule fails, one constant per rule, written once: the rule's Javadoc shows it
 * (its "If this fails, check: …" is {@code {@value}} of the constant) and the kit appends it to the rule's
 * failure message. A rule's constant is named like the rule: {@code R2V_3_1} for rule R2V-3.1.
 */
public final class KitAdvice {
    /** Rule 1.1. */
    public static final String R2V_1_1 = "META-INF/services/dev.wanr2v.spi.R2vProvider (its name, and the class"
            + " name in it), that the class is public with a public no-argument constructor, and that the jar"
            + " under test holds both";
    /** Rule 1.2. */
    public static final String R2V_1_2 = "id() returns one constant (lower-case letters, digits, '.', '_' or '-',"
            + " at most 64 characters) that no other provider jar on the test class path uses, and displayName()"
            + " is not blank";
    /** Rule 1.3. */
    public static final String R2V_1_3 = "spiVersion() returns SPI_VERSION, and the provider was compiled against"
            + " the core version on the class path";
    /** Rule 1.4. */
    public static final String R2V_1_4 = "the Capabilities the provider builds, against the model's limits (at most"
            + " 5 references, 5 images and 3 videos, durations 2..15 s, the ten standard sizes) and the vendor's"
            + " documented limits";
    /** Rule 1.5. */
    public static final String R2V_1_5 = "configOptions() (unique names, descriptions, a secret apiKey, a baseUrl"
            + " option) and that codec(config) honours baseUrl and every option the kit subclass sets";
    /** Rule 1.6. */
    public static final String R2V_1_6 = "codec(config) reads required options with ProviderConfig.require(..),"
            + " apiKey() or baseUrl(), which name the option and every way to set it";
    /** Rule 2.1. */
    public static final String R2V_2_1 = "the declared Capabilities (validation follows them), and that the codec's"
            + " check(..) adds only violations of provider-specific rules";
    /** Rule 2.2. */
    public static final String R2V_2_2 = "the declared Capabilities; the message names each rule that was not"
            + " enforced";
    /** Rule 3.1. */
    public static final String R2V_3_1 = "the create body's field names, nesting and types against the vendor's"
            + " documents, and which optional fields are left out when unset";
    /** Rule 3.2. */
    public static final String R2V_3_2 = "readCreate takes the task id from the field the vendor documents (not a"
            + " request id), and codec.endpoint() is the configured base URL";
    /** Rule 3.3. */
    public static final String R2V_3_3 = "the declared localMedia route; for PROVIDER_UPLOAD the upload codec (grant"
            + " call, upload form, the reference readUpload returns) and the headers the create call needs for"
            + " uploaded files; for DATA_URI that the prepared media's value goes on the wire as it is";
    /** Rule 4.1. */
    public static final String R2V_4_1 = "the mapping of every documented status word, where the video URL and the"
            + " failure code are read from, the category of a failed task's documented code, and that a 'no such"
            + " task' answer reads as TASK_EXPIRED (readError for a status call)";
    /** Rule 4.2. */
    public static final String R2V_4_2 = "the scale of the vendor's progress field (0..1 or percent) and where it"
            + " is read from";
    /** Rule 4.3. */
    public static final String R2V_4_3 = "the status mapping (an unknown word maps to UNRECOGNIZED) and that"
            + " rawStatus keeps the vendor's string";
    /** Rule 4.4. */
    public static final String R2V_4_4 = "the status mapping's default branch (UNRECOGNIZED, never a success or a"
            + " failure) and that rawStatus keeps the vendor's word";
    /** Rule 4.5. */
    public static final String R2V_4_5 = "that readStatus reads every time (its time zone and unit), prompt and usage"
            + " figure the vendor reports, from the field the vendor documents, and that a failure or a video URL"
            + " is read only when the vendor gives one";
    /** Rule 4.6. */
    public static final String R2V_4_6 = "that readStatus reads every documented place of the video URL and shape of"
            + " a failure (an object, a bare message, none), every documented status word, codes sent as numbers,"
            + " and the failure category of documented content rejections and invalid requests";
    /** Rule 5.1. */
    public static final String R2V_5_1 = "the provider's table of vendor codes, and where readError reads the code"
            + " from; the message lists each code with the category expected and the one seen";
    /** Rule 5.2. */
    public static final String R2V_5_2 = "readError's fallback on the HTTP status for codes not in the provider's"
            + " table (the SPI's StatusFallback gives the standard one)";
    /** Rule 5.3. */
    public static final String R2V_5_3 = "readCreate and readError read leniently (missing fields, wrong types) and"
            + " turn what they cannot read into a clear exception of their own";
    /** Rule 5.4. */
    public static final String R2V_5_4 = "readStatus and readError read leniently (missing fields, wrong types) and"
            + " turn what they cannot read into a clear exception of their own";
    /** Rule 5.5. */
    public static final String R2V_5_5 = "readError catches what its parsing throws and falls back on the HTTP"
            + " status";
    /** Rule 5.6. */
    public static final String R2V_5_6 = "readError and the failures readStatus reads: a code, message, hint,"
            + " request id or violation message is either left out or says something (an empty vendor message falls back on"
            + " the code's documented description, a hint is a sentence), never an empty string";
    /** Rule 5.7. */
    public static final String R2V_5_7 = "readCreate, readStatus and readCancel: an answer with a success status that"
            + " holds the vendor's error shape and no task throws VendorErrorException with the codec's ErrorInfo"
            + " (code and message kept), instead of reading a task from it or accepting it";
    /** Rule 5.8. */
    public static final String R2V_5_8 = "readError: leave ErrorInfo.message empty for a body that is not the vendor's"
            + " (the engine then names an HTML page by its title and quotes text), or say at least as much";
    /** Rule 6.1. */
    public static final String R2V_6_1 = "readError must not mark 5xx or 408 answers to a create as not accepted"
            + " (ErrorInfo.createNotAccepted(true)): the vendor may have created the task";
    /** Rule 6.2. */
    public static final String R2V_6_2 = "readError reads a 429 as RATE_LIMITED and does not mark it"
            + " createNotAccepted(false)";
    /** Rule 6.3. */
    public static final String R2V_6_3 = "readError keeps 429 and 5xx answers to status calls retryable (it should"
            + " not set retryable(false) for them)";
    /** Rule 6.4. */
    public static final String R2V_6_4 = "the AccountLimits in the provider's Capabilities: rates and running tasks no"
            + " higher than the vendor documents, vendorQueue true only if the vendor queues extra tasks; readError"
            + " reading the vendor's throttling answers as RATE_LIMITED; calls to the vendor's API as paths on the"
            + " endpoint (absolute URLs draw on no budget)";
    /** Rule 7.1. */
    public static final String R2V_7_1 = "cancelCall (method, path, task id), readCancel, and the mapping of the"
            + " vendor's canceled status";
    /** Rule 7.2. */
    public static final String R2V_7_2 = "readCancel, and readError for cancel calls (a refusal such as 'not queued'"
            + " maps to CONFLICT)";
    /** Rule 7.3. */
    public static final String R2V_7_3 = "cancelCall; the engine sends it in the background when an awaiting future"
            + " is canceled";
    /** Rule 8.1. */
    public static final String R2V_8_1 = "costEstimateCall (path and body) and readCostEstimate: where it reads the"
            + " amount, currency and discount from, and its default currency";
    /** Rule 8.2. */
    public static final String R2V_8_2 = "the declared Capabilities, as for rule 2.1";
    /** Rule 9.1. */
    public static final String R2V_9_1 = "exceptions the provider makes itself (in codec(..) and its read…"
            + " methods) must not quote the key, nor answers that may echo it; the message names the exception"
            + " that did";
    /** Rule 9.2. */
    public static final String R2V_9_2 = "the provider never logs the key, its configuration or raw answers (core"
            + " masks HTTP headers)";
    /** Rule 9.3. */
    public static final String R2V_9_3 = "the codec's toString: name what it talks to (its endpoint, region or"
            + " model), never the key";
    /** Rule 1.7. */
    public static final String R2V_1_7 = "that the codec's check(..) refuses, with a violation of its own rule on the"
            + " option, every request under an option value it cannot serve (or codec(config) refuses the value"
            + " with a ConfigurationException naming the option), and the kit subclass's unservableOptions()";
    /** Rule 4.9. */
    public static final String R2V_4_9 = "that readStatus reads an error the vendor answers under HTTP 200 by its"
            + " code, with the category the same code has under its own HTTP status (the provider's code table)";
    /** Rule 4.7. */
    public static final String R2V_4_7 = "that readStatus reads the progress field the vendor documents, on its scale"
            + " (0..1 or percent), for every status word of a running task";
    /** Rule 5.9. */
    public static final String R2V_5_9 = "readCostEstimate reads leniently (missing fields, wrong types, no JSON) and"
            + " turns what it cannot read into a clear exception of its own";

    /** Rule 4.8. */
    public static final String R2V_4_8 = "that readStatus gives a succeeded task's video the expiry the vendor's"
            + " answer states (or its documented result lifetime implies: the end time plus the lifetime) and keeps"
            + " every field of the vendor's usage in Usage.raw(), as written";

    private KitAdvice() {
    }
}
