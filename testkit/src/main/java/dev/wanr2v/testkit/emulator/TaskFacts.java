package dev.wanr2v.testkit.emulator;

import dev.wanr2v.Usage;
import java.time.Instant;
import java.util.Objects;

/**
 * What a vendor's answer to a status call tells about a task besides its status, progress, video URL and
 * failure, in neutral terms: the emulator's own reading of what it wrote, as precise as the wire carries
 * it (a time sent in whole seconds is truncated to the second). The conformance kit compares a provider's
 * snapshot with it (rule 4.5). Every part is optional: {@code null} (or an empty usage) means the answer
 * does not say.
 *
 * @param submittedAt    when the task was created
 * @param startedAt      when it started running
 * @param finishedAt     when it ended
 * @param videoExpiresAt when the result video's URL expires, as the answer states it or as the vendor's
 *                       documented result lifetime implies it
 * @param originalPrompt the prompt as the vendor received it
 * @param actualPrompt   the prompt the vendor generated from (after its prompt extension)
 * @param usage          what the task consumed: only the figures the answer states are set
 * @param failureCode    a failed task's code, as the answer states it (JSON numbers as their digits)
 * @param failureMessage a failed task's message, as the answer states it
 */
public record TaskFacts(Instant submittedAt, Instant startedAt, Instant finishedAt, Instant videoExpiresAt,
        String originalPrompt, String actualPrompt, Usage usage, String failureCode, String failureMessage) {

    /** Nothing reported beyond the status. */
    public static final TaskFacts NONE = new TaskFacts(null, null, null, null, null, null, Usage.empty(), null,
            null);

    /** Checks that the usage is present (empty when none is reported). */
    public TaskFacts {
        Objects.requireNonNull(usage, "usage");
    }
}
