package dev.wanr2v.provider.dashscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Shared test helpers: codecs for a configuration, bodies as JSON trees. */
final class Fixtures {
    static final String KEY = "sk-test-0123456789abcdef";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /** A codec for these option values (the API key added unless given). */
    static ProviderCodec codec(Map<String, String> options) {
        DashScopeProvider provider = new DashScopeProvider();
        Map<String, String> values = new HashMap<>(options);
        values.putIfAbsent("apiKey", KEY);
        return provider.codec(new ProviderConfig("dashscope", provider.configOptions(), values));
    }

    static ProviderCodec codec(String region) {
        return codec(Map.of("region", region));
    }

    static ProviderCodec codec() {
        return codec(Map.of());
    }

    /** A client builder isolated from the machine's environment and system properties. */
    static R2v.Builder client() {
        return R2v.builder().provider(new DashScopeProvider()).apiKey("sk-test").environment(Map.of())
                .systemProperties(new Properties());
    }

    static HttpCall createCall(R2vRequest request) {
        return codec().createCall(PreparedRequest.of(request));
    }

    /** The bytes a call's body writes, parsed. */
    static JsonNode body(HttpCall call) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            call.body().writeTo(out);
            return MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
