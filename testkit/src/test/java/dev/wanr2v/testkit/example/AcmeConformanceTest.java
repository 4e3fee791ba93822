package dev.wanr2v.testkit.example;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testkit.conformance.DocumentedError;
import dev.wanr2v.testkit.conformance.ProviderConformanceKit;
import java.util.List;

/** The Acme provider runs the whole kit against its own emulator ({@link AcmeProtocol}, found by id "acme"). */
class AcmeConformanceTest extends ProviderConformanceKit {

    @Override
    protected R2vProvider provider() {
        return new AcmeProvider();
    }

    @Override
    protected List<DocumentedError> documentedErrors() {
        return List.of(DocumentedError.of(400, "bad_request", ErrorCategory.INVALID_REQUEST),
                DocumentedError.of(401, "bad_key", ErrorCategory.AUTHENTICATION),
                DocumentedError.of(402, "no_credit", ErrorCategory.PERMISSION),
                DocumentedError.of(422, "unsafe_content", ErrorCategory.CONTENT_REJECTED),
                DocumentedError.of(429, "slow_down", ErrorCategory.RATE_LIMITED),
                DocumentedError.of(500, "acme_broke", ErrorCategory.PROVIDER_ERROR));
    }
}
