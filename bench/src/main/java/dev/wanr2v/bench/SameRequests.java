package dev.wanr2v.bench;

import dev.wanr2v.bench.stub.StubRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that two ways of making a call put the same request on the wire: method, path, headers
 * (except the body's framing) and body bytes, as the stub received them.
 */
final class SameRequests {
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding");

    private SameRequests() {
    }

    /** Throws if {@code actual} differs from {@code expected}; {@code what} names the pair. */
    static void require(String what, StubRequest expected, StubRequest actual) {
        StringBuilder diff = new StringBuilder();
        if (!expected.method().equals(actual.method()) || !expected.path().replaceAll("/t\\d+$", "/t")
                .equals(actual.path().replaceAll("/t\\d+$", "/t"))) {
            diff.append(" request line ").append(expected.method()).append(' ').append(expected.path()).append(" vs ")
                    .append(actual.method()).append(' ').append(actual.path()).append(';');
        }
        Set<String> names = new TreeSet<>(expected.headers().keySet());
        names.addAll(actual.headers().keySet());
        names.removeAll(FRAMING);
        for (String name : names) {
            String a = expected.headers().get(name);
            String b = actual.headers().get(name);
            if (a == null || !a.equals(b)) {
                diff.append(" header ").append(name).append(": ").append(a).append(" vs ").append(b).append(';');
            }
        }
        if (!Arrays.equals(expected.body(), actual.body())) {
            diff.append(" body of ").append(expected.body().length).append(" vs ").append(actual.body().length)
                    .append(" bytes;");
        }
        if (diff.length() > 0) {
            throw new IllegalStateException(what + " differ:" + diff);
        }
    }
}
