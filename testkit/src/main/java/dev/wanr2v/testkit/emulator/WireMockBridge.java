package dev.wanr2v.testkit.emulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The WireMock side: every request goes to the emulator runtime, whose answer becomes WireMock's response. */
final class WireMockBridge implements ResponseDefinitionTransformerV2 {
    private final EmulatorRuntime runtime;

    WireMockBridge(EmulatorRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String getName() {
        return "wan-r2v-emulator";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String url = request.getUrl();
        int q = url.indexOf('?');
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), header.values());
        }
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
        Exchange exchange = new Exchange(runtime.now(), request.getMethod().getName(),
                q < 0 ? url : url.substring(0, q), q < 0 ? "" : url.substring(q + 1), headers, body);
        Answer answer = runtime.dispatch(exchange);

        ResponseDefinitionBuilder out = ResponseDefinitionBuilder.responseDefinition();
        if (answer.network() != null) {
            out.withFault(com.github.tomakehurst.wiremock.http.Fault.valueOf(answer.network().name()));
        } else {
            out.withStatus(answer.reply().status()).withBody(answer.reply().body());
            answer.reply().headers().forEach(out::withHeader);
        }
        if (!answer.delay().isZero()) {
            out.withFixedDelay((int) Math.min(Integer.MAX_VALUE, answer.delay().toMillis()));
        }
        return out.build();
    }

    /** WireMock's own messages, through SLF4J (WireMock's standalone jar shades its own SLF4J). */
    static final class Slf4jNotifier implements Notifier {
        private static final Logger LOG = LoggerFactory.getLogger("dev.wanr2v.testkit.emulator.WireMock");

        @Override
        public void info(String message) {
            LOG.debug(message);
        }

        @Override
        public void error(String message) {
            LOG.warn(message);
        }

        @Override
        public void error(String message, Throwable t) {
            LOG.warn(message, t);
        }
    }

    /** No stub files: the emulator's only stub is made in code. */
    static final class NoMappings implements MappingsSource {
        @Override
        public void loadMappingsInto(StubMappings stubMappings) {
            // nothing to load
        }

        @Override
        public void save(List<StubMapping> stubMappings) {
            // nothing is persisted
        }

        @Override
        public void save(StubMapping stubMapping) {
            // nothing is persisted
        }

        @Override
        public void remove(StubMapping stubMapping) {
            // nothing is persisted
        }

        @Override
        public void removeAll() {
            // nothing is persisted
        }
    }

}
