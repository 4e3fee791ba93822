package dev.wanr2v.internal.media;

import java.nio.channels.SeekableByteChannel;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a well-formed {@code data:{media type};base64,{data}} URI, with its payload readable
 * as bytes without decoding it into an array.
 *
 * @param uri       the whole URI
 * @param mediaType the declared media type, lower-case, without parameters; may be empty
 * @param start     index of the first base64 character
 * @param bytes     how many bytes the payload decodes to
 */
record DataUriPayload(String uri, String mediaType, int start, long bytes) {

    /** The payload of a well-formed base64 data URI; empty if the URI is malformed (rule R2V-DATA-URI's business). */
    static Optional<DataUriPayload> parse(String uri) {
        int comma = uri.indexOf(',');
        if (comma < 0 || !uri.regionMatches(true, 0, "data:", 0, 5)) {
            return Optional.empty();
        }
        String head = uri.substring(5, comma);
        if (!head.toLowerCase(Locale.ROOT).endsWith(";base64")) {
            return Optional.empty();
        }
        String type = head.substring(0, head.length() - ";base64".length());
        int semicolon = type.indexOf(';');
        String bare = (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        long bytes = Base64Channel.decodedLength(uri, comma + 1);
        return bytes < 0 ? Optional.empty() : Optional.of(new DataUriPayload(uri, bare, comma + 1, bytes));
    }

    SeekableByteChannel channel() {
        return new Base64Channel(uri, start, bytes);
    }
}
