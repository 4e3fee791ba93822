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
 * What rules 4.5 and 4.6 find wrong in a snapshot, given what the vendor reported ({@link TaskFacts}). Times,
 * prompts, usage figures and a failure's code must be read as reported (a failure's message, when given,
 * must not be lost): a value read differently, one the vendor never gave, or one
 * it gave and the snapshot lacks is a problem. The video's expiry (which a vendor may state or only imply)
 * and the raw usage values are checked where the provider reads them.
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
        if (snapshot.videoExpiresAt().isPresent()) {
            same(out, "videoExpiresAt", facts.videoExpiresAt(), snapshot.videoExpiresAt());
        }
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
        read.raw().forEach((name, value) -> same(out, "usage.raw." + name, reported.raw().get(name),
                Optional.of(value)));
        if (!sameCode(facts.failureCode(), snapshot.failureCode().orElse(null))) {
            same(out, "failure code", facts.failureCode(), snapshot.failureCode());
        }
        boolean messageGiven = facts.failureMessage() != null && !facts.failureMessage().isBlank();
        if (messageGiven && snapshot.failureMessage().isEmpty()) {
            out.add("failure message: the vendor gave one, but the snapshot has none");
        }
        return out;
    }

    /** Equal codes; all-digit codes by value, since a JSON number loses leading zeros ({@code 001028001}). */
    static boolean sameCode(String reported, String read) {
        if (reported != null && read != null && reported.matches("\\d{1,18}") && read.matches("\\d{1,18}")) {
            return Long.parseLong(reported) == Long.parseLong(read);
        }
        return Objects.equals(reported, read);
    }

    private static <T> void same(List<String> out, String field, T reported, Optional<T> read) {
        if (!Objects.equals(reported, read.orElse(null))) {
            out.add(field + ": " + (reported == null ? "the vendor reported none" : "the vendor reported "
                    + show(reported)) + ", but " + (read.isEmpty() ? "the snapshot has none"
                    : "the provider read " + show(read.get())));
        }
    }

    private static void amount(List<String> out, String field, Optional<BigDecimal> reported,
            Optional<BigDecimal> read) {
        boolean equal = reported.isPresent() && read.isPresent() && reported.get().compareTo(read.get()) == 0;
        if (!equal) {
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
