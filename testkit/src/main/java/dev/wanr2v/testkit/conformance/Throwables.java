package dev.wanr2v.testkit.conformance;

import dev.wanr2v.R2vException;
import dev.wanr2v.SubmitOutcomeUnknownException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Looks through exceptions: their causes and suppressed ones, their texts, their types. */
final class Throwables {
    private Throwables() {
    }

    /** The exception, its causes and everything suppressed along the way, each once. */
    static List<Throwable> chain(Throwable top) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(top, out, seen);
        return out;
    }

    private static void collect(Throwable t, List<Throwable> out, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        out.add(t);
        for (Throwable s : t.getSuppressed()) {
            collect(s, out, seen);
        }
        collect(t.getCause(), out, seen);
    }

    /**
     * The first exception in the chain that shows the provider read an answer carelessly: a
     * {@code NullPointerException}, {@code ClassCastException}, {@code IndexOutOfBoundsException} or a
     * Jackson exception.
     */
    static Optional<Throwable> careless(Throwable top) {
        return chain(top).stream().filter(t -> t instanceof NullPointerException || t instanceof ClassCastException
                || t instanceof IndexOutOfBoundsException || t.getClass().getName().startsWith("com.fasterxml.jackson."))
                .findFirst();
    }

    /** Every text an exception shows a user: messages, {@code toString()}, the vendor details of each link. */
    static Stream<String> texts(Throwable top) {
        return chain(top).stream().flatMap(t -> {
            List<String> texts = new ArrayList<>();
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
            if (t instanceof R2vException r) {
                r.providerMessage().ifPresent(texts::add);
                r.providerCode().ifPresent(texts::add);
                r.requestId().ifPresent(texts::add);
                texts.add(r.details().toString());
            }
            if (t instanceof SubmitOutcomeUnknownException u) {
                texts.add(u.endpoint());
            }
            if (t instanceof dev.wanr2v.TaskException task) {
                task.lastSnapshot().ifPresent(s -> {
                    texts.add(s.toString());
                    s.failureMessage().ifPresent(texts::add);
                    s.failureCode().ifPresent(texts::add);
                });
            }
            return texts.stream();
        });
    }

    /** The category of what a call threw; for an unknown create outcome, the category of its cause. */
    static String category(R2vException e) {
        return vendorAnswer(e).category().name();
    }

    /**
     * The exception that carries what the vendor answered: for an unknown create outcome
     * ({@code SubmitOutcomeUnknownException}), its cause; else the exception itself.
     */
    static R2vException vendorAnswer(R2vException e) {
        return e instanceof SubmitOutcomeUnknownException && e.getCause() instanceof R2vException cause ? cause : e;
    }

    /**
     * Runs a call that may fail but only with an {@link R2vException} free of careless exceptions.
     *
     * @return a description of what is wrong, or empty if the call returned or failed properly
     */
    static Optional<String> typedFailureOf(String what, Callable<?> call) {
        try {
            call.call();
            return Optional.empty();
        } catch (R2vException e) {
            return careless(e).map(c -> what + " threw " + e.getClass().getSimpleName() + ", but caused by "
                    + c.getClass().getName() + " (" + c.getMessage() + "): the provider read the answer carelessly");
        } catch (Exception e) {
            return Optional.of(what + " threw " + e.getClass().getName() + " (" + e.getMessage()
                    + ") instead of an R2vException");
        }
    }
}
