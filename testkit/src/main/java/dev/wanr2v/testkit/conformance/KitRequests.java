package dev.wanr2v.testkit.conformance;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.emulator.TaskState;
import java.time.Duration;
import java.time.Instant;

/** Fixed requests for rules that are about something else than the request. */
final class KitRequests {
    private KitRequests() {
    }

    /**
     * A small request every provider's capabilities accept: one reference of a kind it takes (an image
     * if it can), its first tier, size and duration, every optional field at its default.
     */
    static R2vRequest minimal(Capabilities caps) {
        boolean image = caps.referenceKinds().contains(MediaKind.IMAGE);
        Reference reference = image ? Reference.image(MediaSource.url("https://media.example.com/kit/alice.png"))
                : Reference.video(MediaSource.url("https://media.example.com/kit/bob.mp4"));
        ModelTier tier = caps.tiers().contains(ModelTier.FLASH) ? ModelTier.FLASH : ModelTier.STANDARD;
        return R2vRequest.builder().tier(tier).prompt("character1 waves at the camera on a sunny street")
                .reference(reference).size(caps.sizes().iterator().next()).duration(caps.durations().first()).build();
    }

    /**
     * A succeeded task of the minimal request, made by no emulator: asking a protocol what it would report
     * about it tells whether the protocol says at all.
     */
    static TaskState probeTask(Capabilities caps) {
        Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
        return new TaskState("kit-probe", minimal(caps), TaskStatus.SUCCEEDED, "", 1.0, Outcome.succeeded(), at,
                at.plusSeconds(1), at.plusSeconds(2), "https://media.example.com/kit/result.mp4",
                at.plus(Duration.ofDays(1)));
    }
}
