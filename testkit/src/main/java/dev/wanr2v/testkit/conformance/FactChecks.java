package dev.wanr2v.testkit.conformance;

import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.Usage;
import dev.wanr2v.testkit.emulator.TaskFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What rule 4.5 finds wrong in a snapshot, given what the vendor reported ({@link TaskFacts}): a value
 * read differently, or a value the vendor never gave. A value the vendor gave and the provider does not
 * read is not a problem: reading times, prompts and usage is the provider's choice.
 */
final class FactChecks {
    private FactChecks() {
    }

    /** One line per problem; empty if the snapshot agrees with the vendor. */
    static List<String> problems(TaskFacts facts, TaskSnapshot snapshot) {
        List<String> out = new ArrayList<>();
        same(out, "submittedAt", facts.submittedAt(), snapshot.submittedAt());
        same(out, "startedAt", facts.startedAt(), snapshot.startedAt());
        same(out, "finishedAt", facts.finishedAt(), snapshot.finishedAt());
        same(out, "videoExpiresAt", facts.videoExpiresAt(), snapshot.videoExpiresAt());
        same(out, "originalPrompt", facts.originalPrompt(), snapshot.originalPrompt());
        same(out, "actualPrompt", facts.actualPrompt(), snapshot.actualPrompt());
        Usage reported = facts.usage();
        Usage read = snapshot.usage();
        amount(out, "usage.outputSeconds", reported.outputSeconds(), read.outputSeconds());
        amount(out, "usage.inputVideoSeconds", reported.inputVideoSeconds(), read.inputVideoSeconds());
        count(out, "usage.videoCount", reported.videoCount(), read.videoCount());
        count(out, "usage.resolution", reported.resolution(), read.resolution());
        same(out, "usage.ratio", reported.ratio().orElse(null), read.ratio());
        amount(out, "usage.cost", reported.cost(), read.cost());
        same(out, "usage.currency", reported.currency().orElse(null), read.currency());
        amount(out, "usage.discount", reported.discount(), read.discount());
        return out;
    }

    private static <T> void same(List<String> out, String field, T reported, Optional<T> read) {
        if (read.isPresent() && !Objects.equals(reported, read.get())) {
            out.add(field + ": " + (reported == null ? "the vendor reported none" : "the vendor reported "
                    + show(reported)) + ", but the provider read " + show(read.get()));
        }
    }

    private static void amount(List<String> out, String field, Optional<BigDecimal> reported,
            Optional<BigDecimal> read) {
        boolean equal = reported.isPresent() && read.isPresent() && reported.get().compareTo(read.get()) == 0;
        if (read.isPresent() && !equal) {
            same(out, field, reported.orElse(null), read);
        }
    }

    private static void count(List<String> out, String field, OptionalInt reported, OptionalInt read) {
        same(out, field, reported.isPresent() ? reported.getAsInt() : null,
                read.isPresent() ? Optional.of(read.getAsInt()) : Optional.empty());
    }

    private static String show(Object value) {
        String s = value instanceof String str ? "\"" + str + "\"" : String.valueOf(value);
        return s.length() > 120 ? s.substring(0, 100) + "…(" + s.length() + " characters)" : s;
    }
}
