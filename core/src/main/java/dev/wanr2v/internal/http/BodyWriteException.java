package dev.wanr2v.internal.http;

import java.io.IOException;

/**
 * A request body could not be produced on this side (a local file changed, vanished or could not be read
 * while it was being sent). Nothing to do with the server, which never had the whole request.
 */
final class BodyWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyWriteException(Exception cause) {
        super(String.valueOf(cause.getMessage()), cause);
    }
}
