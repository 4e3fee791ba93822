package dev.wanr2v.internal.validation;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.internal.media.MediaChecks;
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
     */
    static void check(String field, MediaKind kind, MediaSource source, Capabilities caps, String provider,
            boolean uploaderConfigured, List<Violation> out) {
        int before = out.size();
        if (source instanceof MediaSource.Url url) {
            if (url.url().regionMatches(true, 0, "data:", 0, 5)) {
                dataUri(field, kind, url.url(), caps, provider, out);
            } else {
                url(field, url.url(), out);
            }
        } else if (source instanceof MediaSource.DataUri data) {
            dataUri(field, kind, data.uri(), caps, provider, out);
        } else if (!takesLocal(kind, caps, uploaderConfigured)) {
            String what = source instanceof MediaSource.LocalFile ? "a local file" : "bytes in memory";
            String takes = caps.acceptsDataUri(kind) ? "URLs and data URIs" : "public URLs";
            out.add(Violation.of(Rule.INPUT_FORM, field, source.describe(), provider + " takes " + article(kind)
                    + " only as " + takes + ", not as " + what + "; upload it and pass its https URL, or configure"
                    + " a MediaUploader (R2v.builder().mediaUploader(..)) to do it for you"));
        }
        if (out.size() == before) {
            out.addAll(MediaChecks.check(field, kind, source));
        }
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

    static void dataUri(String field, MediaKind kind, String uri, Capabilities caps, String provider,
            List<Violation> out) {
        int comma = uri.indexOf(',');
        String head = comma < 0 ? uri : uri.substring(0, comma);
        String shown = Redaction.url(uri);
        if (comma < 0 || !head.toLowerCase(Locale.ROOT).endsWith(";base64")) {
            out.add(Violation.of(Rule.DATA_URI, field, shown,
                    "a data URI must read data:{media type};base64,{base64 data}"));
            return;
        }
        String mediaType = head.substring(5, head.length() - ";base64".length());
        int semicolon = mediaType.indexOf(';');
        String bare = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim();
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
        String base64Problem = base64Problem(uri, comma + 1);
        if (base64Problem != null) {
            out.add(Violation.of(Rule.DATA_URI, field, shown, "the base64 data " + base64Problem));
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

    /** Why the base64 payload starting at {@code from} is broken, or {@code null} if it is fine. */
    static String base64Problem(String s, int from) {
        int n = s.length() - from;
        if (n == 0) {
            return "is empty";
        }
        int padding = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=') {
                padding++;
            } else if (padding > 0) {
                return "has '=' padding before its end (at index " + i + ")";
            } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/')) {
                return "holds a character that is not base64 at index " + i
                        + (c == '-' || c == '_' ? " (URL-safe base64 is not accepted; use + and /)" : "");
            }
        }
        if (padding > 2 || n % 4 != 0) {
            return "has a length of " + n + ", which is not a multiple of 4: it is cut or badly padded";
        }
        return null;
    }
}
