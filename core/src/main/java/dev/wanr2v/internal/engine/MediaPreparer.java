package dev.wanr2v.internal.engine;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.LocalMedia;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.MediaUploader;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.TransportException;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.internal.media.DataUriSource;
import dev.wanr2v.internal.media.MediaChecks;
import dev.wanr2v.internal.media.MediaInfo;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.MediaUploadCodec;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedMedia;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.UploadGrant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Gets a validated request's media ready for the wire. URLs and data URIs go as they are. Local files
 * and bytes go, in this order of preference: to the user's {@link MediaUploader}; as data URIs
 * streamed from disk; through the vendor's own upload flow. Uploads run in parallel, once per distinct
 * content (by SHA-256) of a request.
 */
final class MediaPreparer {
    private final Engine engine;
    private final CallRunner runner;

    MediaPreparer(Engine engine, CallRunner runner) {
        this.engine = engine;
        this.runner = runner;
    }

    /** Prepares every source of a validated request. */
    CompletableFuture<PreparedRequest> prepare(R2vRequest request) {
        return prepare(request, null);
    }

    /** Prepares every source; {@code listener} hears the vendor uploads' retries and bytes, or is {@code null}. */
    CompletableFuture<PreparedRequest> prepare(R2vRequest request, ProgressListener listener) {
        Run run = new Run(request, listener);
        List<CompletableFuture<PreparedMedia>> refs = new ArrayList<>();
        List<Reference> references = request.references();
        for (int i = 0; i < references.size(); i++) {
            refs.add(run.media("references[" + i + "]", references.get(i).kind(), references.get(i).source()));
        }
        CompletableFuture<PreparedMedia> audio = request.audioGuide()
                .map(a -> run.media("audioGuide", MediaKind.AUDIO, a)).orElse(CompletableFuture.completedFuture(null));
        List<CompletableFuture<?>> all = new ArrayList<>(refs);
        all.add(audio);
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(v -> new PreparedRequest(
                request, refs.stream().map(CompletableFuture::join).toList(), audio.join()));
    }

    /** The media as a dry run shows it: data URIs streamed (the preview shortens them), uploads as placeholders. */
    PreparedRequest preview(R2vRequest request) {
        List<PreparedMedia> refs = new ArrayList<>();
        for (int i = 0; i < request.references().size(); i++) {
            Reference r = request.references().get(i);
            refs.add(previewOf("references[" + i + "]", r.kind(), r.source()));
        }
        PreparedMedia audio = request.audioGuide().map(a -> previewOf("audioGuide", MediaKind.AUDIO, a)).orElse(null);
        return new PreparedRequest(request, refs, audio);
    }

    private PreparedMedia previewOf(String field, MediaKind kind, MediaSource source) {
        if (!isLocal(source)) {
            return PreparedMedia.of(kind, source);
        }
        MediaInfo info = inspected(field, kind, source);
        LocalMediaRoute route = route();
        if (route == LocalMediaRoute.DATA_URI) {
            return dataUri(kind, source, info);
        }
        String placeholder = (route == LocalMediaRoute.PROVIDER_UPLOAD ? "(uploaded to the vendor's storage: "
                : "(uploaded by your MediaUploader: ") + source.describe() + ")";
        return PreparedMedia.inMemory(kind, source, PreparedMedia.Form.UPLOADED, placeholder, info.format().mediaType());
    }

    private LocalMediaRoute route() {
        return engine.settings().mediaUploader() != null ? LocalMediaRoute.NONE
                : engine.codec().capabilities().localMedia();
    }

    private static boolean isLocal(MediaSource source) {
        return source instanceof MediaSource.LocalFile || source instanceof MediaSource.InlineBytes;
    }

    private static MediaInfo inspected(String field, MediaKind kind, MediaSource source) {
        return MediaChecks.inspect(field, kind, source).media().orElseThrow(() -> new IllegalStateException(
                field + " passed validation but can no longer be inspected; did the file change?"));
    }

    private static PreparedMedia dataUri(MediaKind kind, MediaSource source, MediaInfo info) {
        DataUriSource data = source instanceof MediaSource.LocalFile f ? DataUriSource.ofFile(f.path(), info)
                : DataUriSource.ofBytes(((MediaSource.InlineBytes) source).data(), info.format().mediaType());
        return data.prepare(kind, source);
    }

    /** The media of one request: uploads shared by content, one grant for the vendor's upload flow. */
    private final class Run {
        private final R2vRequest request;
        private final ProgressListener listener;
        private final Map<String, CompletableFuture<String>> uploads = new HashMap<>();
        private CompletableFuture<UploadGrant> grant;

