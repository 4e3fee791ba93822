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
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AudioInspectionTest {
    /** MPEG-1 layer III, 128 kb/s, 44.1 kHz, mono, no padding: 144 * 128000 / 44100 = 417 bytes a frame. */
    private static final int FRAME_HEADER = 0xFFFB90C0;
    private static final int FRAME_BYTES = 417;

    @TempDir
    Path dir;

    static MediaInfo recognised(byte[] data) {
        Inspection inspection = MediaInspector.inspect(data);
        assertThat(inspection).isInstanceOf(Inspection.Recognised.class);
        return ((Inspection.Recognised) inspection).info();
    }

    static String unreadable(byte[] data) {
        Inspection inspection = MediaInspector.inspect(data);
        assertThat(inspection).isInstanceOf(Inspection.Unreadable.class);
        return ((Inspection.Unreadable) inspection).problem();
    }

    static List<Violation> check(byte[] data) {
        return MediaChecks.check("audioGuide", MediaKind.AUDIO, MediaSource.bytes(data), TestMedia.SEED_004);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"audio-5s.wav, WAV, 5.0", "audio-2s.wav, WAV, 2.0", "audio-5s-cbr.mp3, MP3, 5.04",
            "audio-5s-vbr.mp3, MP3, 5.067755", "audio-5s-mpeg25-no-xing.mp3, MP3, 5.184"})
    void fixturesGiveTheDurationFfprobeGives(String name, MediaFormat format, double seconds) {
        byte[] data = TestMedia.fixture(name);

        MediaInfo info = recognised(data);

        assertThat(info.format()).isEqualTo(format);
        assertThat(info.bytes()).isEqualTo(data.length);
        assertThat(info.durationSeconds()).isCloseTo(seconds, within(0.000_001));
    }

    @Test
    void aTwoSecondAudioGuideBreaksTheDurationRule() {
        assertThat(check(TestMedia.fixture("audio-5s.wav"))).isEmpty();
        assertThat(check(TestMedia.fixture("audio-2s.wav"))).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo(Rule.AUDIO_DURATION.id());
            assertThat(v.field()).isEqualTo("audioGuide");
            assertThat(v.message()).isEqualTo("the audio guide lasts 2.000 s, but wan26api takes 3 to 30 s;"
                    + " use a longer clip");
        });
    }

    @Test
    void aWavWhoseByteRateLiesIsDamaged() {
        byte[] wav = TestMedia.fixture("audio-5s.wav");
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(28, 400);

        assertThat(unreadable(wav)).isEqualTo("damaged WAV: its 'fmt ' chunk gives a byte rate of 400/s, but 4000"
                + " samples/s of 1 bytes make 4000/s");
    }

    @Test
    void vbriHeaderIsNotCountedAsAudioAndMustMatchTheFrames() {
        double expected = 120 * 1152 / 44100.0;

        assertThat(recognised(mp3WithVbri(120, 120)).durationSeconds()).isCloseTo(expected, within(1e-9));
        assertThat(recognised(mp3WithVbri(121, 120)).durationSeconds()).isCloseTo(expected, within(1e-9));
        assertThat(unreadable(mp3WithVbri(130, 120))).isEqualTo("damaged MP3: its header announces 130 frames, but"
                + " 120 were found: it is cut, or was joined from several files");
    }

    @Test
    void xingFrameCountMustMatchTheFramesExactly() {
        assertThat(recognised(mp3WithXing(100, 100)).durationSeconds()).isCloseTo(100 * 1152 / 44100.0,
                within(1e-9));
        assertThat(unreadable(mp3WithXing(101, 100))).contains("announces 101 frames, but 100 were found");
    }

    @Test
    void tagsAndShortPaddingAfterTheLastFrameAreAllowedButLongJunkIsNot() {
        byte[] mp3 = TestMedia.fixture("audio-5s-mpeg25-no-xing.mp3");
        byte[] id3v1 = TestMedia.concat(Boxes.ascii("TAG"), new byte[125]);
        byte[] junk = new byte[5000];
        Arrays.fill(junk, (byte) 0x55);

        assertThat(recognised(TestMedia.concat(mp3, id3v1)).durationSeconds()).isCloseTo(5.184, within(1e-9));
        assertThat(recognised(TestMedia.concat(mp3, new byte[100])).durationSeconds()).isCloseTo(5.184, within(1e-9));
        assertThat(unreadable(TestMedia.concat(mp3, junk))).isEqualTo("damaged MP3: 5000 bytes from byte 5184 are"
                + " not MP3 frames");
    }

    @Test
    void pastTheFrameLimitTheRestIsEstimatedFromTheBitrate() {
        byte[] frame = Arrays.copyOf(TestMedia.fixture("audio-5s-mpeg25-no-xing.mp3"), 72);
        int frames = Mp3Inspector.MAX_FRAMES + 50;
        byte[] mp3 = new byte[frames * 72];
        for (int i = 0; i < frames; i++) {
            System.arraycopy(frame, 0, mp3, i * 72, 72);
        }

        assertThat(recognised(mp3).durationSeconds()).isCloseTo(frames * 576 / 8000.0, within(1e-6));
    }

    @Test
    void zeroPaddingAfterTheId3TagIsSkipped() {
        byte[] mp3 = TestMedia.fixture("audio-5s-vbr.mp3");
        int tagEnd = 45;
        byte[] padded = TestMedia.concat(Arrays.copyOf(mp3, tagEnd), new byte[300],
                Arrays.copyOfRange(mp3, tagEnd, mp3.length));

        assertThat(recognised(padded).durationSeconds()).isCloseTo(5.067755, within(0.000_001));
    }

    @Test
    void somethingElseBehindAnId3TagIsNamed() {
        byte[] flac = TestMedia.concat(Boxes.ascii("ID3"), new byte[] {4, 0, 0, 0, 0, 0, 0}, Boxes.ascii("fLaC"),
                new byte[64]);

        assertThat(check(flac)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo(Rule.MEDIA_FORMAT.id());
            assertThat(v.message()).isEqualTo("the content is FLAC audio behind an ID3 tag, not WAV or MP3 audio;"
                    + " convert it to MP3 or WAV, e.g. ffmpeg -i INPUT INPUT.mp3");
        });
    }

    @ParameterizedTest(name = "{0} bytes over 15 MB")
    @ValueSource(ints = {0, 1})
    void audioOfMoreThanFifteenMegabytesBreaksTheByteRule(int over) throws IOException {
        long total = 15L * 1024 * 1024 + over;
        ByteBuffer header = TestMedia.littleEndian(44).put(Boxes.ascii("RIFF")).putInt((int) (total - 8))
                .put(Boxes.ascii("WAVEfmt ")).putInt(16).putShort((short) 3).putShort((short) 2).putInt(96_000)
                .putInt(768_000).putShort((short) 8).putShort((short) 32).put(Boxes.ascii("data"))
                .putInt((int) (total - 44));
        Path file = dir.resolve("float.wav");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(header.array());
            out.setLength(total);
        }

        List<Violation> violations = MediaChecks.check("audioGuide", MediaKind.AUDIO, MediaSource.file(file), TestMedia.SEED_004);

        assertThat(violations).extracting(Violation::ruleId)
                .isEqualTo(over == 0 ? List.of() : List.of(Rule.AUDIO_BYTES.id()));
    }

    private static byte[] frame() {
        return ByteBuffer.allocate(FRAME_BYTES).putInt(FRAME_HEADER).array();
    }

    /** A VBRI header frame (tag 36 bytes in, frame count 14 bytes after the tag), then {@code actual} frames. */
    private static byte[] mp3WithVbri(int announced, int actual) {
        ByteBuffer first = ByteBuffer.wrap(frame());
        first.position(36).put(Boxes.ascii("VBRI")).putShort((short) 1).putShort((short) 0).putShort((short) 75)
                .putInt(actual * FRAME_BYTES).putInt(announced);
        return withFrames(first.array(), actual);
    }

    /** A Xing header frame (after 17 bytes of mono MPEG-1 side information), then {@code actual} frames. */
    private static byte[] mp3WithXing(int announced, int actual) {
        ByteBuffer first = ByteBuffer.wrap(frame());
        first.position(4 + 17).put(Boxes.ascii("Xing")).putInt(1).putInt(announced);
        return withFrames(first.array(), actual);
    }

    private static byte[] withFrames(byte[] first, int count) {
        byte[][] parts = new byte[count + 1][];
        parts[0] = first;
        Arrays.fill(parts, 1, parts.length, frame());
        return TestMedia.concat(parts);
    }
}
