package dev.wanr2v.internal.engine;

import dev.wanr2v.ErrorDetails;
import dev.wanr2v.FittedImage;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.media.Inspection;
import dev.wanr2v.internal.media.MediaInfo;
import dev.wanr2v.internal.media.MediaInspector;
import dev.wanr2v.spi.ImageFitter;
import dev.wanr2v.spi.MediaLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the image fitter ({@link ImageFitter}) for images validation marked to be fitted: writes the copy
 * to a temporary file, hashing it as it is written, then inspects the copy and refuses it if it still
 * breaks a limit (a fitter is a plugin: its word is checked, not trusted).
 */
final class ImageFitting {
    private static final Logger LOG = LoggerFactory.getLogger(ImageFitting.class);

    /** A local image ready to send: the original as it is, or its fitted copy. */
    record LocalCopy(MediaSource source, MediaInfo info, String sha256, FittedImage fitted) {
        Path path() {
            return ((MediaSource.LocalFile) source).path();
        }
    }

    private final ImageFitter fitter;
    private final String providerId;
    private final FitFiles files = new FitFiles();

    /** @param fitter the fitter, or {@code null} when none is on the class path */
    ImageFitting(ImageFitter fitter, String providerId) {
        this.fitter = fitter;
        this.providerId = providerId;
    }

    /** The fitter on the class path or module path, if there is one (a broken one is logged and skipped). */
    static Optional<ImageFitter> discover() {
        try {
            for (ImageFitter f : ServiceLoader.load(ImageFitter.class, ImageFitter.class.getClassLoader())) {
                return Optional.of(f);
            }
        } catch (ServiceConfigurationError e) {
            LOG.warn("wan-r2v: the image fitter could not be loaded, so fitting is unavailable: {}", e.toString());
        }
        return Optional.empty();
    }

    boolean available() {
        return fitter != null;
    }

    /**
     * Fits one image into a temporary file; blocking I/O, for an upload thread. The caller deletes the
     * copy ({@link #release}) once the request was sent or failed.
     *
     * @throws InvalidRequestException if the image cannot be fitted, or its copy still breaks a limit
     */
    LocalCopy fit(String field, MediaSource source, MediaInfo info, MediaLimits.ImageLimits limits) {
        Path target = null;
        try {
            ImageFitter.Original original = new ImageFitter.Original(source.describe(), info.format(), info.width(),
                    info.height(), info.bytes(), info.transparency(), source);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ImageFitter.Fitted written;
            target = files.create("img");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
                written = fitter.fit(original, limits, out);
            }
            MediaInfo copy = inspect(field, source, target, limits);
            FittedImage report = new FittedImage(field, source.describe(), info.format(), info.width(), info.height(),
                    info.bytes(), copy.format(), copy.width(), copy.height(), copy.bytes(), written.orientation(),
                    written.flattened());
            LOG.debug("wan-r2v: fitted {}", report);
            return new LocalCopy(MediaSource.file(target), copy, HexFormat.of().formatHex(digest.digest()), report);
        } catch (ImageFitter.CannotFitException e) {
            files.delete(target);
            throw refused(field, source, "the image cannot be fitted: " + e.getMessage()
                    + "; convert it yourself to within " + limits);
        } catch (IOException | RuntimeException e) {
            files.delete(target);
            if (e instanceof InvalidRequestException r) {
                throw r;
            }
            throw new UncheckedIOException(new IOException("fitting " + field + " failed: " + e, e));
        } catch (NoSuchAlgorithmException e) {
            files.delete(target);
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a fitted copy. */
    void release(LocalCopy copy) {
        if (copy != null && copy.fitted() != null) {
            files.delete(copy.path());
        }
    }

    /** Deletes every copy left. */
    void close() {
        files.close();
    }

    /** The temporary files not deleted yet (for tests). */
    java.util.Set<Path> liveFiles() {
        return files.live();
    }

    private MediaInfo inspect(String field, MediaSource source, Path copy, MediaLimits.ImageLimits limits)
            throws IOException {
        Inspection inspection;
        try (SeekableByteChannel channel = Files.newByteChannel(copy)) {
            inspection = MediaInspector.inspect(channel);
        }
        if (inspection instanceof Inspection.Recognised r && r.info().kind() == MediaKind.IMAGE
                && limits.accepts(r.info().width(), r.info().height()) && r.info().bytes() <= limits.maxBytes()
                && !(r.info().transparency() && !limits.transparency() && r.info().format() == MediaFormat.PNG)) {
            return r.info();
        }
        throw refused(field, source, "the image fitter (" + fitter.getClass().getName() + ") wrote a copy that still"
                + " breaks the limits (" + describe(inspection) + "; allowed: " + limits + "); convert it yourself");
    }

    private static String describe(Inspection inspection) {
        return inspection instanceof Inspection.Recognised r ? r.info().format() + " " + r.info().width() + "x"
                + r.info().height() + ", " + r.info().bytes() + " bytes" : inspection.toString();
    }

    private InvalidRequestException refused(String field, MediaSource source, String message) {
        return new InvalidRequestException(List.of(Violation.of(Rule.IMAGE_DIMENSIONS, field, source.describe(),
                message)), ErrorDetails.of(providerId));
    }

}
