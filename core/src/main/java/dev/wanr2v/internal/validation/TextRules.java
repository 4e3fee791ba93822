package dev.wanr2v.internal.validation;

import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import java.util.List;

/** Rules for free text: prompt and negative prompt. */
final class TextRules {
    static final int MAX_PROMPT = 1500;
    static final int MAX_NEGATIVE_PROMPT = 500;

    private TextRules() {
    }

    static void prompt(String prompt, List<Violation> out) {
        if (prompt.isBlank()) {
            out.add(Violation.of(Rule.PROMPT_REQUIRED, "prompt", prompt,
                    "the prompt is " + (prompt.isEmpty() ? "empty" : "blank")
                            + "; describe the clip and refer to the references as character1, character2…"));
            return;
        }
        int length = prompt.codePointCount(0, prompt.length());
        if (length > MAX_PROMPT) {
            out.add(Violation.of(Rule.PROMPT_LENGTH, "prompt", prompt, length + " characters, but at most "
                    + MAX_PROMPT + " are allowed (vendors silently cut longer prompts); shorten it"));
        }
        characters("prompt", prompt, out);
    }

    static void negativePrompt(String negative, List<Violation> out) {
        int length = negative.codePointCount(0, negative.length());
        if (length > MAX_NEGATIVE_PROMPT) {
            out.add(Violation.of(Rule.NEGATIVE_PROMPT_LENGTH, "negativePrompt", negative, length
                    + " characters, but at most " + MAX_NEGATIVE_PROMPT + " are allowed; shorten it"));
        }
        characters("negativePrompt", negative, out);
    }

    /** Control characters other than tab/CR/LF, and unpaired surrogates, in one violation. */
    static void characters(String field, String text, List<Violation> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String problem = null;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                problem = "an unpaired surrogate U+" + hex(c);
            } else if (Character.isLowSurrogate(c)) {
                problem = "an unpaired surrogate U+" + hex(c);
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                problem = "control character U+" + hex(c);
            }
            if (problem != null) {
                out.add(Violation.of(Rule.TEXT_CHARACTERS, field, text, "contains " + problem + " at index " + i
                        + "; remove control characters (tab and line breaks are fine) and broken characters"));
                return;
            }
        }
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
