package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFit;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.spi.MediaLimits;
import dev.wanr2v.spi.MediaLimits.ImageLimits;
import dev.wanr2v.spi.MediaLimits.TimedLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an inspection into violations of the content rules, each quoting the provider's own limits
 * and saying what to change: for images, the size to scale to and how to ask wan-r2v to do it; for
 * videos and audio, which wan-r2v never converts, an {@code ffmpeg} command that does.
 */
final class MediaRules {
    private final String field;
    private final MediaKind declared;
    private final String value;
    private final MediaScope scope;
    private final boolean local;
    private final String fileName;

    /**
     * @param field    the request field, {@code references[2]} or {@code audioGuide}
     * @param declared the kind the user passed the media as
     * @param value    how to show the source: a path, {@code "N bytes in memory"}, a data URI's head
     * @param scope    the provider's limits, its name, whether fitting applies
     * @param local    whether the source is a local file or bytes in memory (what fitting can convert)
     * @param fileName the local file's name for the commands in advice, or {@code null}
     */
    MediaRules(String field, MediaKind declared, String value, MediaScope scope, boolean local, String fileName) {
        this.field = field;
        this.declared = declared;
        this.value = value;
        this.scope = scope;
        this.local = local;
        this.fileName = fileName;
    }

    CheckedMedia judge(Inspection inspection) {
        if (inspection instanceof Inspection.Unreadable u) {
            return CheckedMedia.failed(violation(Rule.MEDIA_UNREADABLE, u.problem() + "; give a complete, undamaged "
                    + declared.label() + " (export or encode it again)"));
        }
        if (inspection instanceof Inspection.Foreign f) {
            return CheckedMedia.failed(foreign(f));
        }
        MediaInfo info = ((Inspection.Recognised) inspection).info();
        if (info.kind() != declared) {
            return new CheckedMedia(info, List.of(wrongKind(name(info.format()), info.kind())));
        }
        return switch (declared) {
            case IMAGE -> image(info);
            case VIDEO -> timed(info, Rule.VIDEO_BYTES, Rule.VIDEO_DURATION, scope.limits().video());
            case AUDIO -> timed(info, Rule.AUDIO_BYTES, Rule.AUDIO_DURATION, scope.limits().audio());
        };
    }

    Violation violation(Rule rule, String message) {
        return Violation.of(rule, field, value, message);
    }

    private Violation foreign(Inspection.Foreign f) {
        MediaKind kind = f.kind() == null ? declared : f.kind();
        if (kind != declared && (kind == MediaKind.AUDIO || declared == MediaKind.AUDIO)) {
            return wrongKind(f.description(), kind);
        }
        String convert = "convert it to " + suggested(kind)
                + (kind == MediaKind.IMAGE ? "" : ", e.g. " + Ffmpeg.convert(kind, fileName));
        if (kind == declared) {
            return violation(Rule.MEDIA_FORMAT, "the content is " + f.description() + ", not " + allowed(kind) + "; "
                    + convert);
        }
        return violation(Rule.MEDIA_FORMAT, "the content is " + f.description() + ", " + article(kind) + " format the"
                + " model does not take (it takes " + allowed(kind) + "); " + convert + ", then pass it as "
                + role(kind));
    }

    private CheckedMedia image(MediaInfo info) {
        ImageLimits limits = scope.limits().image();
        List<Violation> out = new ArrayList<>();
        boolean fittable = true;
        boolean needsFit = false;
        int w = info.width();
        int h = info.height();
        Optional<MediaLimits.Size> target = limits.scaledSize(w, h);
        if (!limits.accepts(w, h)) {
            needsFit = true;
            fittable = target.isPresent();
            String range = scope.provider() + " takes " + limits.minSide() + " to " + limits.maxSide()
                    + " pixels a side";
            String fix;
            if (target.isPresent()) {
                fix = "scale it down to " + target.get() + " or smaller" + fitHint("do it");
            } else if (Math.max(w, h) > limits.maxSide() && Math.min(w, h) >= limits.minSide()) {
                fix = "crop it to a less elongated shape (scaled down to " + limits.maxSide() + " pixels on its long"
                        + " side, its short side would be under " + limits.minSide() + ")";
            } else {
                fix = "use a larger image, at least " + limits.minSide() + " pixels a side (images are never"
                        + " enlarged)";
            }
            out.add(violation(Rule.IMAGE_DIMENSIONS, "the image is " + w + "x" + h + " pixels, but " + range + "; "
                    + fix));
        }
        if (info.bytes() > limits.maxBytes()) {
            needsFit = true;
            out.add(bytes(info, Rule.IMAGE_BYTES, limits.maxBytes(), "compress it or lower its resolution"
                    + fitHint("re-encode it")));
        }
        if (info.transparency() && info.format() == MediaFormat.PNG && !limits.transparency()) {
            needsFit = true;
            out.add(violation(Rule.IMAGE_TRANSPARENCY, "the PNG has transparency (an alpha channel or a tRNS chunk),"
                    + " which " + scope.provider() + " refuses; flatten it onto a background, or save it as JPEG"
                    + fitHint("flatten it onto white")));
        }
        if (scope.fit() && local && needsFit) {
            if (fittable) {
                return new CheckedMedia(info, List.of(), true);
            }
            out.removeIf(v -> !v.ruleId().equals(Rule.IMAGE_DIMENSIONS.id()));
        }
        return new CheckedMedia(info, out);
    }

