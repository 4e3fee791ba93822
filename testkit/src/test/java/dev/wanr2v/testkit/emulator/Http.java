package dev.wanr2v.testkit.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** A tiny HTTP client for the emulator tests (the engine is tested elsewhere). */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * One client per emulator: a client shared by every test kept a connection to an emulator that had closed,
     * and reused it when a later emulator got the same ephemeral port ("header parser received no bytes" on
     * a POST, which the JDK's client does not send again).
     */
    private static final Map<Object, HttpClient> CLIENTS = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private final HttpClient client;
    private final String baseUrl;
    private final List<String> headers = new ArrayList<>();
    private Duration timeout = Duration.ofSeconds(10);

    Http(String baseUrl) {
        this(baseUrl, newClient());
    }

    private Http(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    static Http to(Emulator emulator) {
        return new Http(emulator.baseUrl(), CLIENTS.computeIfAbsent(emulator, e -> newClient()));
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Http header(String name, String value) {
        headers.add(name);
        headers.add(value);
        return this;
    }

    Http bearer(String key) {
        return header("Authorization", "Bearer " + key);
    }

    Http timeout(Duration value) {
        this.timeout = value;
        return this;
    }

    HttpResponse<byte[]> post(String pathOrUrl, String body) {
        return send(request(pathOrUrl).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    HttpResponse<byte[]> get(String pathOrUrl) {
        return send(request(pathOrUrl).GET().build());
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
        for (int i = 0; i < headers.size(); i += 2) {
            b.header(headers.get(i), headers.get(i + 1));
        }
        return b;
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + new String(response.body(), StandardCharsets.UTF_8), e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String resource(String name) {
        try (var in = Http.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /seeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
