package dev.wanr2v.reliability.hostile;

import dev.wanr2v.Rule;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile prompt texts, and the rules each breaks by the README: blank, longer than the limit (up to a
 * million code points), with control characters or unpaired surrogates, or several at once. The oracle
 * reads the README's words with Java's own definitions: "blank" is {@link String#isBlank()}, length is
 * counted in code points, control characters are ISO controls other than tab, CR and LF.
 */
final class HostileTexts {
    static final int MAX_PROMPT = 1500;
    static final int MAX_NEGATIVE_PROMPT = 500;

    /** Whitespace that is blank and neither a control character nor breakable by any rule. */
    private static final char[] BLANKS = {' ', '\t', '\n', '\r', '\u3000', '\u2003'};
    private static final String[] UNITS = {"a", "Z", " ", "中", "文", "ね", "😀", "🎬", "Ж", "ق", "é", "e\u0301", "\n"};
    private static final char[] BAD = {'\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B',
            '\u001F', '\u007F', '\u0085', '\u009F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'};

    private HostileTexts() {
    }

    /** Texts of every hostile family. */
    static Arbitrary<String> texts(int limit) {
        return Arbitraries.frequencyOf(Tuple.of(2, blanks()), Tuple.of(9, nonBlank(limit)));
    }

    /** Hostile texts that are not blank: too long, bad characters, or both. */
    static Arbitrary<String> nonBlank(int limit) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, tooLong(limit)),
                Tuple.of(4, fine(limit).flatMap(HostileTexts::withBadCharacters)),
                Tuple.of(2, tooLong(limit).flatMap(HostileTexts::withBadCharacters)));
    }

    /** The rules a prompt breaks: blank, else too long and/or bad characters. */
    static Set<Rule> promptRules(String prompt) {
        if (prompt.isBlank()) {
            return EnumSet.of(Rule.PROMPT_REQUIRED);
        }
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        if (prompt.codePointCount(0, prompt.length()) > MAX_PROMPT) {
            rules.add(Rule.PROMPT_LENGTH);
        }
        if (hasBadCharacter(prompt)) {
            rules.add(Rule.TEXT_CHARACTERS);
        }
        return rules;
    }

    /** The rules a negative prompt breaks (a blank one is simply not sent, so it breaks nothing). */
    static Set<Rule> negativePromptRules(String negative) {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        if (negative.codePointCount(0, negative.length()) > MAX_NEGATIVE_PROMPT) {
            rules.add(Rule.NEGATIVE_PROMPT_LENGTH);
        }
        if (hasBadCharacter(negative)) {
            rules.add(Rule.TEXT_CHARACTERS);
        }
        return rules;
    }

    static boolean hasBadCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    private static Arbitrary<String> blanks() {
        return Arbitraries.chars().with(BLANKS).list().ofMinSize(0).ofMaxSize(200)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }

    /** Texts within the limit, never blank. */
    private static Arbitrary<String> fine(int limit) {
        return Arbitraries.integers().between(1, limit).edgeCases(e -> e.includeOnly(1, limit))
                .flatMap(n -> units(n).map(s -> "x" + s.substring(0, s.offsetByCodePoints(0, n - 1))));
    }

    /** Texts over the limit: just over, a few times over, far over, a million code points. */
    private static Arbitrary<String> tooLong(int limit) {
        Arbitrary<Integer> length = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(limit + 1)),
                Tuple.of(10, Arbitraries.integers().between(limit + 2, 4 * limit)),
                Tuple.of(3, Arbitraries.integers().between(4 * limit, 100_000)),
                Tuple.of(1, Arbitraries.just(1_000_000)));
        return length.flatMap(n -> units(n).map(s -> "x" + s.substring(0, s.offsetByCodePoints(0, n - 1))));
    }

    /** At least {@code n} code points of mixed scripts, built by repeating a random pattern. */
    private static Arbitrary<String> units(int n) {
        return Arbitraries.of(UNITS).list().ofMinSize(1).ofMaxSize(16).map(pattern -> {
            String unit = String.join("", pattern);
            int perUnit = unit.codePointCount(0, unit.length());
            return unit.repeat(n / perUnit + 1);
        });
    }

    /**
     * The text with one to three bad characters inserted at random places; never a text where the
     * inserted surrogates happen to pair up into a valid character.
     */
    private static Arbitrary<String> withBadCharacters(String text) {
        Arbitrary<Tuple.Tuple2<Integer, Character>> insertion = Combinators.combine(
                Arbitraries.integers().between(0, text.length()), Arbitraries.chars().with(BAD)).as(Tuple::of);
        return insertion.list().ofMinSize(1).ofMaxSize(3).map(list -> {
            StringBuilder sb = new StringBuilder(text);
            for (Tuple.Tuple2<Integer, Character> at : list) {
                sb.insert(Math.min(at.get1(), sb.length()), at.get2().charValue());
            }
            return sb.toString();
        }).filter(HostileTexts::hasBadCharacter);
    }
}
