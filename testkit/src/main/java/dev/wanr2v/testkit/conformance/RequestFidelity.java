package dev.wanr2v.testkit.conformance;

import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the request a provider was given with the request the emulator decoded from what it sent,
 * on every field the provider declares:
 *
 * <ul>
 * <li>always: tier, prompt (the exact string), references (count, order, each one's kind and the exact
 * URL or data URI), size, duration;</li>
 * <li>with the feature declared: negative prompt ({@code NEGATIVE_PROMPT}), audio guide, its exact URL
 * ({@code AUDIO_GUIDE}), audio on/off ({@code SILENT_OUTPUT}), shot type ({@code SHOT_TYPE}), prompt
 * extension ({@code PROMPT_EXTEND}), watermark ({@code WATERMARK}), seed ({@code SEED}).</li>
 * </ul>
 *
 * A field the provider does not declare is not compared: valid requests never set it, and the wire
 * may not carry it.
 */
final class RequestFidelity {
    private RequestFidelity() {
    }

    /** One line per differing field: what was asked and what the vendor read; empty when faithful. */
    static List<String> differences(R2vRequest asked, R2vRequest read, Capabilities caps) {
        List<String> out = new ArrayList<>();
        same(out, "tier", asked.tier(), read.tier());
        text(out, "prompt", asked.prompt(), read.prompt());
        if (caps.supports(Feature.NEGATIVE_PROMPT)) {
            text(out, "negativePrompt", asked.negativePrompt().orElse(null), read.negativePrompt().orElse(null));
        }
        references(out, asked.references(), read.references());
        if (caps.supports(Feature.AUDIO_GUIDE)) {
            same(out, "audioGuide", wire(asked.audioGuide()), wire(read.audioGuide()));
        }
        same(out, "size", asked.size(), read.size());
        same(out, "duration", asked.durationSeconds(), read.durationSeconds());
        if (caps.supports(Feature.SILENT_OUTPUT)) {
            same(out, "audio", asked.audio(), read.audio());
        }
        if (caps.supports(Feature.SHOT_TYPE)) {
            same(out, "shotType", asked.shotType(), read.shotType());
        }
        if (caps.supports(Feature.PROMPT_EXTEND)) {
            same(out, "promptExtend", asked.promptExtend(), read.promptExtend());
        }
        if (caps.supports(Feature.WATERMARK)) {
            same(out, "watermark", asked.watermark(), read.watermark());
        }
        if (caps.supports(Feature.SEED)) {
            same(out, "seed", asked.seed().isPresent() ? asked.seed().getAsLong() : null,
                    read.seed().isPresent() ? read.seed().getAsLong() : null);
        }
        return out;
    }

    private static void references(List<String> out, List<Reference> asked, List<Reference> read) {
        if (asked.size() != read.size()) {
            out.add("references: " + asked.size() + " asked, but the vendor read " + read.size() + " " + read);
            return;
        }
        for (int i = 0; i < asked.size(); i++) {
            same(out, "references[" + i + "].kind", asked.get(i).kind(), read.get(i).kind());
            same(out, "references[" + i + "]", wire(Optional.of(asked.get(i).source())),
                    wire(Optional.of(read.get(i).source())));
        }
    }

    private static void same(List<String> out, String field, Object asked, Object read) {
        if (!Objects.equals(asked, read)) {
            out.add(field + ": asked " + show(asked) + ", but the vendor read " + show(read));
        }
    }

    private static void text(List<String> out, String field, String asked, String read) {
        if (Objects.equals(asked, read)) {
            return;
        }
        if (asked == null || read == null) {
            same(out, field, asked, read);
            return;
        }
        int at = 0;
        while (at < asked.length() && at < read.length() && asked.charAt(at) == read.charAt(at)) {
            at++;
        }
        out.add(field + ": asked " + asked.codePointCount(0, asked.length()) + " code points, the vendor read "
                + read.codePointCount(0, read.length()) + "; they differ from UTF-16 index " + at + " ("
                + show(excerpt(asked, at)) + " vs " + show(excerpt(read, at)) + ")");
    }

    /** The URL or data URI of a source, as it travels. */
    private static String wire(Optional<MediaSource> source) {
        return source.map(s -> s instanceof MediaSource.Url u ? u.url()
                : s instanceof MediaSource.DataUri d ? d.uri() : s.describe()).orElse(null);
    }

    private static String excerpt(String s, int at) {
        int from = Math.max(0, at - 10);
        return s.substring(from, Math.min(s.length(), at + 20));
    }

    private static String show(Object value) {
        if (value == null) {
            return "nothing";
        }
        String s = value instanceof String str ? "\"" + str + "\"" : String.valueOf(value);
        return s.length() > 120 ? s.substring(0, 100) + "…(" + s.length() + " characters)" : s;
    }
}
