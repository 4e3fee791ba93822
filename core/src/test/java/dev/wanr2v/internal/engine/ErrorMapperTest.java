package dev.wanr2v.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.R2vException;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the error mapper lets through of a vendor's words. */
class ErrorMapperTest {
    private static final String KEY = "sk-mapper-test-Q7f3Z9w2K8v4N1x6";
    private final ErrorMapper mapper = new ErrorMapper("scripted", KEY, "http://127.0.0.1:1", "",
            Duration.ofSeconds(1), null);

    /** Every message and {@code toString} along the chain, as a user or a log appender sees them. */
    private static List<String> texts(Throwable top) {
        List<String> out = new ArrayList<>();
        for (Throwable t = top; t != null; t = t.getCause()) {
            out.add(String.valueOf(t.getMessage()));
            out.add(t.toString());
        }
        return out;
    }

    @Test
    void aCodecsExceptionQuotingTheKeyIsKeptAsACauseWithTheKeyMasked() {
        IllegalStateException codec = new IllegalStateException("answered HTTP 200 (request id " + KEY
                + ") but gave no task id", new IllegalArgumentException("at " + KEY));
        HttpReply reply = new HttpReply(200, Map.of(), "{\"request_id\":\"x\"}".getBytes(StandardCharsets.UTF_8));

        R2vException e = mapper.unreadable(Operation.CREATE, null, reply, codec);

        assertThat(texts(e)).noneMatch(t -> t.contains(KEY));
        assertThat(e.getCause().toString()).startsWith(IllegalStateException.class.getName() + ": answered HTTP 200");
        assertThat(e.getCause().getStackTrace()).isEqualTo(codec.getStackTrace());
        assertThat(e.getCause().getCause().toString()).startsWith(IllegalArgumentException.class.getName());
    }

    @Test
    void aCauseWithNothingToMaskIsKeptAsItIs() {
        IllegalStateException codec = new IllegalStateException("no task id");
        HttpReply reply = new HttpReply(200, Map.of(), new byte[0]);

        assertThat(mapper.unreadable(Operation.CREATE, null, reply, codec).getCause()).isSameAs(codec);
    }

    @Test
    void aViolationTheVendorReportedEchoingTheKeyIsMasked() {
        ErrorInfo info = ErrorInfo.builder(ErrorCategory.INVALID_REQUEST).violations(List.of(
                new dev.wanr2v.Violation("VENDOR-InvalidParameter", "header " + KEY, KEY,
                        "the key " + KEY + " is not valid for this model"))).build();

        R2vException e = mapper.fromVendor(info, 400, Operation.CREATE, null, null);

        assertThat(((dev.wanr2v.InvalidRequestException) e).violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("VENDOR-InvalidParameter");
            assertThat(List.of(v.field(), v.value(), v.message())).noneMatch(t -> t.contains(KEY.substring(0, 12)));
            assertThat(v.message()).startsWith("the key ").endsWith(" is not valid for this model");
        });
    }

    @Test
    void aRequestIdEchoingTheKeyIsMasked() {
        ErrorInfo info = ErrorInfo.builder(ErrorCategory.INVALID_REQUEST).requestId(KEY).build();

        R2vException e = mapper.fromVendor(info, 400, Operation.CREATE, null, null);

        assertThat(texts(e)).noneMatch(t -> t.contains(KEY));
        assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).doesNotContain(KEY));
    }

    @Test
    void anHtmlPageTheCodecReadNothingFromIsNamedByItsTitle() {
        HttpReply reply = new HttpReply(502, Map.of("Content-Type", List.of("text/html; charset=utf-8")),
                "<!DOCTYPE html><html><head><TITLE>\n 502 Bad\n Gateway </TITLE></head><body>nginx</body></html>"
                        .getBytes(StandardCharsets.UTF_8));

        R2vException e = mapper.fromVendor(ErrorInfo.builder(ErrorCategory.PROVIDER_ERROR).build(), reply,
                Operation.CREATE, null, null);

        assertThat(e.providerMessage()).hasValue("an HTML page titled \"502 Bad Gateway\"");
        assertThat(e.getMessage()).contains("an HTML page titled \"502 Bad Gateway\"");
    }

    @Test
    void aTextBodyIsQuotedMaskedAndJsonOrEmptyBodiesAddNothing() {
        ErrorInfo none = ErrorInfo.builder(ErrorCategory.PROVIDER_ERROR).build();
        HttpReply text = new HttpReply(503, Map.of(), ("upstream refused key " + KEY).getBytes(StandardCharsets.UTF_8));
        HttpReply json = new HttpReply(503, Map.of(), "{\"unexpected\":1}".getBytes(StandardCharsets.UTF_8));
        HttpReply empty = new HttpReply(503, Map.of(), new byte[0]);

        assertThat(mapper.fromVendor(none, text, Operation.STATUS, null, null).providerMessage())
                .hasValue("upstream refused key " + dev.wanr2v.internal.Redaction.MASK);
        assertThat(mapper.fromVendor(none, json, Operation.STATUS, null, null).providerMessage()).isEmpty();
        assertThat(mapper.fromVendor(none, empty, Operation.STATUS, null, null).providerMessage()).isEmpty();
    }

    @Test
    void theCodecsOwnMessageWinsOverTheBody() {
        HttpReply reply = new HttpReply(502, Map.of("Content-Type", List.of("text/html")),
                "<html><title>Bad Gateway</title></html>".getBytes(StandardCharsets.UTF_8));

        R2vException e = mapper.fromVendor(ErrorInfo.builder(ErrorCategory.PROVIDER_ERROR).message("the codec's")
                .build(), reply, Operation.CREATE, null, null);

        assertThat(e.providerMessage()).hasValue("the codec's");
    }

    @Test
    void aFailedTasksWordsEchoingTheKeyAreMaskedInTheSnapshot() {
        dev.wanr2v.TaskSnapshot read = dev.wanr2v.TaskSnapshot.builder(dev.wanr2v.TaskStatus.FAILED)
                .failure(new dev.wanr2v.TaskFailure(ErrorCategory.CONTENT_REJECTED, "Key" + KEY,
                        "the key " + KEY + " may not use this model", List.of(new dev.wanr2v.Violation("VENDOR-X",
                                "prompt", KEY, "echoes " + KEY))))
                .attribute("kept", "as read").build();

        dev.wanr2v.TaskSnapshot shown = mapper.masked(read);

        assertThat(shown.toString()).doesNotContain(KEY);
        assertThat(shown.failureMessage()).hasValue("the key " + dev.wanr2v.internal.Redaction.MASK
                + " may not use this model");
        assertThat(shown.failure().orElseThrow().category()).isEqualTo(ErrorCategory.CONTENT_REJECTED);
        assertThat(shown.failure().orElseThrow().violations()).singleElement()
                .satisfies(v -> assertThat(v.value()).doesNotContain(KEY));
        assertThat(shown.attributes()).containsEntry("kept", "as read");
        dev.wanr2v.TaskSnapshot succeeded = dev.wanr2v.TaskSnapshot.builder(dev.wanr2v.TaskStatus.SUCCEEDED).build();
        assertThat(mapper.masked(succeeded)).isSameAs(succeeded);
        assertThat(mapper.masked(null)).isNull();
    }
}