        Run(R2vRequest request, ProgressListener listener) {
            this.request = request;
            this.listener = listener;
        }

        CompletableFuture<PreparedMedia> media(String field, MediaKind kind, MediaSource source) {
            return prepared(field, kind, source).handle((media, error) -> {
                if (error == null) {
                    return media;
                }
                Throwable cause = CallRunner.unwrap(error);
                if (cause instanceof R2vException r) {
                    throw r;
                }
                throw new InvalidRequestException(Violation.of(Rule.MEDIA_UNREADABLE, field, source.describe(),
                        "the media could not be read after it was checked (" + engine.errors().clean(
                                String.valueOf(cause.getMessage())) + "); did the file change or vanish?"));
            });
        }

        private CompletableFuture<PreparedMedia> prepared(String field, MediaKind kind, MediaSource source) {
            if (!isLocal(source)) {
                return CompletableFuture.completedFuture(PreparedMedia.of(kind, source));
            }
            MediaUploader uploader = engine.settings().mediaUploader();
            LocalMediaRoute route = engine.codec().capabilities().localMedia();
            if (uploader == null && route == LocalMediaRoute.DATA_URI) {
                return CompletableFuture.supplyAsync(() -> dataUri(kind, source, inspected(field, kind, source)),
                        engine.uploads());
            }
            return CompletableFuture.supplyAsync(() -> local(field, kind, source), engine.uploads())
                    .thenCompose(media -> shared(media, field, uploader))
                    .thenApply(ref -> PreparedMedia.inMemory(kind, source, uploader != null ? PreparedMedia.Form.URL
                            : PreparedMedia.Form.UPLOADED, ref, null));
        }

        private synchronized CompletableFuture<String> shared(LocalMedia media, String field, MediaUploader uploader) {
            return uploads.computeIfAbsent(media.sha256(), k -> uploader != null ? userUpload(uploader, media, field)
                    : vendorUpload(media));
        }

        private CompletableFuture<String> userUpload(MediaUploader uploader, LocalMedia media, String field) {
            return CompletableFuture.supplyAsync(() -> {
                String url;
                try {
                    url = uploader.upload(media);
                } catch (IOException | RuntimeException e) {
                    throw uploadFailed(field, e);
                }
                return checkedUrl(url, field);
            }, engine.uploads());
        }

        private synchronized CompletableFuture<String> vendorUpload(LocalMedia media) {
            MediaUploadCodec codec = engine.codec().uploads();
            if (grant == null) {
                grant = runner.run(new CallSpec<>(Operation.UPLOAD, () -> codec.grantCall(request), codec::readGrant,
                        null, null, null, null));
            }
            return grant.thenCompose(g -> runner.run(new CallSpec<>(Operation.UPLOAD, () -> codec.uploadCall(g, media),
                    reply -> codec.readUpload(g, media, reply), null, null, null, listener, false,
                    reply -> codec.alreadyUploaded(g, media, reply))));
        }
    }

    private R2vException uploadFailed(String field, Exception e) {
        String id = engine.settings().provider().id();
        return new TransportException("[" + id + "] uploading " + field + " with the configured MediaUploader failed ("
                + engine.errors().clean(String.valueOf(e.getMessage())) + "); nothing was created at the vendor",
                ErrorDetails.of(id), e);
    }

    private String checkedUrl(String url, String field) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme())
                || "http".equalsIgnoreCase(uri.getScheme()))) {
            String id = engine.settings().provider().id();
            throw new ConfigurationException("[" + id + "] the MediaUploader returned " + (url == null ? "null"
                    : "'" + Redaction.url(url) + "'") + " for " + field + ", which is not a public http(s) URL",
                    ErrorDetails.of(id));
        }
        return url;
    }

    /** A local source as {@link LocalMedia}: inspected, hashed. Blocking I/O, run on an upload thread. */
    private static LocalMedia local(String field, MediaKind kind, MediaSource source) {
        MediaInfo info = inspected(field, kind, source);
        if (source instanceof MediaSource.LocalFile f) {
            Path path = f.path();
            return new LocalMedia(kind, info.format(), info.bytes(), sha256(() -> Files.newInputStream(path)), path,
                    () -> Files.newInputStream(path));
        }
        byte[] data = ((MediaSource.InlineBytes) source).data();
        return new LocalMedia(kind, info.format(), data.length, sha256(() -> new java.io.ByteArrayInputStream(data)),
                null, () -> new java.io.ByteArrayInputStream(data));
    }

    private static String sha256(LocalMedia.Opener opener) {
        try (InputStream in = opener.open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
