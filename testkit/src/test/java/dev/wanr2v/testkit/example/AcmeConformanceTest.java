package dev.wanr2v.testkit.example;

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
        return AcmeProtocol.DOCUMENTED_ERRORS;
    }

    /** Acme's status answers give a running task's progress ({@code percent}), so rule 4.7 applies. */
    @Override
    public boolean kitVendorReportsProgress() {
        return true;
    }
}
