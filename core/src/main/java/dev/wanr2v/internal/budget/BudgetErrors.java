package dev.wanr2v.internal.budget;

import dev.wanr2v.BudgetKind;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.R2vException;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.TransportException;
import dev.wanr2v.internal.config.CoreSetting;
import java.time.Duration;
import java.time.Instant;

/** The failures of calls that waited for budget and were never sent. */
public final class BudgetErrors {
    private BudgetErrors() {
    }

    /** A create waited for budget until its submit deadline. */
    static RateLimitedException deadline(String providerId, BudgetKind kind, Duration waited, String limit) {
        CoreSetting raise = kind == BudgetKind.RUNNING ? CoreSetting.RUNNING_TASKS : CoreSetting.CREATE_RATE;
        return new RateLimitedException("[" + providerId + "] the create waited " + human(waited) + " for "
                + kind.label() + " (" + limit + ") and reached its submit deadline; it was not sent, so nothing"
                + " was created. Submit it again later, or raise " + howToSet(CoreSetting.SUBMIT_TIMEOUT)
                + ", or " + howToSet(raise) + " if the account's quota is higher.",
                ErrorDetails.builder().providerId(providerId).retryable(true).build());
    }

    /**
     * The vendor throttled a create at its deadline, or asked for a pause ({@code retryAfter}, may be null)
     * that ends past it: it fails now rather than wait in vain.
     */
    public static RateLimitedException throttledPastDeadline(Member member, RateLimitedException cause,
            Duration retryAfter, Duration left, int attempts) {
        String id = member.providerId();
        String why = retryAfter != null && retryAfter.compareTo(left) > 0
                ? "asked to wait " + human(retryAfter) + " (Retry-After), past the create's submit deadline ("
                        + human(left) + " left)"
                : "throttled the create until its submit deadline (" + attempts + " attempt"
                        + (attempts == 1 ? "" : "s") + ")";
        return new RateLimitedException("[" + id + "] the vendor " + why + "; it was not created. Submit it again"
                + " later, or raise " + howToSet(CoreSetting.SUBMIT_TIMEOUT) + ".", cause.details(), retryAfter, cause);
    }

    /** A call waited for budget when its client was closed. */
    static R2vException closed(String providerId, Ticket t, Instant now) {
        Duration waited = Duration.between(t.enqueuedAt, now);
        if (t.kind == BudgetKind.QUERY) {
            return new TransportException("[" + providerId + "] the client was closed while the call waited "
                    + human(waited) + " for " + t.kind.label() + "; it was not sent", ErrorDetails.of(providerId));
        }
        return new RateLimitedException("[" + providerId + "] the client was closed while the create waited "
                + human(waited) + " for " + t.kind.label() + "; it was not sent, so nothing was created and it is"
                + " safe to submit it again", ErrorDetails.builder().providerId(providerId).retryable(true).build());
    }

    /** {@code submitTimeout (R2v.builder().submitTimeout(..), -Dwanr2v.submitTimeout or WAN_R2V_SUBMIT_TIMEOUT)}. */
    static String howToSet(CoreSetting s) {
        return s.key() + " (R2v.builder()." + s.key() + "(..), -D" + s.systemProperty() + " or " + s.envVar() + ")";
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = d.toSeconds();
        return s < 120 ? s + " s" : d.toMinutes() + " min";
    }
}
