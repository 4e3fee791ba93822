package dev.wanr2v.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpReplyTest {
    private static HttpReply reply(String body) {
        return new HttpReply(200, Map.of("Content-Type", List.of("text/plain")), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String digits(java.io.InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (!text.matches("\\d+")) {
            throw new IOException("not digits: " + text);
        }
        return text;
    }

    @Test
    void aBodyIsParsedLenientlyWhateverItHolds() {
        assertThat(reply("12345").parsed(HttpReplyTest::digits)).contains("12345");
        assertThat(reply("<html>502</html>").parsed(HttpReplyTest::digits)).isEmpty();
        assertThat(reply("").parsed(in -> "never called")).isEmpty();
        assertThat(reply("x").parsed(in -> null)).isEmpty();
        assertThat(reply("x").parsed(in -> {
            throw new IllegalStateException("a parser's bug");
        })).isEmpty();
    }
}
