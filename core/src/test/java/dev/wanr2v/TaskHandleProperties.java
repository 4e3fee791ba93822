package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TaskHandleProperties {

    @Provide
    Arbitrary<TaskHandle> handles() {
        Arbitrary<String> ids = Arbitraries.of("dashscope", "uniall", "wan26api", "acme-video", "a");
        Arbitrary<String> taskIds = Arbitraries.strings().ofMinLength(1).ofMaxLength(80)
                .filter(s -> !s.isBlank() && s.chars().noneMatch(Character::isISOControl));
        Arbitrary<String> endpoints = Arbitraries.of("https://dashscope-intl.aliyuncs.com", "http://127.0.0.1:49152",
                "https://ws-1.cn-beijing.maas.aliyuncs.com/prefix", "https://cloud.vtrix.ai");
        Arbitrary<Instant> times = Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
        return Combinators.combine(ids, taskIds, endpoints, times).as(TaskHandle::new);
    }

    @Property(tries = 500)
    void tokensRoundTrip(@ForAll("handles") TaskHandle handle) {
        String token = handle.toToken();
        assertThat(token).startsWith("wr2v1.").matches("[A-Za-z0-9._-]+");
        assertThat(TaskHandle.parse(token)).isEqualTo(handle);
        assertThat(TaskHandle.parse("  " + token + "\n")).isEqualTo(handle);
    }

    @Property(tries = 500)
    void damagedTokensAreRejectedWithTheTokenRule(@ForAll("handles") TaskHandle handle,
            @ForAll @IntRange(min = 7, max = 1000) int cut, @ForAll char replacement) {
        String token = handle.toToken();
        int at = Math.min(cut, token.length() - 1);
        String truncated = token.substring(0, at);
        String altered = token.substring(0, at) + replacement + token.substring(at + 1);
        for (String bad : new String[] {truncated, altered}) {
            if (bad.equals(token)) {
                continue;
            }
            try {
                TaskHandle parsed = TaskHandle.parse(bad);
                // a changed character inside the base64 can only pass if it decodes to the same bytes
                assertThat(parsed).isEqualTo(handle);
            } catch (InvalidRequestException e) {
                assertThat(e.ruleIds()).containsExactly("R2V-TASK-TOKEN");
            }
        }
    }

    @Example
    void garbageGivesAClearError() {
        for (String bad : new String[] {"", "   ", "task-123", "wr2v1.", "wr2v1.!!!", "wr2v1.aGVsbG8"}) {
            assertThatThrownBy(() -> TaskHandle.parse(bad)).as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("R2V-TASK-TOKEN");
        }
        assertThatThrownBy(() -> TaskHandle.parse("task-123")).hasMessageContaining("starts with 'wr2v1.'");
    }

    @Example
    void handlesRefuseBadParts() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new TaskHandle("Dash Scope", "t", "https://x", now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskHandle("dashscope", "a\nb", "https://x", now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TaskHandle("dashscope", "t", "https://x", now).submittedAt())
                .isEqualTo(Instant.ofEpochMilli(now.toEpochMilli()));
    }
}