    /** How to let wan-r2v repair it, when it can: {@code ", or let wan-r2v do it: R2vRequest.Builder.fit(..)"}. */
    private String fitHint(String what) {
        return local && !scope.fit() ? ", or let wan-r2v " + what + ": " + MediaFit.BUILDER_HINT : "";
    }

    private CheckedMedia timed(MediaInfo info, Rule bytesRule, Rule durationRule, TimedLimits limits) {
        List<Violation> out = new ArrayList<>();
        String what = declared == MediaKind.VIDEO ? "video" : "audio guide";
        double seconds = info.durationSeconds();
        if (info.bytes() > limits.maxBytes()) {
            out.add(bytes(info, bytesRule, limits.maxBytes(), "compress or shorten it, e.g. "
                    + Ffmpeg.compress(declared, fileName)));
        }
        if (!limits.accepts(seconds)) {
            out.add(violation(durationRule, String.format(Locale.ROOT, "the %s lasts %.3f s, but %s takes %s; %s",
                    what, seconds, scope.provider(), limits.rangeText(), seconds < limits.minSeconds()
                            ? "use a longer clip"
                            : "trim it to " + Ffmpeg.seconds(limits.maxSeconds()) + " s or less, e.g. "
                                    + Ffmpeg.trim(limits.maxSeconds(), fileName))));
        }
        return new CheckedMedia(info, out);
    }

    private Violation bytes(MediaInfo info, Rule rule, long max, String fix) {
        return violation(rule, String.format(Locale.ROOT, "the %s has %d bytes (%.1f MB), more than the %s (%d bytes)"
                + " %s takes; %s", declared.label(), info.bytes(), (double) info.bytes() / MediaLimits.MEGABYTE,
                MediaLimits.megabytes(max), max, scope.provider(), fix));
    }

    private Violation wrongKind(String content, MediaKind actual) {
        String advice;
        if (declared == MediaKind.AUDIO) {
            advice = "the audio guide takes WAV or MP3 audio; pass images and videos as references";
        } else if (actual == MediaKind.AUDIO) {
            advice = "audio belongs in the audio guide (R2vRequest.Builder.audioGuide); references are images"
                    + " and videos";
        } else if (actual == MediaKind.VIDEO) {
            advice = "pass it as a video reference (Reference.video), or give an image";
        } else {
            advice = "pass it as an image reference (Reference.image), or give a video";
        }
        return violation(Rule.MEDIA_KIND, "the content is " + content + ", but it was given as " + role(declared)
                + "; " + advice);
    }

    static String name(MediaFormat format) {
        String article = format == MediaFormat.MP4 || format == MediaFormat.MP3 ? "an " : "a ";
        return article + format.name() + (format.kind() == MediaKind.AUDIO ? " audio file" : " " + format.kind().label());
    }

    private static String role(MediaKind kind) {
        return switch (kind) {
            case IMAGE -> "an image reference";
            case VIDEO -> "a video reference";
            case AUDIO -> "the audio guide";
        };
    }

    private static String article(MediaKind kind) {
        return kind == MediaKind.IMAGE ? "an image" : kind == MediaKind.VIDEO ? "a video" : "an audio";
    }

    private static String allowed(MediaKind kind) {
        return switch (kind) {
            case IMAGE -> "a JPEG, PNG, BMP or WEBP image";
            case VIDEO -> "an MP4 or MOV video";
            case AUDIO -> "WAV or MP3 audio";
        };
    }

    private static String suggested(MediaKind kind) {
        return switch (kind) {
            case IMAGE -> "PNG or JPEG";
            case VIDEO -> "MP4 (H.264)";
            case AUDIO -> "MP3 or WAV";
        };
    }
}
