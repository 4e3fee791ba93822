package dev.wanr2v.bench;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes what is written (SHA-256), to compare long outputs without keeping them. */
final class DigestSink extends OutputStream {
    private final MessageDigest digest;

    DigestSink() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) {
        digest.update((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        digest.update(b, off, len);
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
