package dev.wanr2v.spi;

import dev.wanr2v.MediaKind;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated request whose media are ready for the wire, handed to
 * {@link ProviderCodec#createCall(PreparedRequest)}. {@code references().get(i)} is the prepared form
 * of {@code request().references().get(i)}.
 */
public final class PreparedRequest {
    private final R2vRequest request;
    private final List<PreparedMedia> references;
    private final PreparedMedia audioGuide;

    /**
     * @param request    the validated request
     * @param references its references, prepared, in the same order
     * @param audioGuide its audio guide, prepared, or {@code null}
     */
    public PreparedRequest(R2vRequest request, List<PreparedMedia> references, PreparedMedia audioGuide) {
        this.request = Objects.requireNonNull(request, "request");
        this.references = List.copyOf(references);
        if (this.references.size() != request.references().size()) {
            throw new IllegalArgumentException("one prepared media per reference expected");
        }
        if (request.audioGuide().isPresent() != (audioGuide != null)) {
            throw new IllegalArgumentException("the audio guide must be prepared exactly when the request has one");
        }
        this.audioGuide = audioGuide;
    }

    /**
     * Prepares a request whose media are all URLs or data URIs, as they are (for codec tests and
     * previews).
     *
     * @throws IllegalArgumentException if a source is a local file or bytes
     */
    public static PreparedRequest of(R2vRequest request) {
        List<PreparedMedia> refs = request.references().stream()
                .map((Reference r) -> PreparedMedia.of(r.kind(), r.source())).toList();
        PreparedMedia audio = request.audioGuide().map(a -> PreparedMedia.of(MediaKind.AUDIO, a)).orElse(null);
        return new PreparedRequest(request, refs, audio);
    }

    public R2vRequest request() {
        return request;
    }

    public List<PreparedMedia> references() {
        return references;
    }

    /** The prepared images, in order (for wires with separate image and video lists). */
    public List<PreparedMedia> images() {
        return references.stream().filter(m -> m.kind() == MediaKind.IMAGE).toList();
    }

    /** The prepared videos, in order. */
    public List<PreparedMedia> videos() {
        return references.stream().filter(m -> m.kind() == MediaKind.VIDEO).toList();
    }

    public Optional<PreparedMedia> audioGuide() {
        return Optional.ofNullable(audioGuide);
    }

    /** Whether any media is a reference into the vendor's storage (an upload). */
    public boolean hasUploads() {
        return references.stream().anyMatch(m -> m.form() == PreparedMedia.Form.UPLOADED)
                || (audioGuide != null && audioGuide.form() == PreparedMedia.Form.UPLOADED);
    }

    @Override
    public String toString() {
        return "PreparedRequest[" + request + "]";
    }
}
