package dev.wanr2v.internal.validation;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.internal.media.CheckedMedia;
import dev.wanr2v.internal.media.DataUriParts;
import dev.wanr2v.internal.media.MediaChecks;
import dev.wanr2v.internal.media.MediaScope;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.LocalMediaRoute;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rules for where media comes from: URL syntax and scheme, data URI form, accepted input forms. */
final class SourceRules {
    private SourceRules() {
    }

    /**
     * The form of a source (URL syntax and scheme, data URI syntax and type, whether the provider takes
     * it), then, when the form is fine, its content (local files, bytes and data URIs are inspected).
     *
     * @return what the content check found; {@code null} when the form was already broken
     */
    static CheckedMedia check(String field, MediaKind kind, MediaSource source, Capabilities caps, MediaScope scope,
            boolean uploaderConfigured, List<Violation> out) {
        int before = out.size();
        DataUriParts parts = null;
        if (source instanceof MediaSource.Url url) {
            if (url.url().regionMatches(true, 0, "data:", 0, 5)) {
                parts = DataUriParts.parse(url.url());
                dataUri(field, kind, parts, caps, scope.provider(), out);
            } else {
                url(field, url.url(), out);
            }
        } else if (source instanceof MediaSource.DataUri data) {
            parts = DataUriParts.parse(data.uri());
            dataUri(field, kind, parts, caps, scope.provider(), out);
        } else if (!takesLocal(kind, caps, uploaderConfigured)) {
            String what = source instanceof MediaSource.LocalFile ? "a local file" : "bytes in memory";
            String takes = caps.acceptsDataUri(kind) ? "URLs and data URIs" : "public URLs";
            out.add(Violation.of(Rule.INPUT_FORM, field, source.describe(), scope.provider() + " takes "
                    + article(kind) + " only as " + takes + ", not as " + what + "; upload it and pass its https URL,"
                    + " or configure a MediaUploader (R2v.builder().mediaUploader(..)) to do it for you"));
        }
        if (out.size() != before) {
            return null;
        }
        CheckedMedia checked = MediaChecks.inspect(field, kind, source, scope, parts);
        out.addAll(checked.violations());
        return checked;
    }

    /** Whether local files and bytes of this kind can reach the provider. */
    static boolean takesLocal(MediaKind kind, Capabilities caps, boolean uploaderConfigured) {
        return uploaderConfigured || caps.localMedia() == LocalMediaRoute.PROVIDER_UPLOAD
                || (caps.localMedia() == LocalMediaRoute.DATA_URI && caps.acceptsDataUri(kind));
    }

    static void url(String field, String text, List<Violation> out) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            out.add(Violation.of(Rule.URL_SYNTAX, field, Redaction.url(text),
                    "not a valid URL (" + e.getReason() + " at index " + e.getIndex()
                            + "); encode spaces and special characters"));
            return;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            out.add(Violation.of(Rule.URL_SYNTAX, field, Redaction.url(text),
                    "not an absolute URL; pass an https:// URL, or MediaSource.file(Path) for a local file"));
        } else if (!scheme.equals("http") && !scheme.equals("https")) {
            String advice = scheme.equals("file") ? "pass local files as MediaSource.file(Path)"
                    : "only http, https and data URLs are accepted";
            out.add(Violation.of(Rule.URL_SCHEME, field, Redaction.url(text),
                    "scheme '" + scheme + ":' is not allowed; " + advice));
        } else if (uri.getHost() == null || uri.getHost().isEmpty()) {
            out.add(Violation.of(Rule.URL_SYNTAX, field, Redaction.url(text),
                    "the URL has no host; pass a public URL like https://example.com/character.png"));
        }
    }

    static void dataUri(String field, MediaKind kind, DataUriParts parts, Capabilities caps, String provider,
            List<Violation> out) {
        String shown = Redaction.url(parts.uri());
        if (!parts.base64()) {
            out.add(Violation.of(Rule.DATA_URI, field, shown,
                    "a data URI must read data:{media type};base64,{base64 data}"));
            return;
        }
        String bare = parts.declaredType();
        Optional<MediaFormat> format = MediaFormat.ofMediaType(bare);
        if (bare.isEmpty()) {
            out.add(Violation.of(Rule.DATA_URI, field, shown,
                    "the data URI has no media type; write data:" + MediaFormat.of(kind).get(0).mediaType()
                            + ";base64,…"));
        } else if (format.isEmpty() || format.get().kind() != kind) {
            String was = format.map(f -> " is " + f.kind().label() + " media, but this is")
                    .orElse(" is not an allowed format for");
            out.add(Violation.of(Rule.MEDIA_TYPE, field, shown, bare + was + " " + article(kind)
                    + "; use " + allowedTypes(kind)));
        }
        if (parts.base64Problem() != null) {
            out.add(Violation.of(Rule.DATA_URI, field, shown, "the base64 data " + parts.base64Problem()));
        }
        if (!caps.acceptsDataUri(kind)) {
            out.add(Violation.of(Rule.INPUT_FORM, field, shown, provider + " does not take " + article(kind)
                    + " as a data URI; pass a public https URL"));
        }
    }

    static String allowedTypes(MediaKind kind) {
        return MediaFormat.of(kind).stream().map(MediaFormat::mediaType).collect(Collectors.joining(", "));
    }

    private static String article(MediaKind kind) {
        return kind == MediaKind.AUDIO ? "an audio guide" : kind == MediaKind.IMAGE ? "an image" : "a video";
    }
}
