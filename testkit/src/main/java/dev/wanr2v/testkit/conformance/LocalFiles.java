package dev.wanr2v.testkit.conformance;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.testkit.MediaSamples;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.MediaUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Local sample files for rule 3.3, and what the vendor made of them. */
final class LocalFiles {
    private LocalFiles() {
    }

    /** Whether the provider takes local files of a kind: uploads take any; data URIs those it lists. */
    static boolean taken(Capabilities caps, MediaKind kind) {
        return caps.localMedia() == LocalMediaRoute.PROVIDER_UPLOAD
                || caps.localMedia() == LocalMediaRoute.DATA_URI && caps.dataUriKinds().contains(kind);
    }

    /** Writes the testkit's sample of a format into {@code dir}, named by the format. */
    static Path sample(Path dir, MediaFormat format) throws IOException {
        byte[] bytes = MediaSamples.bytes(format).orElseThrow();
        return Files.write(dir.resolve("kit-sample." + format.name().toLowerCase(Locale.ROOT)), bytes);
    }

    /**
     * What is wrong with the source the vendor read for a local file: empty if it is a {@code data:} URI of
     * the file's bytes, or a reference under which the vendor stores exactly those bytes.
     */
    static Optional<String> problem(Emulator emulator, String field, Path file, MediaSource read) {
        byte[] expected;
        try {
            expected = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String wire = MediaUrls.text(read);
        Optional<byte[]> got = MediaUrls.isBase64DataUri(wire) ? Optional.of(Base64.getMimeDecoder().decode(
                wire.substring(wire.indexOf(',') + 1))) : emulator.protocol().storedFile(wire);
        if (got.isEmpty()) {
            return Optional.of(field + ": the vendor read " + shorten(wire) + ", neither a data URI nor a file it"
                    + " stores");
        }
        return Arrays.equals(expected, got.get()) ? Optional.empty() : Optional.of(field + ": the vendor got "
                + got.get().length + " bytes under " + shorten(wire) + ", not the file's " + expected.length);
    }

    /** Deletes a directory of samples, quietly. */
    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static String shorten(String wire) {
        return wire.length() > 80 ? wire.substring(0, 60) + "…(" + wire.length() + " characters)" : wire;
    }
}
