package dev.wanr2v.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaChecksTest {
    @TempDir
    Path dir;

    static Violation only(List<Violation> violations, Rule rule) {
        assertThat(violations).extracting(Violation::ruleId).containsExactly(rule.id());
        return violations.get(0);
    }

    static List<Violation> file(Path path) {
        return MediaChecks.check("references[3]", MediaKind.IMAGE, MediaSource.file(path), TestMedia.SEED_004);
    }

    static String dataUri(String mediaType, byte[] data) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    @Test
    void aGoodLocalFilePassesAndIsDescribed() {
        Path png = TestMedia.write(dir, "character.png", TestMedia.image("png", 640, 480));

        CheckedMedia checked = MediaChecks.inspect("references[0]", MediaKind.IMAGE, MediaSource.file(png), TestMedia.SEED_004);

        assertThat(checked.passes()).isTrue();
        assertThat(checked.media()).contains(new MediaInfo(MediaFormat.PNG, checked.info().bytes(), 640, 480, null,
                false));
    }

    @Test
    void theFileNameNeverDecides() {
        Path disguised = TestMedia.write(dir, "photo.png", TestMedia.fixture("video-5s-faststart.mp4"));

        Violation v = only(file(disguised), Rule.MEDIA_KIND);

        assertThat(v.message()).startsWith("the content is an MP4 video, but it was given as an image reference");
    }

    @Test
    void aMissingFileNamesFieldPathAndWhatToDo() {
        Path missing = dir.resolve("nobody.png");

        Violation v = only(file(missing), Rule.MEDIA_MISSING);

        assertThat(v.field()).isEqualTo("references[3]");
        assertThat(v.value()).startsWith(missing.toString().substring(0, 12));
        assertThat(v.message()).isEqualTo("no file exists at this path; check the path");
        assertThat(v.toString()).doesNotContain("\n").endsWith("(rule R2V-MEDIA-MISSING)");
    }

    @Test
    void aRelativeMissingPathSaysWhereItStarts() {
        Violation v = only(file(Path.of("no-such-dir-4711", "x.png")), Rule.MEDIA_MISSING);

        assertThat(v.value()).isEqualTo("no-such-dir-4711/x.png");
        assertThat(v.message()).contains("relative paths start from ");
    }

    @Test
    void aDanglingSymbolicLinkIsMissing() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), dir.resolve("gone.png"));

        assertThat(only(file(link), Rule.MEDIA_MISSING).message()).contains("symbolic link to a missing file");
    }

    @Test
    void aSymbolicLinkLoopIsUnreadable() throws IOException {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        Violation v = only(file(a), Rule.MEDIA_UNREADABLE);

        assertThat(v.message()).startsWith("the file cannot be read (").contains("symbolic links");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThat(only(file(dir), Rule.MEDIA_DIRECTORY).message())
                .isEqualTo("this is a directory; give the path of a file inside it");
    }

    @Test
    void aDeviceIsNotARegularFile() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device), "needs /dev/null (Linux, macOS)");

        assertThat(only(file(device), Rule.MEDIA_DIRECTORY).message()).contains("not a regular file");
    }

    @Test
    void anEmptyFileIsUnreadable() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jpg"));

        assertThat(only(file(empty), Rule.MEDIA_UNREADABLE).message())
                .isEqualTo("it is empty (0 bytes); give a complete, undamaged image (export or encode it again)");
    }

    @Test
    void aFileWithoutReadPermissionIsUnreadable() throws IOException {
        Path locked = TestMedia.write(dir, "locked.png", TestMedia.image("png", 400, 400));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked),
                "the tests run as root (or with CAP_DAC_OVERRIDE): removing permissions does not stop reads here");

        assertThat(only(file(locked), Rule.MEDIA_UNREADABLE).message()).contains("permission denied");
    }

    @Test
    void bytesInMemoryAreShownByTheirCount() {
        Violation v = only(MediaChecks.check("references[0]", MediaKind.VIDEO, MediaSource.bytes(new byte[] {1, 2, 3}), TestMedia.SEED_004),
                Rule.MEDIA_UNREADABLE);

        assertThat(v.value()).isEqualTo("3 bytes in memory");
        assertThat(v.message()).startsWith("it has only 3 bytes, too few for any image, video or audio: it is cut;");
    }

    @Test
    void unknownContentIsTheWrongFormat() {
        byte[] text = "just some notes, not a picture at all".getBytes();

        assertThat(only(MediaChecks.check("references[0]", MediaKind.IMAGE, MediaSource.bytes(text), TestMedia.SEED_004),
                Rule.MEDIA_FORMAT).message()).isEqualTo("the content is of no known media format, not a JPEG, PNG,"
                        + " BMP or WEBP image; convert it to PNG or JPEG");
    }

    @Test
    void audioGivenAsAReferenceAndImagesGivenAsAudioAreTheWrongKind() {
        byte[] wav = TestMedia.fixture("audio-5s.wav");
        byte[] jpeg = TestMedia.image("jpeg", 400, 400);

        assertThat(only(MediaChecks.check("references[0]", MediaKind.VIDEO, MediaSource.bytes(wav), TestMedia.SEED_004),
                Rule.MEDIA_KIND).message()).isEqualTo("the content is a WAV audio file, but it was given as a video"
                        + " reference; audio belongs in the audio guide (R2vRequest.Builder.audioGuide); references"
                        + " are images and videos");
        assertThat(only(MediaChecks.check("audioGuide", MediaKind.AUDIO, MediaSource.bytes(jpeg), TestMedia.SEED_004),
                Rule.MEDIA_KIND).message()).isEqualTo("the content is a JPEG image, but it was given as the audio"
                        + " guide; the audio guide takes WAV or MP3 audio; pass images and videos as references");
    }

    @Test
    void aDataUriIsDecodedAndInspectedLikeBytes() {
        byte[] png = TestMedia.image("png", 400, 400);

        CheckedMedia good = MediaChecks.inspect("references[0]", MediaKind.IMAGE,
                MediaSource.dataUri(dataUri("image/png", png)), TestMedia.SEED_004);
        List<Violation> small = MediaChecks.check("references[0]", MediaKind.IMAGE,
                MediaSource.dataUri(dataUri("image/png", TestMedia.image("png", 100, 400))), TestMedia.SEED_004);

        assertThat(good.violations()).isEmpty();
        assertThat(good.info()).isEqualTo(new MediaInfo(MediaFormat.PNG, png.length, 400, 400, null, false));
        assertThat(only(small, Rule.IMAGE_DIMENSIONS).value()).startsWith("data:image/png;base64,");
    }

    @Test
    void aDataUriWhoseMediaTypeDisagreesWithItsContentIsAViolation() {
        String uri = dataUri("image/png", TestMedia.image("jpeg", 400, 400));

        Violation v = only(MediaChecks.check("references[1]", MediaKind.IMAGE, MediaSource.dataUri(uri), TestMedia.SEED_004),
                Rule.MEDIA_TYPE);

        assertThat(v.message()).isEqualTo("the data URI says image/png, but the content is a JPEG image; write"
                + " data:image/jpeg;base64,…");
        assertThat(v.value()).doesNotContain(uri.substring(30, 60));
    }

    @Test
    void aMediaTypeAliasOfTheRightFormatIsFine() {
        String uri = dataUri("image/jpg", TestMedia.image("jpeg", 400, 400));

        assertThat(MediaChecks.check("references[1]", MediaKind.IMAGE, MediaSource.dataUri(uri), TestMedia.SEED_004)).isEmpty();
    }

    @Test
    void malformedDataUrisAreLeftToTheSourceRules() {
        for (String uri : List.of("data:image/png,plain", "data:image/png;base64,not*base64",
                "data:image/png;base64,AAA", "data:image/png;base64,", "data:;base64")) {
            assertThat(MediaChecks.inspect("references[0]", MediaKind.IMAGE, MediaSource.dataUri(uri), TestMedia.SEED_004))
                    .as(uri).isEqualTo(new CheckedMedia(null, List.of()));
        }
    }

    @Test
    void aDataUriGivenAsAUrlIsInspectedTooButRemoteUrlsAreNeverFetched() {
        String uri = dataUri("video/mp4", TestMedia.fixture("video-2s.mp4"));

        assertThat(only(MediaChecks.check("references[0]", MediaKind.VIDEO, MediaSource.url(uri), TestMedia.SEED_004),
                Rule.VIDEO_DURATION).value()).isEqualTo("data:video/mp4;base64,…");
        assertThat(MediaChecks.inspect("references[0]", MediaKind.IMAGE,
                MediaSource.url("https://example.com/no-such-host/x.png"), TestMedia.SEED_004))
                .isEqualTo(new CheckedMedia(null, List.of()));
    }
}
