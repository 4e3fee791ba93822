package dev.wanr2v.bench;

import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testing.ScriptedCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;

/** Clients and requests shared by the benchmarks, configured only from code (no environment). */
final class BenchClients {
    static final String API_KEY = "sk-bench";

    private BenchClients() {
    }

    /**
     * A client of {@code provider} at {@code baseUrl}: no retries, this poll policy, budgets off (these
     * benchmarks measure the engine's own cost per call, not the vendor's pace).
     */
    static R2vClient client(R2vProvider provider, String baseUrl, PollPolicy poll) {
        return R2v.builder().provider(provider).apiKey(API_KEY).baseUrl(baseUrl)
                .systemProperties(new Properties()).environment(Map.of())
                .retryPolicy(RetryPolicy.NONE).pollPolicy(poll).budgets(false).build();
    }

    /** A typical request: a short prompt, one image and one video by URL. */
    static R2vRequest typical() {
        return R2vRequest.builder()
                .prompt("character1 waves at character2 across a sunny street")
                .image("https://example.com/alice.png")
                .video("https://example.com/bob.mp4")
                .duration(5)
                .build();
    }

    /** A request at the limits: a 1500-character prompt and five references (two images, three videos). */
    static R2vRequest full() {
        StringBuilder prompt = new StringBuilder("character1 and character2 meet character3, character4 and"
                + " character5 in a bright market; ");
        while (prompt.length() < 1500) {
            prompt.append("the camera follows them slowly as the light changes; ");
        }
        prompt.setLength(1500);
        return R2vRequest.builder()
                .prompt(prompt.toString())
                .image("https://example.com/alice.png")
                .image("https://example.com/bob.jpg")
                .video("https://example.com/carol.mp4")
                .video("https://example.com/dave.mp4")
                .video("https://example.com/erin.mov")
                .duration(10)
                .seed(42L)
                .build();
    }

    /** The create body the scripted codec writes for a request of URLs only. */
    static byte[] scriptedCreateBody(R2vRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ScriptedCodec(URI.create("http://127.0.0.1"), API_KEY).createCall(PreparedRequest.of(request)).body()
                    .writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
