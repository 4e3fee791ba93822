package dev.wanr2v.cli.request;

import java.util.List;

/**
 * A request's fields as the user typed them, on the command line or in a batch manifest line; every
 * field but the references may be {@code null} (the library's default then applies). Turned into an
 * {@link dev.wanr2v.R2vRequest} by {@link RequestFactory}, which reports every problem at once.
 *
 * @param prompt         the prompt
 * @param refs           the references, in order (character1 first)
 * @param audio          the audio guide's path or URL
 * @param negativePrompt the negative prompt
 * @param size           {@code 1280*720}
 * @param duration       seconds
 * @param seed           the seed
 * @param shot           {@code single} or {@code multi}
 * @param silent         no audio in the clip
 * @param promptExtend   prompt extension on or off
 * @param watermark      the "AI Generated" watermark
 * @param tier           {@code flash} or {@code standard}
 * @param fit            convert local images the provider would refuse ({@code --fit}, {@code "fit": true})
 */
public record RequestFields(String prompt, List<RefText> refs, String audio, String negativePrompt, String size,
        Integer duration, Long seed, String shot, Boolean silent, Boolean promptExtend, Boolean watermark,
        String tier, Boolean fit) {

    /** Copies the references. */
    public RequestFields {
        refs = List.copyOf(refs);
    }

    /** These fields with fitting on unless they say otherwise (batch {@code --fit}). */
    public RequestFields fitUnlessSet() {
        return fit != null ? this : new RequestFields(prompt, refs, audio, negativePrompt, size, duration, seed, shot,
                silent, promptExtend, watermark, tier, Boolean.TRUE);
    }
}
