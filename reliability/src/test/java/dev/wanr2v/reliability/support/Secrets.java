package dev.wanr2v.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The API key every client of the suite uses, and the checks that it never leaks. Emulators accept only
 * this key, and the fault matrix makes vendors echo it in their error messages and pages, so that the
 * checks below have something to find if masking ever breaks.
 */
public final class Secrets {
    /** The key: distinctive enough that a substring search finds every leak. */
    public static final String API_KEY = "rel-key-Q7f3Z9w2K8v4N1x6Lm5P";

    private Secrets() {
    }

    /** A vendor message that quotes the key, as some gateways do. */
    public static String echoed(String what) {
        return what + " (key " + API_KEY + ")";
    }

    /** The key appears nowhere in the failure: messages, vendor details, causes, suppressed exceptions. */
    public static void assertAbsent(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        check(failure, seen);
    }

    private static void check(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        assertAbsent(String.valueOf(t.getMessage()), "the message of " + t.getClass().getSimpleName());
        assertAbsent(t.toString(), "toString() of " + t.getClass().getSimpleName());
        if (t instanceof R2vException e) {
            assertAbsent(e.providerMessage().orElse(""), "providerMessage()");
            assertAbsent(e.providerCode().orElse(""), "providerCode()");
            assertAbsent(e.requestId().orElse(""), "requestId()");
            assertAbsent(e.details().toString(), "details()");
        }
        check(t.getCause(), seen);
        for (Throwable s : t.getSuppressed()) {
            check(s, seen);
        }
    }

    /** The key does not appear in this text. */
    public static void assertAbsent(String text, String where) {
        assertThat(text).as("the API key must not appear in " + where).doesNotContain(API_KEY);
    }
}
