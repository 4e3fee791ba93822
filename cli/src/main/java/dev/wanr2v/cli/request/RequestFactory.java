package dev.wanr2v.cli.request;

import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.MediaFit;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Rule;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import dev.wanr2v.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns {@link RequestFields} into an {@link R2vRequest}, collecting every problem of the text itself
 * (a size that is not {@code W*H}, an unknown tier or shot type, a reference of unknown kind) instead
 * of stopping at the first; the library's validation adds the rest, and the user sees them all at once.
 */
public final class RequestFactory {
    private RequestFactory() {
    }

    /**
     * A request and the problems found while reading it.
     *
     * @param request  the request, with placeholders where a value could not be read
     * @param problems what could not be read, in field order
     */
    public record Built(R2vRequest request, List<Violation> problems) {
        /** Copies the problems. */
        public Built {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the fields.
     *
     * @param fields  what the user typed
     * @param baseDir where relative paths are read from ({@code null}: the working directory)
     */
    public static Built build(RequestFields fields, Path baseDir) {
        List<Violation> problems = new ArrayList<>();
        R2vRequest.Builder b = R2vRequest.builder();
        if (fields.tier() != null) {
            b.tier(tier(fields.tier(), problems));
        }
        b.prompt(fields.prompt());
        b.negativePrompt(fields.negativePrompt());
        for (int i = 0; i < fields.refs().size(); i++) {
            b.reference(ReferenceParser.parse(fields.refs().get(i), baseDir, "references[" + i + "]", problems));
        }
        if (fields.audio() != null) {
            b.audioGuide(ReferenceParser.source(fields.audio(), baseDir));
        }
        if (fields.size() != null) {
            try {
                b.size(VideoSize.parse(fields.size()));
            } catch (InvalidRequestException e) {
                problems.addAll(e.violations());
            }
        }
        if (fields.duration() != null) {
            b.duration(fields.duration());
        }
        b.seed(fields.seed());
        if (fields.shot() != null) {
            b.shotType(shot(fields.shot(), problems));
        }
        if (fields.silent() != null) {
            b.audio(!fields.silent());
        }
        if (fields.promptExtend() != null) {
            b.promptExtend(fields.promptExtend());
        }
        if (fields.watermark() != null) {
            b.watermark(fields.watermark());
        }
        if (fields.fit() != null) {
            b.fit(fields.fit() ? MediaFit.IMAGES : MediaFit.OFF);
        }
        return new Built(b.build(), problems);
    }

    private static ModelTier tier(String text, List<Violation> problems) {
        try {
            return ModelTier.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Violation.of(Rule.TIER, "tier", text, "write flash or standard"));
            return null;
        }
    }

    private static ShotType shot(String text, List<Violation> problems) {
        try {
            return ShotType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Violation.of(Rule.SHOT_TYPE, "shotType", text, "write single or multi"));
            return null;
        }
    }
}
