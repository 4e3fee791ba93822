package dev.wanr2v.internal.engine;

import dev.wanr2v.FittedImage;
import dev.wanr2v.RequestPreview;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.support.BaseUrlRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Renders a create call for a dry run: secrets masked, long base64 payloads shortened. */
final class Previews {
    private static final Pattern BASE64_RUN = Pattern.compile("(data:[^;,\"]{1,100};base64,)([A-Za-z0-9+/=]{48,})");
    private static final int MAX_BODY = 1 << 20;

    private Previews() {
    }

    static RequestPreview of(Engine engine, HttpCall call, List<FittedImage> fitted) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        call.headers().forEach((name, values) -> {
            List<String> shown = new ArrayList<>();
            values.forEach(v -> shown.add(Redaction.headerValue(name, v)));
            headers.put(name, shown);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            call.body().writeTo(new CappedStream(out));
        } catch (CappedStream.Full e) {
            // the preview shows the start of a body too large to print
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String body = out.toString(StandardCharsets.UTF_8);
        if (out.size() >= MAX_BODY) {
            body += "…(body truncated)";
        }
        body = BASE64_RUN.matcher(body).replaceAll(m -> m.group(1) + m.group(2).substring(0, 16)
                + "…(" + m.group(2).length() + " characters)");
        String url = Redaction.url(resolveUrl(engine, call));
        return new RequestPreview(call.method(), url, headers, Redaction.scrub(body, engine.settings().secret()),
                fitted);
    }

    private static String resolveUrl(Engine engine, HttpCall call) {
        return call.isAbsolute() ? call.target() : BaseUrlRule.resolve(engine.endpoint(), call.target()).toString();
    }

    /** Stops writing once the preview has enough. */
    private static final class CappedStream extends OutputStream {
        static final class Full extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final ByteArrayOutputStream out;

        CappedStream(ByteArrayOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (out.size() >= MAX_BODY) {
                throw new Full();
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int room = MAX_BODY - out.size();
            out.write(b, off, Math.min(room, len));
            if (len > room) {
                throw new Full();
            }
        }
    }
}
