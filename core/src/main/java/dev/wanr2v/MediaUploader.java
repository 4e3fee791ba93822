package dev.wanr2v;

import java.io.IOException;

/**
 * Puts local media where a vendor can fetch it, for providers that take only URLs (e.g. UniAll), or
 * whenever you prefer your own storage: presigned PUT to S3 or OSS, a CDN, a file server.
 *
 * <pre>{@code
 * R2vClient client = R2v.builder().provider("uniall")
 *         .mediaUploader(media -> myBucket.putAndPresign(media.fileName(), media.open(), media.size()))
 *         .build();
 * }</pre>
 *
 * <p>Called on one of the client's upload threads, once per distinct content of a request, several in
 * parallel; it may block. Content was inspected first: kind, format and size are known and valid. A
 * configured uploader is used for every local file and byte array, with every provider.
 */
@FunctionalInterface
public interface MediaUploader {

    /**
     * Uploads one piece of media.
     *
     * @return a public {@code https} URL the vendor can download it from, valid for at least the task's
     *         run time
     * @throws IOException if the upload failed; the submit then fails with a {@link TransportException}
     *                     and nothing is created at the vendor
     */
    String upload(LocalMedia media) throws IOException;
}
