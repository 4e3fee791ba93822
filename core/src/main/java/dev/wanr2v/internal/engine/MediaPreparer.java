package dev.wanr2v.internal.engine;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.FittedImage;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.LocalMedia;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.MediaUploader;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Rule;
import dev.wanr2v.TransportException;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.internal.engine.ImageFitting.LocalCopy;
import dev.wanr2v.internal.media.CheckedMedia;
import dev.wanr2v.internal.media.DataUriSource;
import dev.wanr2v.internal.media.MediaInfo;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.MediaUploadCodec;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedMedia;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.UploadGrant;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Gets a validated request's media ready for the wire, from what validation found (nothing is
 * inspected twice). URLs and data URIs go as they are. Local files and bytes (or, for images marked to
 * be fitted, their fitted copies) go, in this order of preference: to the user's {@link MediaUploader};
 * as data URIs streamed from disk; through the vendor's own upload flow. Uploads run in parallel, once
 * per distinct content (by SHA-256) of a request. Fitted copies are deleted once the call using them ends.
 */
final class MediaPreparer {
    private final Engine engine;
    private final CallRunner runner;
    private final ImageFitting fitting;

    MediaPreparer(Engine engine, CallRunner runner, ImageFitting fitting) {
        this.engine = engine;
        this.runner = runner;
        this.fitting = fitting;
    }

    /**
     * Prepares every source of a validated request, runs {@code use} with it, and deletes the request's
     * fitted copies once {@code use}'s future ends (or preparation failed).
     *
     * @param media    what validation found per field
     * @param listener hears the vendor uploads' retries and bytes, or is {@code null}
     */
    <T> CompletableFuture<T> using(R2vRequest request, Map<String, CheckedMedia> media, ProgressListener listener,
            Function<PreparedRequest, CompletableFuture<T>> use) {
        Run run = new Run(request, media, listener);
        List<CompletableFuture<PreparedMedia>> refs = new ArrayList<>();
        List<Reference> references = request.references();
        for (int i = 0; i < references.size(); i++) {
            refs.add(run.media("references[" + i + "]", references.get(i).kind(), references.get(i).source()));
        }
        CompletableFuture<PreparedMedia> audio = request.audioGuide()
                .map(a -> run.media("audioGuide", MediaKind.AUDIO, a)).orElse(CompletableFuture.completedFuture(null));
        List<CompletableFuture<?>> all = new ArrayList<>(refs);
        all.add(audio);
        CompletableFuture<T> result = CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .thenCompose(v -> use.apply(new PreparedRequest(request, refs.stream().map(CompletableFuture::join)
                        .toList(), audio.join())));
        return result.whenComplete((v, e) -> run.copies.forEach(fitting::release));
    }

    /**
     * The media as a dry run shows it: data URIs streamed (the preview shortens them), uploads as
     * placeholders, images fitted; {@code render} runs before the fitted copies are deleted.
     */
    <T> T preview(R2vRequest request, Map<String, CheckedMedia> media, Function<Preview, T> render) {
        List<LocalCopy> copies = new ArrayList<>();
        try {
            List<PreparedMedia> refs = new ArrayList<>();
            for (int i = 0; i < request.references().size(); i++) {
                Reference r = request.references().get(i);
                refs.add(previewOf("references[" + i + "]", r.kind(), r.source(), media, copies));
            }
            PreparedMedia audio = request.audioGuide().map(a -> previewOf("audioGuide", MediaKind.AUDIO, a, media,
                    copies)).orElse(null);
            List<FittedImage> fitted = copies.stream().map(LocalCopy::fitted).filter(f -> f != null).toList();
            return render.apply(new Preview(new PreparedRequest(request, refs, audio), fitted));
        } finally {
            copies.forEach(fitting::release);
        }
    }

    /** A dry run's prepared request and what fitting did. */
    record Preview(PreparedRequest request, List<FittedImage> fitted) {
    }

    private PreparedMedia previewOf(String field, MediaKind kind, MediaSource source, Map<String, CheckedMedia> media,
            List<LocalCopy> copies) {
        if (!isLocal(source)) {
            return remote(kind, source, media.get(field));
        }
        LocalCopy local;
        try {
            local = local(field, kind, source, media.get(field));
        } catch (R2vException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(field, source, e);
        }
        copies.add(local);
        LocalMediaRoute route = route();
        if (route == LocalMediaRoute.DATA_URI) {
            return dataUri(kind, source, local);
        }
        String placeholder = (route == LocalMediaRoute.PROVIDER_UPLOAD ? "(uploaded to the vendor's storage: "
                : "(uploaded by your MediaUploader: ") + source.describe()
                + (local.fitted() == null ? "" : ", fitted to " + local.info().width() + "x" + local.info().height()
                        + " " + local.info().format()) + ")";
        return PreparedMedia.inMemory(kind, source, PreparedMedia.Form.UPLOADED, placeholder,
                local.info().format().mediaType());
    }

