package dev.wanr2v.internal.media;

import static dev.wanr2v.internal.media.MediaLimits.MAX_IMAGE_SIDE;
import static dev.wanr2v.internal.media.MediaLimits.MAX_SECONDS;
import static dev.wanr2v.internal.media.MediaLimits.MIN_IMAGE_SIDE;
import static dev.wanr2v.internal.media.MediaLimits.MIN_SECONDS;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns an inspection into violations of the content rules, each saying what to change. */
final class MediaRules {
    private final String field;
    private final MediaKind declared;
    private final String value;

    /**
     * @param field    the request field, {@code references[2]} or {@code audioGuide}
     * @param declared the kind the user passed the media as
     * @param value    how to show the source: a path, {@code "N bytes in memory"}, a data URI's head
     */
    MediaRules(String field, MediaKind declared, String value) {
        this.field = field;
        this.declared = declared;
        this.value = value;
    }

    CheckedMedia judge(Inspection inspection) {
        if (inspection instanceof Inspection.Unreadable u) {
            return CheckedMedia.failed(violation(Rule.MEDIA_UNREADABLE, u.problem() + "; give a complete, undamaged "
                    + declared.label() + " (export or encode it again)"));
        }
        if (inspection instanceof Inspection.Foreign f) {
            return CheckedMedia.failed(f.kind() != null && f.kind() != declared
                    ? wrongKind(f.description(), f.kind())
                    : violation(Rule.MEDIA_FORMAT, "the content is " + f.description() + ", not " + allowed(declared)
                            + "; convert it to " + suggested(declared)));
        }
        MediaInfo info = ((Inspection.Recognised) inspection).info();
        if (info.kind() != declared) {
            return new CheckedMedia(info, List.of(wrongKind(name(info.format()), info.kind())));
        }
        List<Violation> out = new ArrayList<>();
        switch (declared) {
            case IMAGE -> image(info, out);
            case VIDEO -> timed(info, Rule.VIDEO_BYTES, MediaLimits.MAX_VIDEO_BYTES, Rule.VIDEO_DURATION, out);
            case AUDIO -> timed(info, Rule.AUDIO_BYTES, MediaLimits.MAX_AUDIO_BYTES, Rule.AUDIO_DURATION, out);
        }
        return new CheckedMedia(info, out);
    }

    Violation violation(Rule rule, String message) {
        return Violation.of(rule, field, value, message);
    }

    private void image(MediaInfo info, List<Violation> out) {
        bytes(info, Rule.IMAGE_BYTES, MediaLimits.MAX_IMAGE_BYTES, "compress it or lower its resolution", out);
        int w = info.width();
        int h = info.height();
        if (w < MIN_IMAGE_SIDE || h < MIN_IMAGE_SIDE || w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE) {
            boolean small = w < MIN_IMAGE_SIDE || h < MIN_IMAGE_SIDE;
            boolean large = w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE;
            String fix = small && large ? "crop it to a less elongated shape" : small ? "use a larger image"
                    : "scale it down";
            out.add(violation(Rule.IMAGE_DIMENSIONS, "the image is " + w + "x" + h + " pixels, but each side must be "
                    + MIN_IMAGE_SIDE + " to " + MAX_IMAGE_SIDE + " pixels; " + fix));
        }
        if (info.transparency() && info.format() == MediaFormat.PNG) {
            out.add(violation(Rule.IMAGE_TRANSPARENCY, "the PNG has transparency (an alpha channel or a tRNS chunk),"
                    + " which the vendors refuse; flatten it onto a background, or save it as JPEG"));
        }
    }

    private void timed(MediaInfo info, Rule bytesRule, long maxBytes, Rule durationRule, List<Violation> out) {
        String what = declared == MediaKind.VIDEO ? "video" : "audio guide";
        bytes(info, bytesRule, maxBytes, "compress or shorten it", out);
        double seconds = info.durationSeconds();
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            out.add(violation(durationRule, String.format(Locale.ROOT, "the %s lasts %.3f s, but it must last"
                    + " %.0f to %.0f s; %s", what, seconds, MIN_SECONDS, MAX_SECONDS,
                    seconds < MIN_SECONDS ? "use a longer clip" : "trim it to " + (int) MAX_SECONDS + " s or less")));
        }
    }

    private void bytes(MediaInfo info, Rule rule, long max, String fix, List<Violation> out) {
        if (info.bytes() > max) {
            out.add(violation(rule, String.format(Locale.ROOT, "the %s has %d bytes (%.1f MB), more than the %d MB"
                    + " (%d bytes) allowed; %s", declared.label(), info.bytes(),
                    (double) info.bytes() / MediaLimits.MEGABYTE, max / MediaLimits.MEGABYTE, max, fix)));
        }
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
