package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.Redaction;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the content of one media source before anything is sent: local files, bytes in memory and
 * data URIs are inspected (headers only, by position); remote URLs are never fetched. Never throws for
 * bad input: every problem is a violation naming the field, the source and what to change (an
 * unexpected failure inside an inspector is logged and reported as {@code R2V-MEDIA-UNREADABLE}).
 *
 * <p>The form of a source (URL syntax, a data URI's syntax and declared kind) is {@code SourceRules}'
 * business; a malformed data URI is skipped here rather than reported twice.
 */
public final class MediaChecks {
    private static final Logger LOG = LoggerFactory.getLogger(MediaChecks.class);

    private MediaChecks() {
    }

    /** The violations of one source against Alibaba's limits; empty if its content may be sent. */
    public static List<Violation> check(String field, MediaKind declared, MediaSource source) {
        return inspect(field, declared, source, MediaScope.alibaba()).violations();
    }

    /** The violations of one source; empty if its content may be sent. */
    public static List<Violation> check(String field, MediaKind declared, MediaSource source, MediaScope scope) {
        return inspect(field, declared, source, scope).violations();
    }

    /** The violations of one source against Alibaba's limits, and what its content is when it could be recognised. */
    public static CheckedMedia inspect(String field, MediaKind declared, MediaSource source) {
        return inspect(field, declared, source, MediaScope.alibaba());
    }

    /** The violations of one source, and what its content is when it could be recognised. */
    public static CheckedMedia inspect(String field, MediaKind declared, MediaSource source, MediaScope scope) {
        DataUriParts parts = source instanceof MediaSource.DataUri d ? DataUriParts.parse(d.uri())
                : source instanceof MediaSource.Url u && u.url().regionMatches(true, 0, "data:", 0, 5)
                        ? DataUriParts.parse(u.url()) : null;
        return inspect(field, declared, source, scope, parts);
    }

    /**
     * As {@link #inspect(String, MediaKind, MediaSource, MediaScope)}, for a data URI already taken apart
     * ({@code parts}; {@code null} for other sources).
     */
    public static CheckedMedia inspect(String field, MediaKind declared, MediaSource source, MediaScope scope,
            DataUriParts parts) {
        try {
            return inspectSource(field, declared, source, scope, parts);
        } catch (RuntimeException e) {
            LOG.warn("Inspecting {} ({}) failed unexpectedly; reported as unreadable", field, source.describe(), e);
            return CheckedMedia.failed(Violation.of(Rule.MEDIA_UNREADABLE, field, source.describe(), "the content"
                    + " could not be inspected (" + e.getClass().getSimpleName() + "); re-encode it, and report this"
                    + " to wan-r2v if the file plays elsewhere"));
        }
    }

    private static CheckedMedia inspectSource(String field, MediaKind declared, MediaSource source, MediaScope scope,
            DataUriParts parts) {
        if (source instanceof MediaSource.LocalFile file) {
            Path name = file.path().getFileName();
            return file(new MediaRules(field, declared, source.describe(), scope, true,
                    name == null ? null : name.toString()), file.path());
        }
        if (source instanceof MediaSource.InlineBytes bytes) {
            return new MediaRules(field, declared, source.describe(), scope, true, null)
                    .judge(MediaInspector.inspect(bytes.data()));
        }
        if (parts == null) {
            return CheckedMedia.notInspected();
        }
        String shown = source instanceof MediaSource.Url u ? Redaction.url(u.url()) : source.describe();
        return dataUri(new MediaRules(field, declared, shown, scope, false, null), declared, parts);
    }

    private static CheckedMedia file(MediaRules rules, Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            String link = Files.isSymbolicLink(path) ? " (it is a symbolic link to a missing file)" : "";
            String base = path.isAbsolute() ? ""
                    : " (relative paths start from " + Redaction.shorten(Path.of("").toAbsolutePath().toString(), 80)
                            + ")";
            return CheckedMedia.failed(rules.violation(Rule.MEDIA_MISSING, "no file exists at this path" + link
                    + "; check the path" + base));
        } catch (IOException | SecurityException e) {
            return unreadable(rules, e);
        }
        if (attributes.isDirectory()) {
            return CheckedMedia.failed(rules.violation(Rule.MEDIA_DIRECTORY,
                    "this is a directory; give the path of a file inside it"));
        }
        if (!attributes.isRegularFile()) {
            return CheckedMedia.failed(rules.violation(Rule.MEDIA_DIRECTORY,
                    "this is not a regular file (a device, pipe or socket); give the path of a media file"));
        }
        try (SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ)) {
            return rules.judge(MediaInspector.inspect(channel));
        } catch (IOException | SecurityException e) {
            return unreadable(rules, e);
        }
    }

    private static CheckedMedia unreadable(MediaRules rules, Exception e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return CheckedMedia.failed(rules.violation(Rule.MEDIA_UNREADABLE, "the file cannot be read ("
                + Redaction.shorten(reason, 120) + "); check its permissions and any symbolic links on its path"));
    }

    private static CheckedMedia dataUri(MediaRules rules, MediaKind declared, DataUriParts parts) {
        if (!parts.wellFormed()) {
            return CheckedMedia.notInspected();
        }
        CheckedMedia checked = rules.judge(MediaInspector.inspect(parts.channel()));
        String declaredType = parts.mediaType();
        Optional<MediaFormat> named = MediaFormat.ofMediaType(declaredType);
        MediaInfo info = checked.info();
        if (info == null || named.isEmpty() || named.get().kind() != declared || named.get() == info.format()) {
            return new CheckedMedia(info, checked.violations(), false, parts);
        }
        List<Violation> violations = new ArrayList<>(checked.violations());
        violations.add(0, rules.violation(Rule.MEDIA_TYPE, "the data URI says " + declaredType + ", but the content"
                + " is " + MediaRules.name(info.format()) + "; write data:" + info.format().mediaType() + ";base64,…"));
        return new CheckedMedia(info, violations, false, parts);
    }
}
