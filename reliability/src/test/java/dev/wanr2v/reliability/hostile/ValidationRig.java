package dev.wanr2v.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.reliability.support.Rig;
import dev.wanr2v.reliability.support.Secrets;
import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.spi.Capabilities;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client per {@link Target}, each pointed at a running emulator whose journal must stay empty: the
 * hostile inputs must be refused before anything reaches the wire. The UniAll uploader counts calls
 * and must never be called either.
 */
final class ValidationRig implements AutoCloseable {
    private final Map<Vendor, Rig> rigs = new EnumMap<>(Vendor.class);
    private final Map<Target, R2vClient> clients = new EnumMap<>(Target.class);
    private final AtomicInteger uploads = new AtomicInteger();

    ValidationRig() {
        for (Vendor vendor : Vendor.values()) {
            rigs.put(vendor, Rig.start(vendor));
        }
        for (Target target : Target.values()) {
            Rig rig = rigs.get(target.vendor());
            clients.put(target, rig.client(b -> target.uploader() ? b.mediaUploader(media -> {
                uploads.incrementAndGet();
                throw new IOException("the uploader must never be reached by an invalid request");
            }) : b));
        }
    }

    /** What the target's client can do, for generating valid requests. */
    Capabilities capabilities(Target target) {
        return clients.get(target).capabilities();
    }

    /**
     * The request is refused with {@code InvalidRequestException} naming every rule of {@code required},
     * and no rule outside {@code required} and {@code allowed}; {@code validate} agrees; nothing is sent.
     */
    void assertRefused(Target target, R2vRequest request, Set<Rule> required, Set<Rule> allowed) {
        R2vClient client = clients.get(target);
        Throwable thrown = catchThrowable(() -> client.submit(request));
        assertThat(thrown).as("%s: what submit throws", target).isExactlyInstanceOf(InvalidRequestException.class);
        InvalidRequestException e = (InvalidRequestException) thrown;
        List<String> ids = e.ruleIds();
        assertThat(ids).as("%s: the rules broken; message:%n%s", target, e.getMessage())
                .containsAll(required.stream().map(Rule::id).toList())
                .allMatch(id -> required.stream().anyMatch(r -> r.id().equals(id))
                        || allowed.stream().anyMatch(r -> r.id().equals(id)));
        assertThat(client.validate(request).stream().map(Violation::ruleId).toList()).as("%s: validate()", target)
                .containsExactlyElementsOf(ids);
        assertThat(e.httpStatus()).as("refused before sending").isEmpty();
        Secrets.assertAbsent(e);
        assertNothingSent(target);
    }

    private void assertNothingSent(Target target) {
        assertThat(rigs.get(target.vendor()).emulator().journal().all()).as("%s: requests on the wire", target)
                .isEmpty();
        assertThat(uploads.get()).as("calls of the MediaUploader").isZero();
    }

    @Override
    public void close() {
        clients.values().forEach(R2vClient::close);
        rigs.values().forEach(Rig::close);
    }
}
