package dev.wanr2v.provider.uniall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.R2v;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Shared test set-up: codecs and clients with test settings, resources, JSON trees. */
final class Fixtures {
    static final String KEY = "sk-test-0123456789abcdef";
    static final String BASE_URL = "https://uniall.example";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    static ProviderCodec codec() {
        return codec(Map.of());
    }

    /** A codec with the test key and base URL, plus these option values. */
    static ProviderCodec codec(Map<String, String> options) {
        Map<String, String> values = new HashMap<>(Map.of("apiKey", KEY, "baseUrl", BASE_URL));
        values.putAll(options);
        UniAllProvider provider = new UniAllProvider();
        return provider.codec(new ProviderConfig("uniall", provider.configOptions(), values));
    }

    /** A client builder isolated from the machine's environment and system properties. */
    static R2v.Builder client() {
        return R2v.builder().provider(new UniAllProvider()).apiKey("sk-test").baseUrl(BASE_URL)
                .environment(Map.of()).systemProperties(new Properties());
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode body(HttpCall call) {
        return tree(new String(((RequestBody.Bytes) call.body()).data(), StandardCharsets.UTF_8));
    }

    static HttpReply reply(int status, String body) {
        return HttpReply.json(status, body);
    }

    static HttpReply reply(int status, String contentType, String body, Map<String, String> headers) {
        Map<String, List<String>> all = new HashMap<>();
        headers.forEach((k, v) -> all.put(k, List.of(v)));
        if (contentType != null) {
            all.put("Content-Type", List.of(contentType));
        }
        return new HttpReply(status, all, body.getBytes(StandardCharsets.UTF_8));
    }
}
