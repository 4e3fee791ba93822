package dev.wanr2v.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.internal.media.DataUriSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * An experiment: the wan26api create body (object envelope, one video reference) written as its codec
 * writes it, except that the data URI goes straight from {@link DataUriSource#openStream()} to the
 * output as ASCII bytes (the generator flushed before, a raw quote after) instead of through
 * {@code writeString(Reader, -1)}. A data URI needs no JSON escaping, so the bytes are the same; the
 * benchmark's setup checks that.
 */
final class DirectBytesCreateBody {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private DirectBytesCreateBody() {
    }

    static void write(R2vRequest r, DataUriSource video, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("model", "wan26_r2v");
            g.writeObjectFieldStart("input");
            g.writeStringField("prompt", r.prompt());
            g.writeArrayFieldStart("reference_urls");
            g.writeRawValue("\"");
            g.flush();
            try (InputStream in = video.openStream()) {
                in.transferTo(out);
            }
            g.writeRaw('"');
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("parameters");
            g.writeStringField("size", r.size().toString());
            g.writeNumberField("duration", r.durationSeconds());
            g.writeBooleanField("prompt_extend", r.promptExtend());
            g.writeBooleanField("watermark", r.watermark());
            g.writeBooleanField("audio", r.audio());
            g.writeStringField("shot_type", r.shotType().name().toLowerCase(Locale.ROOT));
            if (r.seed().isPresent()) {
                g.writeNumberField("seed", r.seed().getAsLong());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }
}
