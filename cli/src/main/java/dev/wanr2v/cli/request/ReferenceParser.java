package dev.wanr2v.cli.request;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Reference;
import dev.wanr2v.Violation;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a reference the user typed and decides whether it is an image or a video: an explicit
 * {@code image:}/{@code video:} prefix (or {@code --image}/{@code --video}) wins; a local file is judged by
 * its content (as the library's validation does), else by its extension; a URL by its path's
 * extension; a data URI by its media type. What cannot be told is reported as a violation of
 * {@value #RULE}.
 */
public final class ReferenceParser {
    /** The rule id of a reference whose kind cannot be told. */
    public static final String RULE = "CLI-REF-KIND";

    private static final Map<String, MediaKind> EXTENSIONS = Map.of("jpg", MediaKind.IMAGE, "jpeg", MediaKind.IMAGE,
            "png", MediaKind.IMAGE, "bmp", MediaKind.IMAGE, "webp", MediaKind.IMAGE, "mp4", MediaKind.VIDEO,
            "mov", MediaKind.VIDEO, "wav", MediaKind.AUDIO, "mp3", MediaKind.AUDIO);

    private ReferenceParser() {
    }

    /**
     * The reference, or one with a placeholder kind after adding a violation to {@code problems}.
     *
     * @param ref      what the user typed
     * @param baseDir  the directory relative paths are read from ({@code null}: the working directory)
     * @param field    the field name for messages, e.g. {@code references[0]}
     * @param problems where violations go
     */
    public static Reference parse(RefText ref, Path baseDir, String field, List<Violation> problems) {
        MediaKind kind = ref.kind();
        String text = ref.text().strip();
        if (kind == null) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.startsWith("image:")) {
                kind = MediaKind.IMAGE;
                text = text.substring(6);
            } else if (lower.startsWith("video:")) {
                kind = MediaKind.VIDEO;
                text = text.substring(6);
            }
        }
        MediaSource source = source(text, baseDir);
        if (kind != null) {
            return new Reference(kind, source);
        }
        Optional<MediaKind> inferred = infer(source);
        if (inferred.isEmpty() || inferred.get() == MediaKind.AUDIO) {
            String why = inferred.isPresent() ? "this is audio: pass it with --audio (a reference is an image or a video)"
                    : "cannot tell whether this is an image or a video; write image:" + text + " or video:" + text;
            problems.add(new Violation(RULE, field, describe(source), why));
            return Reference.image(source);
        }
        return new Reference(inferred.get(), source);
    }

    /** A path, URL or data URI; relative paths are read from {@code baseDir} when given. */
    public static MediaSource source(String text, Path baseDir) {
        MediaSource source = MediaSource.parse(text);
        if (source instanceof MediaSource.LocalFile file && baseDir != null && !file.path().isAbsolute()) {
            return MediaSource.file(baseDir.resolve(file.path()).normalize());
        }
        return source;
    }

    private static Optional<MediaKind> infer(MediaSource source) {
        if (source instanceof MediaSource.DataUri data) {
            return MediaFormat.ofMediaType(data.mediaType()).map(MediaFormat::kind);
        }
        if (source instanceof MediaSource.LocalFile file) {
            Optional<MediaKind> byContent = MediaFormat.detect(file.path()).map(MediaFormat::kind);
            return byContent.isPresent() ? byContent : byExtension(file.path().getFileName() == null ? ""
                    : file.path().getFileName().toString()).or(() -> Optional.of(MediaKind.IMAGE));
        }
        if (source instanceof MediaSource.Url url) {
            try {
                String path = URI.create(url.url()).getPath();
                return byExtension(path == null ? "" : path);
            } catch (IllegalArgumentException e) {
                return byExtension(url.url().replaceAll("[?#].*", ""));
            }
        }
        return Optional.empty();
    }

    private static Optional<MediaKind> byExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(EXTENSIONS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    private static String describe(MediaSource source) {
        return source.describe();
    }
}
