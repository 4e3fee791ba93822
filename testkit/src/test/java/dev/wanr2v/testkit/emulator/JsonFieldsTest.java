package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    @Test
    void aBodyCarryingALargeDataUriIsRead() {
        // 25 M characters: over Jackson's default 20 M string limit, under a 100 MB video's base64
        String payload = "A".repeat(25_000_000);
        byte[] body = ("{\"reference_urls\":[\"data:video/mp4;base64," + payload + "\"]}").getBytes(StandardCharsets.US_ASCII);
        JsonFields fields = new JsonFields(message -> new WireRejection(400, "InvalidParameter", message));
        var root = fields.parseObject(body);
        assertThat(root.path("reference_urls").get(0).asText()).hasSize(25_000_000 + "data:video/mp4;base64,".length());
    }
}
