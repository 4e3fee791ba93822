package dev.wanr2v.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoInspectionTest {
    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @TempDir
    Path dir;

    static Inspection inspect(byte[] data) {
        return MediaInspector.inspect(data);
    }

    static MediaInfo recognised(byte[] data) {
        Inspection inspection = inspect(data);
        assertThat(inspection).isInstanceOf(Inspection.Recognised.class);
        return ((Inspection.Recognised) inspection).info();
    }

    static List<Violation> check(MediaKind kind, byte[] data) {
        return MediaChecks.check("references[2]", kind, MediaSource.bytes(data), TestMedia.SEED_004);
    }

    static String unreadable(byte[] data) {
        Inspection inspection = inspect(data);
        assertThat(inspection).isInstanceOf(Inspection.Unreadable.class);
        return ((Inspection.Unreadable) inspection).problem();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"video-5s-faststart.mp4, MP4, 5.0", "video-5s-moov-at-end.mp4, MP4, 5.0", "video-2s.mp4, MP4, 2.0",
            "video-5s-sound.mov, MOV, 5.0"})
    void fixturesGiveFormatAndTheDurationFfprobeGives(String name, MediaFormat format, double seconds) {
        byte[] data = TestMedia.fixture(name);

        MediaInfo info = recognised(data);

        assertThat(info.format()).isEqualTo(format);
        assertThat(info.bytes()).isEqualTo(data.length);
        assertThat(info.durationSeconds()).isCloseTo(seconds, within(0.001));
        assertThat(info.width()).isNull();
        assertThat(info.transparency()).isFalse();
    }

    @Test
    void aTwoSecondClipBreaksTheDurationRule() {
        assertThat(check(MediaKind.VIDEO, TestMedia.fixture("video-5s-faststart.mp4"))).isEmpty();
        assertThat(check(MediaKind.VIDEO, TestMedia.fixture("video-2s.mp4"))).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo(Rule.VIDEO_DURATION.id());
            assertThat(v.field()).isEqualTo("references[2]");
            assertThat(v.value()).isEqualTo("1612 bytes in memory");
            assertThat(v.message()).isEqualTo("the video lasts 2.000 s, but wan26api takes 3 to 30 s; use a longer clip");
        });
    }

    @ParameterizedTest(name = "{0} s")
    @CsvSource({"2.999, true", "3.0, false", "30.0, false", "30.001, true"})
    void durationBoundsAreInclusive(double seconds, boolean broken) {
        byte[] mp4 = Boxes.mp4("isom", 1000, Math.round(seconds * 1000), 64, "vide");

        List<String> rules = check(MediaKind.VIDEO, mp4).stream().map(Violation::ruleId).toList();

        assertThat(rules).isEqualTo(broken ? List.of(Rule.VIDEO_DURATION.id()) : List.of());
    }

    @Test
    void soundOnlyMp4IsAudioNotAVideo() {
        byte[] m4a = TestMedia.fixture("audio-only-5s.m4a");
        byte[] isomSoundOnly = Boxes.mp4("isom", 1000, 5000, 64, "soun");

        assertThat(check(MediaKind.VIDEO, m4a)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo(Rule.MEDIA_KIND.id());
            assertThat(v.message()).startsWith("the content is M4A audio (an MP4 file for sound only), but it was"
                    + " given as a video reference; audio belongs in the audio guide");
        });
        assertThat(check(MediaKind.AUDIO, m4a)).extracting(Violation::ruleId).containsExactly(Rule.MEDIA_FORMAT.id());
        assertThat(check(MediaKind.VIDEO, isomSoundOnly)).extracting(Violation::ruleId)
                .containsExactly(Rule.MEDIA_KIND.id());
    }

    @Test
    void aVideoPassedAsAnImageIsTheWrongKind() {
        assertThat(check(MediaKind.IMAGE, TestMedia.fixture("video-5s-sound.mov"))).singleElement()
                .satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo(Rule.MEDIA_KIND.id());
                    assertThat(v.message()).isEqualTo("the content is a MOV video, but it was given as an image"
                            + " reference; pass it as a video reference (Reference.video), or give an image");
                });
    }

    @Test
    void version1MovieHeaderWith64BitDuration() {
        byte[] moov = Boxes.box("moov", Boxes.mvhd(1, 90_000, 900_000), Boxes.trak("vide", 900_000));
        byte[] mp4 = TestMedia.concat(Boxes.ftyp("mp42"), Boxes.box("mdat", new byte[10]), moov);

        assertThat(recognised(mp4).durationSeconds()).isEqualTo(10.0);
    }

    @Test
    void largesizeBoxesAndSizeZeroToTheEndAreWalked() {
        byte[] moov = Boxes.box("moov", Boxes.mvhd(0, 600, 3000), Boxes.trak("vide", 3000));
        byte[] largeMdat = TestMedia.concat(Boxes.ftyp("isom"), Boxes.largeBox("mdat", new byte[40]), moov);
        byte[] openEndedMdat = TestMedia.concat(Boxes.ftyp("isom"), moov, Boxes.header(0, "mdat"), new byte[99]);

        assertThat(recognised(largeMdat).durationSeconds()).isEqualTo(5.0);
        assertThat(recognised(openEndedMdat).durationSeconds()).isEqualTo(5.0);
    }

    @Test
    void classicQuickTimeWithoutFtypIsMov() {
        byte[] mov = TestMedia.concat(Boxes.box("wide"), Boxes.box("mdat", new byte[20]),
                Boxes.moov(600, 4200, "vide", "soun"));

        assertThat(recognised(mov)).isEqualTo(new MediaInfo(MediaFormat.MOV, mov.length, null, null, 7.0, false));
    }

    @Test
    void fragmentedFileTakesItsDurationFromMehdOrIsUnreadable() {
        byte[] mehd = Boxes.box("mehd", new byte[] {0, 0, 0, 0, 0, 0, 0x17, 0x70});
        byte[] withMehd = TestMedia.concat(Boxes.ftyp("iso5"), Boxes.box("moov", Boxes.mvhd(0, 1000, 0),
                Boxes.trak("vide", 0), Boxes.box("mvex", mehd)), Boxes.box("moof"), Boxes.box("mdat", new byte[8]));
        byte[] withoutMehd = TestMedia.concat(Boxes.ftyp("iso5"), Boxes.box("moov", Boxes.mvhd(0, 1000, 0),
                Boxes.trak("vide", 0)), Boxes.box("moof"), Boxes.box("mdat", new byte[8]));

        assertThat(recognised(withMehd).durationSeconds()).isEqualTo(6.0);
        assertThat(unreadable(withoutMehd)).contains("duration is not recorded", "-movflags +faststart");
    }

    @Test
    void aMovieHeaderThatLiesAboutTheDurationIsDamage() {
        byte[] moov = Boxes.box("moov", Boxes.mvhd(0, 1000, 20_000), Boxes.trak("vide", 5000));
        byte[] lying = TestMedia.concat(Boxes.ftyp("isom"), moov, Boxes.box("mdat", new byte[8]));

        assertThat(unreadable(lying)).isEqualTo("damaged MP4/MOV: its movie header says 20.000 s, but its longest"
                + " track lasts 5.000 s");
    }

    @Test
    void anMvhdThatClaimsToRunBeyondTheFileIsDamage() {
        byte[] mvhd = Boxes.mvhd(0, 1000, 5000);
        ByteBuffer.wrap(mvhd).putInt(0, 5000);
        byte[] moov = Boxes.box("moov", mvhd, Boxes.trak("vide", 5000));
        byte[] file = TestMedia.concat(Boxes.ftyp("isom"), Boxes.box("mdat", new byte[8]), moov);

        assertThat(check(MediaKind.VIDEO, file)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo(Rule.MEDIA_UNREADABLE.id());
            assertThat(v.message()).startsWith("damaged MP4/MOV: box 'mvhd' at byte ").contains("declares 5000 bytes");
        });
    }

    @ParameterizedTest(name = "size field {0}")
    @ValueSource(longs = {2, 7, 0xFFFF_FF00L})
    void boxSizesSmallerThanAHeaderOrLargerThanTheFileAreDamage(long size) {
        byte[] file = TestMedia.concat(Boxes.ftyp("isom"), Boxes.header(size, "mdat"), new byte[32],
                Boxes.moov(1000, 5000, "vide"));

        assertThat(unreadable(file)).startsWith("damaged MP4/MOV: box 'mdat' at byte 24 declares");
    }

    @ParameterizedTest(name = "largesize {0}")
    @ValueSource(longs = {0, 15, -16, Long.MIN_VALUE, Long.MAX_VALUE})
    void largesizesThatWouldStallOrGoBackwardsAreDamage(long largesize) {
        byte[] mdat = ByteBuffer.allocate(48).putInt(1).put(Boxes.ascii("mdat")).putLong(largesize).array();
        byte[] file = TestMedia.concat(Boxes.ftyp("isom"), mdat, Boxes.moov(1000, 5000, "vide"));

        assertThat(unreadable(file)).startsWith("damaged MP4/MOV: box 'mdat' at byte 24 declares");
    }

    @Test
    void movieWithoutMoovOrMdatIsDamage() {
        assertThat(unreadable(TestMedia.concat(Boxes.ftyp("isom"), Boxes.box("mdat", new byte[64]))))
                .contains("no 'moov' box");
        assertThat(unreadable(TestMedia.concat(Boxes.ftyp("isom"), Boxes.moov(1000, 5000, "vide"))))
                .contains("no 'mdat' box");
    }

    @ParameterizedTest(name = "{0}-bit mdat size")
    @ValueSource(ints = {32, 64})
    void hundredMegabyteMp4WithMoovAtTheEndIsInspectedFromAFewHeaders(int sizeBits) throws IOException {
        Path file = dir.resolve("big.mp4");
        byte[] ftyp = Boxes.ftyp("isom");
        byte[] moov = Boxes.moov(1000, 12_500, "vide", "soun");
        long total = HUNDRED_MB;
        long mdatSize = total - ftyp.length - moov.length;
        ByteBuffer mdatHeader = sizeBits == 32
                ? ByteBuffer.allocate(8).putInt((int) mdatSize).put(Boxes.ascii("mdat"))
                : ByteBuffer.allocate(16).putInt(1).put(Boxes.ascii("mdat")).putLong(mdatSize);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            out.write(ByteBuffer.wrap(ftyp), 0);
            out.write(mdatHeader.flip(), ftyp.length);
            out.write(ByteBuffer.wrap(moov), total - moov.length);
        }

        try (CountingChannel channel = new CountingChannel(FileChannel.open(file, StandardOpenOption.READ))) {
            Inspection inspection = MediaInspector.inspect(channel);

            assertThat(inspection).isEqualTo(new Inspection.Recognised(
                    new MediaInfo(MediaFormat.MP4, total, null, null, 12.5, false)));
            assertThat(channel.bytesRead()).isLessThan(1024 * 1024).isLessThan(1024);
            assertThat(channel.reads()).isLessThan(50);
        }
        assertThat(MediaChecks.check("references[0]", MediaKind.VIDEO, MediaSource.file(file), TestMedia.SEED_004)).isEmpty();
    }

    @ParameterizedTest(name = "{0} bytes over 100 MB")
    @ValueSource(longs = {0, 1})
    void videosOfMoreThanOneHundredMegabytesBreakTheByteRule(long over) throws IOException {
        Path file = dir.resolve("sized.mp4");
        byte[] head = TestMedia.concat(Boxes.ftyp("isom"), Boxes.moov(1000, 5000, "vide"), Boxes.header(0, "mdat"));
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(head);
            out.setLength(HUNDRED_MB + over);
        }

        List<Violation> violations = MediaChecks.check("references[0]", MediaKind.VIDEO, MediaSource.file(file), TestMedia.SEED_004);

        if (over == 0) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo(Rule.VIDEO_BYTES.id());
                assertThat(v.value()).startsWith(file.toString().substring(0, 20));
                assertThat(v.message()).isEqualTo("the video has 104857601 bytes (100.0 MB), more than the 100 MB"
                        + " (104857600 bytes) wan26api takes; compress or shorten it, e.g. ffmpeg -i sized.mp4 -c:v libx264"
                        + " -crf 28 -preset veryfast -c:a aac -b:a 128k sized-small.mp4");
            });
        }
    }
}