    private LocalMediaRoute route() {
        return engine.settings().mediaUploader() != null ? LocalMediaRoute.NONE
                : engine.codec().capabilities().localMedia();
    }

    private static boolean isLocal(MediaSource source) {
        return source instanceof MediaSource.LocalFile || source instanceof MediaSource.InlineBytes;
    }

    /** A URL, or a data URI as validation took it apart. */
    private static PreparedMedia remote(MediaKind kind, MediaSource source, CheckedMedia checked) {
        if (checked != null && checked.dataUri() != null) {
            return PreparedMedia.inMemory(kind, source, PreparedMedia.Form.DATA_URI, checked.dataUri().uri(),
                    checked.dataUri().mediaType());
        }
        return PreparedMedia.of(kind, source);
    }

    /** The local source as validation found it, or its fitted copy. Blocking I/O. */
    private LocalCopy local(String field, MediaKind kind, MediaSource source, CheckedMedia checked) {
        MediaInfo info = checked == null ? null : checked.info();
        if (info == null) {
            throw new IllegalStateException(field + " reached preparation without a successful inspection");
        }
        if (checked.fit()) {
            return fitting.fit(field, source, info, engine.codec().capabilities().mediaLimits().image());
        }
        return new LocalCopy(source, info, null, null);
    }

    private static PreparedMedia dataUri(MediaKind kind, MediaSource source, LocalCopy local) {
        DataUriSource data = local.source() instanceof MediaSource.LocalFile f ? DataUriSource.ofFile(f.path(),
                local.info()) : DataUriSource.ofBytes(((MediaSource.InlineBytes) local.source()).data(),
                local.info().format().mediaType());
        return data.prepare(kind, source);
    }

    /** The media of one request: uploads shared by content, one grant for the vendor's upload flow. */
    private final class Run {
        private final R2vRequest request;
        private final Map<String, CheckedMedia> checked;
        private final ProgressListener listener;
        private final Map<String, CompletableFuture<String>> uploads = new HashMap<>();
        private final ConcurrentLinkedQueue<LocalCopy> copies = new ConcurrentLinkedQueue<>();
        private CompletableFuture<UploadGrant> grant;

        Run(R2vRequest request, Map<String, CheckedMedia> checked, ProgressListener listener) {
            this.request = request;
            this.checked = checked;
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
                throw unreadable(field, source, cause);
            });
        }

        private CompletableFuture<PreparedMedia> prepared(String field, MediaKind kind, MediaSource source) {
            if (!isLocal(source)) {
                return CompletableFuture.completedFuture(remote(kind, source, checked.get(field)));
            }
            MediaUploader uploader = engine.settings().mediaUploader();
            LocalMediaRoute route = engine.codec().capabilities().localMedia();
            CompletableFuture<LocalCopy> local = CompletableFuture.supplyAsync(() -> {
                LocalCopy copy = local(field, kind, source, checked.get(field));
                copies.add(copy);
                return copy;
            }, engine.uploads());
            if (uploader == null && route == LocalMediaRoute.DATA_URI) {
                return local.thenApply(copy -> dataUri(kind, source, copy));
            }
            return local.thenApplyAsync(copy -> LocalMediaFiles.of(kind, copy), engine.uploads())
                    .thenCompose(m -> shared(m, field, uploader))
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
                grant = runner.run(CallSpec.of(Operation.UPLOAD, () -> codec.grantCall(request), codec::readGrant));
            }
            return grant.thenCompose(g -> runner.run(CallSpec.of(Operation.UPLOAD, () -> codec.uploadCall(g, media),
                    reply -> codec.readUpload(g, media, reply)).withListener(listener)
                    .withRecovery(reply -> codec.alreadyUploaded(g, media, reply))));
        }
    }

    private InvalidRequestException unreadable(String field, MediaSource source, Throwable cause) {
        return new InvalidRequestException(Violation.of(Rule.MEDIA_UNREADABLE, field, source.describe(),
                "the media could not be read after it was checked (" + engine.errors().clean(
                        String.valueOf(cause.getMessage())) + "); did the file change or vanish?"));
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
}
