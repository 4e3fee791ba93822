package dev.wanr2v.cli.request;

import dev.wanr2v.MediaFit;

/**
 * Core's messages tell a Java user how to ask for fitting ({@value MediaFit#BUILDER_HINT}); on the
 * command line that advice reads {@code --fit} (or, in a batch manifest, {@code "fit": true}).
 */
public final class FitHint {
    private FitHint() {
    }

    /** The message with the builder call replaced by the command line's words. */
    public static String inCliWords(String message, String cliWords) {
        return message.replace(MediaFit.BUILDER_HINT, cliWords);
    }
}
