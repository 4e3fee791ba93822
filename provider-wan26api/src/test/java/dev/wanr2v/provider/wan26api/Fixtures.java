package dev.wanr2v.provider.wan26api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.RequestBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Codecs, bodies and replies for the provider's tests. */
final class Fixtures {
    static final String KEY = "sk-test-wan26-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** A codec with the default base URL and this envelope ({@code null}: the option unset). */
    static ProviderCodec codec(String envelope) {
        Wan26ApiProvider provider = new Wan26ApiProvider();
        Map<String, String> values = new HashMap<>();
        values.put("apiKey", KEY);
        values.put("baseUrl", "https://cloud.vtrix.ai");
        if (envelope != null) {
            values.put("envelope", envelope);
        }
        return provider.codec(new ProviderConfig("wan26api", provider.configOptions(), values));
    }

    static ProviderCodec codec() {
        return codec(null);
    }

    static byte[] bytes(RequestBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JsonNode tree(HttpCall call) {
        return tree(bytes(call.body()));
    }

    static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        return tree(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A test resource as a JSON tree. */
    static JsonNode resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reply with a body of the given type. */
    static HttpReply reply(int status, String contentType, String body) {
        return new HttpReply(status, contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpReply json(int status, String body) {
        return HttpReply.json(status, body);
    }
}
