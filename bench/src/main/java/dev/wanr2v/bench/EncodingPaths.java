package dev.wanr2v.bench;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.internal.media.DataUriSource;
import dev.wanr2v.provider.wan26api.Wan26ApiProvider;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.PreparedMedia;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Ways of writing a local video as a {@code data:video/mp4;base64,…} URI into an output stream: the
 * engine's {@link DataUriSource} alone; the same inside the wan26api provider's JSON create body
 * (Jackson's {@code writeString(Reader, -1)}); that body with the URI's bytes copied straight through
 * (an experiment); and the JDK's {@code Base64} encoder stream (the baseline).
 */
final class EncodingPaths {
    static final String MEDIA_TYPE = "video/mp4";
    private static final byte[] PREFIX = ("data:" + MEDIA_TYPE + ";base64,").getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final long size;
    private final ProviderCodec wan26api;
    private final R2vRequest request;

    EncodingPaths(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        Wan26ApiProvider provider = new Wan26ApiProvider();
        this.wan26api = provider.codec(new ProviderConfig(provider.id(), provider.configOptions(),
                Map.of(ConfigOption.API_KEY, BenchClients.API_KEY, ConfigOption.BASE_URL, "https://gateway.example")));
        this.request = R2vRequest.builder().prompt("character1 walks through the rain").video(file).duration(5).build();
    }

    /** The length of the data URI, in bytes. */
    long dataUriLength() {
        return DataUriSource.length(MEDIA_TYPE, size);
    }

    long fileBytes() {
        return size;
    }

    /** The engine's data URI stream, copied out. */
    void dataUri(OutputStream out) throws IOException {
        try (InputStream in = DataUriSource.ofFile(file, MEDIA_TYPE, size).openStream()) {
            in.transferTo(out);
        }
    }

    /** The wan26api codec's create body with the file as its one reference, streamed as the engine sends it. */
    void wan26apiBody(OutputStream out) throws IOException {
        PreparedMedia media = DataUriSource.ofFile(file, MEDIA_TYPE, size).prepare(MediaKind.VIDEO,
                MediaSource.file(file));
        wan26api.createCall(new PreparedRequest(request, List.of(media), null)).body().writeTo(out);
    }

    /** Baseline: the prefix, then {@code Files.copy} into {@code Base64.getEncoder().wrap(out)}. */
    void base64Wrap(OutputStream out) throws IOException {
        out.write(PREFIX);
        try (OutputStream encoder = Base64.getEncoder().wrap(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // leave the sink open
            }
        })) {
            Files.copy(file, encoder);
        }
    }
}
