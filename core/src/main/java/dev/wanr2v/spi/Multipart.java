package dev.wanr2v.spi;

import dev.wanr2v.LocalMedia;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a {@code multipart/form-data} body (RFC 7578) whose file part is streamed from the media, with
 * an exact {@code Content-Length} (storage services such as OSS and S3 POST forms require one).
 *
 * <pre>{@code
 * RequestBody body = Multipart.builder().field("key", dir + "/" + media.fileName())
 *         .field("policy", policy).file("file", media).build();
 * }</pre>
 */
public final class Multipart {

    private final String boundary = "wanr2v-" + UUID.randomUUID();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileField;
    private LocalMedia file;

    private Multipart() {
    }

    public static Multipart builder() {
        return new Multipart();
    }

    /** A text field, in order. */
    public Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /** The file part, always written last (storage services ignore fields after the file). */
    public Multipart file(String name, LocalMedia media) {
        this.fileField = name;
        this.file = media;
        return this;
    }

    /** The body. */
    public RequestBody build() {
        List<byte[]> heads = new ArrayList<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            heads.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote(f.getKey())
                    + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] fileHead = file == null ? new byte[0] : ("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + quote(fileField) + "\"; filename=\"" + quote(file.fileName()) + "\"\r\nContent-Type: "
                + file.mediaType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ((file == null ? "" : "\r\n") + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = heads.stream().mapToLong(h -> h.length).sum() + fileHead.length
                + (file == null ? 0 : file.size()) + tail.length;
        LocalMedia media = file;
        return new RequestBody.Streamed("multipart/form-data; boundary=" + boundary, length, out -> {
            for (byte[] h : heads) {
                out.write(h);
            }
            if (media != null) {
                out.write(fileHead);
                copyExactly(media, out);
            }
            out.write(tail);
        });
    }

    private static void copyExactly(LocalMedia media, OutputStream out) throws IOException {
        long copied;
        try (InputStream in = media.open()) {
            copied = in.transferTo(out);
        }
        if (copied != media.size()) {
            throw new IOException("the media changed while being sent: " + copied + " bytes, expected " + media.size());
        }
    }

    private static String quote(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
