package dev.wanr2v.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What core says about a vendor's lifetimes comes from the provider's declared capabilities, never from core. */
class TaskOutcomesTest {
    private static final TaskHandle HANDLE = new TaskHandle("acme", "t-9", "https://api.acme.example",
            Instant.parse("2026-01-01T00:00:00Z"));
    private static final TaskSnapshot EXPIRED = TaskSnapshot.builder(TaskStatus.EXPIRED).rawStatus("gone").build();

    private static ErrorMapper errors(Duration lifetime) {
        return new ErrorMapper("acme", "sk-secret", "https://api.acme.example", "", Duration.ofSeconds(30), lifetime);
    }

    @Test
    void anExpiredTaskNamesTheLifetimeItsProviderDeclares() {
        assertThat(TaskOutcomes.failure(errors(Duration.ofHours(12)), HANDLE, EXPIRED))
                .isInstanceOf(TaskExpiredException.class)
                .hasMessage("[acme] task t-9 is unknown to the vendor: it expired (vendors keep task ids for a limited"
                        + " time; acme keeps them 12 h) or never existed.");
        assertThat(errors(Duration.ofMinutes(90)).lifetime()).contains("acme keeps them 90 min");
    }

    @Test
    void aProviderThatDeclaresNoLifetimeGetsNoOtherVendorsFacts() {
        assertThat(TaskOutcomes.failure(errors(null), HANDLE, EXPIRED))
                .hasMessage("[acme] task t-9 is unknown to the vendor: it expired (vendors keep task ids for a limited"
                        + " time) or never existed.")
                .hasMessageNotContaining("DashScope");
        assertThat(errors(null).lifetime()).isEmpty();
    }
}
