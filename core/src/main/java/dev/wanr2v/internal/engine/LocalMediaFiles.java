package dev.wanr2v.internal.engine;

import dev.wanr2v.LocalMedia;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.internal.MediaContent;
import dev.wanr2v.internal.engine.ImageFitting.LocalCopy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Local media as {@link LocalMedia}, for uploads: the inspection validation made, and the content's hash. */
final class LocalMediaFiles {
    private LocalMediaFiles() {
    }

    /**
     * The copy as {@link LocalMedia}. The hash is the one taken while a fitted copy was written, else it
     * is computed here, in the one read before the upload (which also checks the size inspection saw).
     * Blocking I/O, for an upload thread.
     */
    static LocalMedia of(MediaKind kind, LocalCopy copy) {
        long size = copy.info().bytes();
        if (copy.source() instanceof MediaSource.LocalFile f) {
            Path path = f.path();
            MediaContent opener = () -> Files.newInputStream(path);
            String sha = copy.sha256() != null ? copy.sha256() : sha256(opener, size);
            return MediaContent.media(kind, copy.info().format(), size, sha, path, opener);
        }
        byte[] data = ((MediaSource.InlineBytes) copy.source()).data();
        MediaContent opener = () -> new ByteArrayInputStream(data);
        return MediaContent.media(kind, copy.info().format(), data.length, sha256(opener, data.length), null, opener);
    }

    private static String sha256(MediaContent opener, long expected) {
        try (InputStream in = opener.open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                total += n;
            }
            if (total != expected) {
                throw new IOException("it has " + total + " bytes now, but " + expected + " when it was checked");
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
