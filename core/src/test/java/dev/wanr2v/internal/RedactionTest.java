package dev.wanr2v.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void urlsLoseQueryStringsAndUserInfo() {
        assertThat(Redaction.url("https://bucket.oss.example.com/v.mp4?Expires=1&OSSAccessKeyId=AK&Signature=S"))
                .isEqualTo("https://bucket.oss.example.com/v.mp4?****");
        assertThat(Redaction.url("https://u:p@host.example/x#frag")).isEqualTo("https://****@host.example/x");
        assertThat(Redaction.url("data:image/png;base64,AAAA")).isEqualTo("data:image/png;base64,…");
    }

    @Test
    void sensitiveHeadersAreMasked() {
        for (String name : new String[] {"Authorization", "X-Api-Key", "x-auth-token", "Cookie", "X-Signature",
                "Proxy-Authorization", "X-Client-Secret"}) {
            assertThat(Redaction.headerValue(name, "v")).as(name).isEqualTo("****");
        }
        assertThat(Redaction.headerValue("X-DashScope-Async", "enable")).isEqualTo("enable");
        assertThat(Redaction.headerValue("Content-Type", "application/json")).isEqualTo("application/json");
    }

    @Test
    void secretsAreScrubbedAndControlCharactersEscaped() {
        assertThat(Redaction.scrub("bad key sk-abcdef given", "sk-abcdef")).isEqualTo("bad key **** given");
        assertThat(Redaction.shorten("a\nb\u001b", 10)).isEqualTo("a\\u000ab\\u001b");
        assertThat(Redaction.shorten("😀😀😀", 2)).isEqualTo("😀😀…(3 characters)");
    }
}
