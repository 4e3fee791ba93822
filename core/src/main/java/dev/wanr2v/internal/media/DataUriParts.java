package dev.wanr2v.internal.media;

import java.nio.channels.SeekableByteChannel;
import java.util.Locale;

/**
 * A {@code data:{media type};base64,{data}} URI taken apart once, by the one parser every check and
 * the preparation share: its declared media type, whether its form and base64 payload are well formed
 * (and if not, why), and its payload, readable as bytes without decoding it into an array.
 *
 * @param uri           the whole URI
 * @param declaredType  the media type as written, trimmed, without parameters; {@code ""} if none
 * @param base64        whether the head ends in {@code ;base64} and a comma follows it
 * @param start         index of the first payload character (after the comma); {@code -1} without a comma
 * @param bytes         how many bytes the payload decodes to; {@code -1} unless it is well-formed base64
 * @param base64Problem why the payload is not well-formed standard base64, to follow "the base64 data";
 *                      {@code null} when it is (or when the URI has no base64 payload at all)
 */
public record DataUriParts(String uri, String declaredType, boolean base64, int start, long bytes,
        String base64Problem) {

    /** Takes a URI apart; never throws. Text that does not start with {@code data:} has no parts. */
    public static DataUriParts parse(String uri) {
        int comma = uri.indexOf(',');
        String head = head(uri, comma);
        if (head == null) {
            return new DataUriParts(uri, "", false, -1, -1, null);
        }
        String type = declaredType(head);
        boolean base64 = comma >= 0 && head.toLowerCase(Locale.ROOT).endsWith(";base64");
        if (!base64) {
            return new DataUriParts(uri, type, false, comma < 0 ? -1 : comma + 1, -1, null);
        }
        Base64Text checked = Base64Text.check(uri, comma + 1);
        return new DataUriParts(uri, type, true, comma + 1, checked.decodedLength(), checked.problem());
    }

    /**
     * The media type a URI declares, lower-cased, read from its head alone (the payload is not looked at):
     * what {@link #parse}{@code (uri).mediaType()} says; {@code ""} if none or the text is no data URI.
     */
    public static String mediaTypeOf(String uri) {
        String head = head(uri, uri.indexOf(','));
        return head == null ? "" : declaredType(head).toLowerCase(Locale.ROOT);
    }

    /** The text before the comma, if it starts with {@code data:}; else {@code null}. */
    private static String head(String uri, int comma) {
        String head = comma < 0 ? uri : uri.substring(0, comma);
        return head.regionMatches(true, 0, "data:", 0, 5) ? head : null;
    }

    /** The media type between {@code data:} and the first parameter, trimmed. */
    private static String declaredType(String head) {
        String meta = head.substring(5);
        int semicolon = meta.indexOf(';');
        return (semicolon < 0 ? meta : meta.substring(0, semicolon)).trim();
    }

    /** The declared media type, lower-cased ({@code image/png}); {@code ""} if none. */
    public String mediaType() {
        return declaredType.toLowerCase(Locale.ROOT);
    }

    /** Whether the URI is well formed: {@code data:…;base64,} and a well-formed payload. */
    public boolean wellFormed() {
        return base64 && bytes >= 0;
    }

    /** The payload's bytes, decoded on demand; only for a {@link #wellFormed()} URI. */
    SeekableByteChannel channel() {
        if (!wellFormed()) {
            throw new IllegalStateException("the data URI is malformed: " + base64Problem);
        }
        return new Base64Channel(uri, start, bytes);
    }
}
