package dev.wanr2v.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Text generators: prompts counted in code points, mixing scripts, CJK and emoji. */
final class TextArbitraries {
    static final int MAX_PROMPT = 1500;
    static final int MAX_NEGATIVE_PROMPT = 500;

    /** Characters validation refuses in text: controls other than tab and line breaks, lone surrogates. */
    static final List<String> BAD_CHARACTERS = List.of("\u0000", "\u0007", "\u0008", "\u001b", "\u007f", "\u0085",
            "\u009f", "\ud800", "\udbff", "\udc00", "\udfff");

    private TextArbitraries() {
    }

    /** Code point ranges of allowed text, with their weights: Latin letters, blanks, CJK, kana, emoji, others. */
    private static final int[][] RANGES = {
            {30, 'a', 'z'}, {6, 'A', 'Z'}, {8, ' ', ' '}, {2, '!', '/'}, {1, '\t', '\n'}, {1, '\r', '\r'},
            {15, 0x4E00, 0x9FFF}, {3, 0x3041, 0x30FF}, {6, 0x1F300, 0x1F64F}, {1, 0x1F9D1, 0x1F9DF},
            {1, 0x20000, 0x2A6DF}, {3, 0x00C0, 0x00D6}, {2, 0x0410, 0x044F}, {2, 0x0627, 0x064A},
            {1, 0x00A0, 0x00A0}, {1, 0x200D, 0x200D}, {1, 0x0300, 0x036F}, {1, 0xFE0F, 0xFE0F}, {1, 0x3000, 0x3000}};
    private static final int TOTAL_WEIGHT = Arrays.stream(RANGES).mapToInt(r -> r[0]).sum();

    /** One allowed code point drawn from {@link #RANGES}. */
    static int codePoint(Random random) {
        int pick = random.nextInt(TOTAL_WEIGHT);
        for (int[] range : RANGES) {
            pick -= range[0];
            if (pick < 0) {
                return range[1] + random.nextInt(range[2] - range[1] + 1);
            }
        }
        throw new AssertionError("weights");
    }

    /**
     * Text of exactly {@code n} code points (n at least 1) that is never blank: it starts with a
     * letter, a CJK character or an emoji. The length shrinks; the characters are drawn from a seeded
     * random source in one go (thousands of shrinkable characters per prompt would be slow).
     */
    static Arbitrary<String> text(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return Arbitraries.randomValue(random -> {
            StringBuilder sb = new StringBuilder(n * 2);
            int first = random.nextInt(6);
            sb.appendCodePoint(first < 3 ? 'a' + random.nextInt(26)
                    : first < 5 ? 0x4E00 + random.nextInt(0x5200) : 0x1F600 + random.nextInt(0x50));
            for (int i = 1; i < n; i++) {
                sb.appendCodePoint(codePoint(random));
            }
            return sb.toString();
        });
    }

    /** A length from 1 to {@code max}, at the edges (1 and max) often. */
    static Arbitrary<Integer> length(int max) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(max)), Tuple.of(1, Arbitraries.just(1)),
                Tuple.of(7, Arbitraries.integers().between(1, max)));
    }

    /** Valid prompts: 1 to 1500 code points, often exactly 1500. */
    static Arbitrary<String> prompts() {
        return length(MAX_PROMPT).flatMap(TextArbitraries::text);
    }

    /** Valid negative prompts: 1 to 500 code points. */
    static Arbitrary<String> negativePrompts() {
        return length(MAX_NEGATIVE_PROMPT).flatMap(TextArbitraries::text);
    }

    /** Texts longer than {@code max} code points, often by exactly one. */
    static Arbitrary<String> tooLong(int max) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(max + 1)),
                Tuple.of(3, Arbitraries.integers().between(max + 1, max * 2)))
                .flatMap(TextArbitraries::text);
    }

    /** Blank prompts: empty, spaces, tabs and line breaks, ideographic spaces. */
    static Arbitrary<String> blank() {
        return Arbitraries.of("", " ", "   ", "\n\t  \r\n", "\u3000\u3000");
    }

    /** Allowed text with one refused character inserted at a code point boundary. */
    static Arbitrary<String> withBadCharacter(int n) {
        return text(n).flatMap(t -> Arbitraries.of(BAD_CHARACTERS).flatMap(bad ->
                Arbitraries.integers().between(1, n).map(at -> {
                    int index = t.offsetByCodePoints(0, at);
                    return t.substring(0, index) + bad + t.substring(index);
                })));
    }
}
