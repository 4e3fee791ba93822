package dev.wanr2v.internal.engine;

import dev.wanr2v.spi.HttpReply;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few words on an error answer's body that its provider read no message from: what a proxy, a gateway or
 * a load balancer in front of the vendor answered. An HTML page is named by its title ("an HTML page titled
 * "502 Bad Gateway""), other text is given as it is (the error's message shortens and masks it); JSON
 * and empty bodies say nothing a provider did not already read. One place for every provider: codecs
 * leave such bodies to the engine.
 */
final class BodyDescription {
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]{0,300})</title>",
            Pattern.CASE_INSENSITIVE);

    private BodyDescription() {
    }

    /** The description, or empty for an empty or JSON body. */
    static Optional<String> of(HttpReply reply) {
        String text = reply.bodyText().strip();
        if (text.isEmpty() || text.startsWith("{") || text.startsWith("[")) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (reply.contentType().toLowerCase(Locale.ROOT).contains("html") || lower.startsWith("<!doctype html")
                || lower.startsWith("<html")) {
            Matcher title = TITLE.matcher(text);
            String named = title.find() ? title.group(1).strip().replaceAll("\\s+", " ") : "";
            return Optional.of("an HTML page" + (named.isEmpty() ? "" : " titled \"" + named + "\""));
        }
        return Optional.of(text);
    }
}
