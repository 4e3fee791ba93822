package dev.wanr2v.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a hostile body "mentions": its raw text, or its JSON strings once decoded. */
class HostileBodyTest {

    private static HostileBody json(String text) {
        return new HostileBody(HostileBody.Kind.HUGE_STRING, "application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValueEscapedInJsonIsMentionedOnceDecoded() {
        HostileBody body = json("{\"id\":\"" + "\\u00e9".repeat(20_000) + "\"}");
        assertThat(body.text()).doesNotContain("é");
        assertThat(body.mentions("é".repeat(20_000))).isTrue();
        assertThat(body.mentions("é".repeat(20_001))).isFalse();
    }

    @Test
    void valuesInArraysAndNamesCountAndAbsentOnesDoNot() {
        HostileBody body = json("{\"output\":[{\"task\\u005fid\":\"t-\\u4e2d\"}]}");
        assertThat(body.mentions("t-中")).isTrue();
        assertThat(body.mentions("task_id")).isTrue();
        assertThat(body.mentions("t-1")).isFalse();
    }

    @Test
    void bodiesThatAreNotJsonAreReadAsText() {
        HostileBody html = new HostileBody(HostileBody.Kind.HTML_ERROR_PAGE, "text/html",
                "<html>task t-9 \\u00e9</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.mentions("t-9")).isTrue();
        assertThat(html.mentions("é")).isFalse();
        HostileBody cut = json("{\"id\":\"t-\\u00e9");
        assertThat(cut.mentions("t-é")).isFalse();
        assertThat(cut.mentions("t-")).isTrue();
    }
}
