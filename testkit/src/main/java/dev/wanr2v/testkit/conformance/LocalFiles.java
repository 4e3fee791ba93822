package dev.wanr2v.testkit.conformance;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.MediaSamples;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.MediaUrls;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
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

    /**
     * What is wrong with the way the vendor got a request whose reference (and audio guide, if not null) are
     * these local files; empty if it got them whole, in one create call.
     */
    static List<String> problems(KitSession s, Emulator emulator, R2vRequest request, Path reference, Path guide) {
        s.client().submit(request);
        List<RecordedRequest> creates = emulator.journal().of(Operation.CREATE);
        if (creates.size() != 1) {
            return List.of(creates.size() + " create calls were received");
        }
        R2vRequest read = creates.get(0).decodedRequest().orElse(null);
        if (read == null || read.references().size() != 1) {
            return List.of("the vendor read " + (read == null ? "no request" : read.references()) + " from "
                    + creates.get(0));
        }
        List<String> problems = new ArrayList<>();
        problem(emulator, "references[0]", reference, read.references().get(0).source()).ifPresent(problems::add);
        MediaKind sent = request.references().get(0).kind();
        if (read.references().get(0).kind() != sent) {
            problems.add("references[0]: a local " + sent + " was read as a " + read.references().get(0).kind());
        }
        if (guide != null) {
            read.audioGuide().ifPresentOrElse(
                    g -> problem(emulator, "audioGuide", guide, g).ifPresent(problems::add),
                    () -> problems.add("audioGuide: the vendor read none"));
        }
        return problems;
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
