package dev.wanr2v.provider.wan26api.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.BodyWriter;
import dev.wanr2v.spi.PreparedMedia;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.RequestBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes the create (and precharge) body, seed 004's shape:
 * {@code {"model":"wan26_r2v","input":{"prompt","reference_urls","audio_url"?},"parameters":{"size",
 * "duration","prompt_extend","watermark","audio","shot_type","seed"?}}}, or with
 * {@link Envelope#ARRAY} {@code "input":[{"params":{"input":{..},"parameters":{..}}}]}. Every parameter
 * is sent explicitly; absent optional values are left out, never sent as {@code null}.
 *
 * <p>Media values are copied from {@link PreparedMedia#openReader()} into the generator, so a streamed
 * data URI never sits in the heap. A request holding only in-memory values is rendered once into bytes
 * (a body of known length); one with a streamed value becomes a streamed body, written again on each
 * attempt, the same bytes each time.
 */
final class CreateBody implements BodyWriter {
    static final String MODEL = "wan26_r2v";

    private final PreparedRequest prepared;
    private final Envelope envelope;

    private CreateBody(PreparedRequest prepared, Envelope envelope) {
        this.prepared = prepared;
        this.envelope = envelope;
    }

    /** The body for this request: bytes in memory, or streamed if any media value is. */
    static RequestBody of(PreparedRequest prepared, Envelope envelope) {
        CreateBody writer = new CreateBody(prepared, envelope);
        boolean streamed = prepared.references().stream().anyMatch(PreparedMedia::isStreamed)
                || prepared.audioGuide().map(PreparedMedia::isStreamed).orElse(false);
        if (streamed) {
            return RequestBody.streamed(RequestBody.JSON, writer);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the request body", e);
        }
        return RequestBody.json(out.toByteArray());
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (JsonGenerator g = Json.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("model", MODEL);
            if (envelope == Envelope.ARRAY) {
                g.writeArrayFieldStart("input");
                g.writeStartObject();
                g.writeObjectFieldStart("params");
                writeInputAndParameters(g, out);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
            } else {
                writeInputAndParameters(g, out);
            }
            g.writeEndObject();
        }
    }

    private void writeInputAndParameters(JsonGenerator g, OutputStream out) throws IOException {
        R2vRequest r = prepared.request();
        g.writeObjectFieldStart("input");
        g.writeStringField("prompt", r.prompt());
        g.writeArrayFieldStart("reference_urls");
        for (PreparedMedia media : prepared.references()) {
            writeMedia(g, out, media);
        }
        g.writeEndArray();
        if (prepared.audioGuide().isPresent()) {
            g.writeFieldName("audio_url");
            writeMedia(g, out, prepared.audioGuide().get());
        }
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
    }

    /**
     * A streamed data URI is copied as bytes straight into the body, between quotes (it is ASCII and needs
     * no escaping; going through Jackson's character path costs several times more); every other value is
     * written as a JSON string.
     */
    private static void writeMedia(JsonGenerator g, OutputStream out, PreparedMedia media) throws IOException {
        if (media.isStreamed() && media.form() == PreparedMedia.Form.DATA_URI) {
            g.writeRawValue("\"");
            g.flush();
            try (InputStream in = media.openAsciiStream()) {
                in.transferTo(out);
            }
            g.writeRaw('"');
            return;
        }
        try (Reader reader = media.openReader()) {
            g.writeString(reader, -1);
        }
    }
}
