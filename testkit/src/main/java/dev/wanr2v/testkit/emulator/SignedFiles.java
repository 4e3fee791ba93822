package dev.wanr2v.testkit.emulator;

import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.MediaSamples;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Result videos at signed URLs, {@code /files/{task}.mp4?Expires=…&OSSAccessKeyId=…&Signature=…},
 * served by the emulator itself: the real playable MP4 while the signature is right and not expired,
 * else an object-storage style 403.
 */
final class SignedFiles {
    private static final Pattern PATH = Pattern.compile("/files/([A-Za-z0-9_.-]+)\\.mp4");
    private static final String ACCESS_KEY_ID = "LTAI-emulator";

    private final byte[] secret = new byte[32];
    private final byte[] video = MediaSamples.resultVideo();

    SignedFiles() {
        new SecureRandom().nextBytes(secret);
    }

    String url(String baseUrl, String taskId, Instant expiresAt) {
        long expires = expiresAt.getEpochSecond();
        return baseUrl + "/files/" + taskId + ".mp4?Expires=" + expires + "&OSSAccessKeyId=" + ACCESS_KEY_ID
                + "&Signature=" + signature(taskId, expires);
    }

    Optional<Route> route(String method, String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches() || !(method.equals("GET") || method.equals("HEAD"))) {
            return Optional.empty();
        }
        return Optional.of(Route.of(Operation.DOWNLOAD, m.group(1)));
    }

    Reply serve(Route route, Exchange exchange, Instant now) {
        Optional<Long> expires = exchange.queryParameter("Expires").flatMap(SignedFiles::parseLong);
        String given = exchange.queryParameter("Signature").orElse("");
        if (expires.isEmpty() || !MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                signature(route.taskId(), expires.get()).getBytes(StandardCharsets.US_ASCII))) {
            return denied("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
        }
        if (now.getEpochSecond() > expires.get()) {
            return denied("AccessDenied", "Request has expired.");
        }
        return Reply.of(200, "video/mp4", video).withHeader("Accept-Ranges", "none");
    }

    private static Reply denied(String code, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>" + code + "</Code>\n  <Message>"
                + message + "</Message>\n  <HostId>emulator.local</HostId>\n</Error>\n";
        return Reply.of(403, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private String signature(String taskId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((taskId + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
