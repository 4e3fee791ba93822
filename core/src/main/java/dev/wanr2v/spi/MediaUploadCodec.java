package dev.wanr2v.spi;

import dev.wanr2v.LocalMedia;
import dev.wanr2v.R2vRequest;

/**
 * A vendor's own upload flow for local media (declared as {@link LocalMediaRoute#PROVIDER_UPLOAD}):
 * first a grant (e.g. DashScope's upload policy), then one upload call per piece of media, whose
 * answer yields a reference the create call can carry (e.g. {@code oss://dir/name}). Like every codec,
 * it only describes calls and reads answers; the engine sends them, in parallel, once per distinct
 * content of a request, retrying transient failures. Must be thread-safe.
 */
public interface MediaUploadCodec {

    /** The call that obtains a grant for the uploads of this request (one grant serves all of them). */
    HttpCall grantCall(R2vRequest request);

    /** Reads a 2xx answer to the grant call. */
    UploadGrant readGrant(HttpReply reply);

    /**
     * The upload of one piece of media; usually an absolute URL on the vendor's storage host, with
     * whatever credentials the grant provides (never the API key of another host).
     */
    HttpCall uploadCall(UploadGrant grant, LocalMedia media);

    /** Reads a 2xx answer to an upload and returns the reference the create call sends for it. */
    String readUpload(UploadGrant grant, LocalMedia media, HttpReply reply);

    /**
     * Whether an error answer to an upload means the media is in place anyway, e.g. the storage refuses to
     * overwrite a file it already holds under the same content-derived name (an earlier attempt whose
     * answer was lost stored it). Returns the reference to send, or {@code null} for a real error.
     */
    default String alreadyUploaded(UploadGrant grant, LocalMedia media, HttpReply errorReply) {
        return null;
    }
}
