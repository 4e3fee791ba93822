package dev.wanr2v;

import java.util.Locale;
import java.util.Objects;

/**
 * What fitting ({@link MediaFit#IMAGES}) did to one image, as {@link RequestPreview#fitted()} reports it.
 * Prints as {@code references[0] phone.jpg 4032x3024 4.2 MB -> 2000x1500 0.9 MB JPEG}.
 *
 * @param field       the request field, e.g. {@code references[0]}
 * @param source      the original as given (a path, or {@code "N bytes in memory"})
 * @param fromFormat  the original's format
 * @param fromWidth   the original's stored width in pixels
 * @param fromHeight  the original's stored height in pixels
 * @param fromBytes   the original's size
 * @param toFormat    the format sent
 * @param toWidth     the width sent
 * @param toHeight    the height sent
 * @param toBytes     the size sent
 * @param orientation the EXIF orientation applied (1: the original was upright)
 * @param flattened   whether transparency was flattened onto white
 */
public record FittedImage(String field, String source, MediaFormat fromFormat, int fromWidth, int fromHeight,
        long fromBytes, MediaFormat toFormat, int toWidth, int toHeight, long toBytes, int orientation,
        boolean flattened) {

    /** Checks that nothing is null. */
    public FittedImage {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fromFormat, "fromFormat");
        Objects.requireNonNull(toFormat, "toFormat");
    }

    /** {@code phone.jpg 4032x3024 4.2 MB -> 1500x2000 0.9 MB JPEG (turned upright by its EXIF orientation)}. */
    public String describe() {
        String notes = (orientation > 1 ? "turned upright by its EXIF orientation" : "")
                + (orientation > 1 && flattened ? ", " : "") + (flattened ? "transparency flattened onto white" : "");
        return source + " " + fromWidth + "x" + fromHeight + " " + megabytes(fromBytes) + " -> " + toWidth + "x"
                + toHeight + " " + megabytes(toBytes) + " " + toFormat + (notes.isEmpty() ? "" : " (" + notes + ")");
    }

    /** {@code references[0] } followed by {@link #describe()}. */
    @Override
    public String toString() {
        return field + " " + describe();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
