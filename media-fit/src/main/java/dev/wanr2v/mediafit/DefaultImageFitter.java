package dev.wanr2v.mediafit;

import com.twelvemonkeys.image.ResampleOp;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.spi.ImageFitter;
import dev.wanr2v.spi.MediaLimits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ImageFitter} of artifact {@code dev.wanr2v:wan-r2v-media-fit}, found by core through
 * {@link java.util.ServiceLoader}. Steps, in order:
 *
 * <ol>
 * <li>decode with ImageIO, TwelveMonkeys' readers added: JPEG (also CMYK and YCCK), PNG, BMP and WEBP
 *     (lossy, lossless, with alpha; the JDK reads no WEBP); only the first frame;</li>
 * <li>read a JPEG's EXIF orientation (TwelveMonkeys' metadata readers) and plan the upright size;</li>
 * <li>flatten transparency onto white when the limits refuse it (every provider does);</li>
 * <li>scale down, aspect kept, to the largest size the side range allows, with a Lanczos filter
 *     (TwelveMonkeys' {@code ResampleOp}); never up: an image too small is refused by validation before
 *     it gets here;</li>
 * <li>turn it upright (so a portrait phone photo stays portrait; the copy carries no EXIF);</li>
 * <li>encode: PNG when the source is lossless (PNG, BMP) and the PNG keeps the byte limit, otherwise
 *     JPEG at quality {@value Encoding#JPEG_QUALITY}; while the result is over the byte limit, scale down
 *     by a further 15 % (never below the smallest side allowed).</li>
 * </ol>
 *
 * <p>Stateless and thread-safe; the original is only read.
 */
public final class DefaultImageFitter implements ImageFitter {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultImageFitter.class);
    private static final double SHRINK_STEP = 0.85;

    /** For {@link java.util.ServiceLoader}. */
    public DefaultImageFitter() {
        ImageIO.scanForPlugins();
    }

    @Override
    public Fitted fit(Original image, MediaLimits.ImageLimits limits, OutputStream out) throws IOException {
        int orientation = image.format() == MediaFormat.JPEG ? ExifOrientation.read(image) : 1;
        BufferedImage decoded = decode(image);
        boolean swap = ExifOrientation.swapsSides(orientation);
        int uprightW = swap ? decoded.getHeight() : decoded.getWidth();
        int uprightH = swap ? decoded.getWidth() : decoded.getHeight();
        MediaLimits.Size size = limits.scaledSize(uprightW, uprightH).orElseThrow(() -> new CannotFitException(
                "at " + uprightW + "x" + uprightH + " pixels it cannot keep " + limits.minSide() + " to "
                        + limits.maxSide() + " pixels a side by scaling down"));
        boolean flattened = decoded.getColorModel().hasAlpha() && !limits.transparency();
        BufferedImage base = flattened || !decoded.getColorModel().hasAlpha() ? rgb(decoded)
                : argb(decoded);
        boolean lossless = image.format() == MediaFormat.PNG || image.format() == MediaFormat.BMP;
        while (true) {
            BufferedImage upright = ExifOrientation.apply(scaled(base, size, swap), orientation);
            byte[] bytes = encoded(upright, lossless, limits);
            if (bytes.length <= limits.maxBytes()) {
                out.write(bytes);
                MediaFormat format = isPng(bytes) ? MediaFormat.PNG : MediaFormat.JPEG;
                LOG.debug("wan-r2v: fitted {} {}x{} to {}x{} {} ({} bytes)", image.name(), image.width(),
                        image.height(), size.width(), size.height(), format, bytes.length);
                return new Fitted(format, upright.getWidth(), upright.getHeight(), orientation, flattened);
            }
            size = smaller(size, limits).orElseThrow(() -> new CannotFitException("even at the smallest size"
                    + " allowed its JPEG is over " + MediaLimits.megabytes(limits.maxBytes())));
        }
    }

    private static BufferedImage decode(Original image) throws IOException {
        try (InputStream in = image.open(); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new CannotFitException("no image reader for its " + image.format() + " content");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                return reader.read(0);
            } catch (IOException | RuntimeException e) {
                throw new CannotFitException("its " + image.format() + " content could not be decoded ("
                        + e.getMessage() + ")", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The image scaled to {@code upright} (given upright: swapped back when the pixels are stored turned). */
    private static BufferedImage scaled(BufferedImage src, MediaLimits.Size upright, boolean swap) {
        int w = swap ? upright.height() : upright.width();
        int h = swap ? upright.width() : upright.height();
        if (w == src.getWidth() && h == src.getHeight()) {
            return src;
        }
        return new ResampleOp(w, h, ResampleOp.FILTER_LANCZOS).filter(src, null);
    }

    private static byte[] encoded(BufferedImage image, boolean lossless, MediaLimits.ImageLimits limits)
            throws IOException {
        if (lossless || image.getColorModel().hasAlpha()) {
            byte[] png = Encoding.png(image);
            if (png.length <= limits.maxBytes() || image.getColorModel().hasAlpha()) {
                return png;
            }
        }
        return Encoding.jpeg(image);
    }

    private static Optional<MediaLimits.Size> smaller(MediaLimits.Size size, MediaLimits.ImageLimits limits) {
        int w = (int) Math.floor(size.width() * SHRINK_STEP);
        int h = (int) Math.floor(size.height() * SHRINK_STEP);
        return limits.accepts(w, h) ? Optional.of(new MediaLimits.Size(w, h)) : Optional.empty();
    }

    /** Opaque RGB: transparent pixels over white. */
    private static BufferedImage rgb(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_INT_RGB) {
            return src;
        }
        return drawn(src, BufferedImage.TYPE_INT_RGB, Color.WHITE);
    }

    private static BufferedImage argb(BufferedImage src) {
        return src.getType() == BufferedImage.TYPE_INT_ARGB ? src : drawn(src, BufferedImage.TYPE_INT_ARGB, null);
    }

    private static BufferedImage drawn(BufferedImage src, int type, Color background) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, src.getWidth(), src.getHeight());
            }
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }
}
