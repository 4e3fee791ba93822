package dev.wanr2v.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** Broken, cut and random input: always violations with the right rule, never an exception. */
class HostileMediaProperties {
    private static final Set<String> CONTENT_RULES = Set.of(Rule.MEDIA_FORMAT, Rule.MEDIA_KIND,
            Rule.MEDIA_UNREADABLE, Rule.IMAGE_DIMENSIONS, Rule.IMAGE_BYTES, Rule.IMAGE_TRANSPARENCY,
            Rule.VIDEO_DURATION, Rule.VIDEO_BYTES, Rule.AUDIO_DURATION, Rule.AUDIO_BYTES)
            .stream().map(Rule::id).collect(Collectors.toSet());

    /**
     * Every fixture of an allowed format, plus images drawn by ImageIO. The M4A is of no allowed format
     * (its brand says so even when cut); the MPEG-2.5 MP3 without Xing header, cut at a frame boundary,
     * is a valid shorter MP3: both have their own tests.
     */
    static List<byte[]> wholeFiles() {
        List<byte[]> files = new ArrayList<>();
        TestMedia.FIXTURES.stream().filter(name -> !name.equals("audio-5s-mpeg25-no-xing.mp3"))
                .filter(name -> !name.endsWith(".m4a")).map(TestMedia::fixture).forEach(files::add);
        files.add(TestMedia.image("jpeg", 40, 38));
        files.add(TestMedia.image("png", 38, 40));
        files.add(TestMedia.image("bmp", 37, 35));
        return files;
    }

    @Example
    void everyCutOfEveryFixtureIsUnreadable() {
        int checked = 0;
        for (byte[] file : wholeFiles()) {
            assertThat(MediaInspector.inspect(file)).isInstanceOf(Inspection.Recognised.class);
            for (int length = 0; length < file.length; length++) {
                Inspection cut = MediaInspector.inspect(new ByteArrayChannel(file, length));
                if (!(cut instanceof Inspection.Unreadable)) {
                    throw new AssertionError("a " + file.length + "-byte file cut to " + length + " bytes gave " + cut);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(70_000);
    }

    @Example
    void theMp3WithoutXingHeaderCutInsideAFrameIsUnreadable() {
        byte[] mp3 = TestMedia.fixture("audio-5s-mpeg25-no-xing.mp3");
        int frameBytes = 72;
        for (int length = 0; length < mp3.length; length++) {
            Inspection cut = MediaInspector.inspect(new ByteArrayChannel(mp3, length));
            if (length % frameBytes == 0 && length >= 2 * frameBytes) {
                // a cut at a frame boundary is a shorter stream; a single frame is not recognised as one
                assertThat(cut).isInstanceOf(Inspection.Recognised.class);
            } else {
                assertThat(cut).as("cut to %d bytes", length).isInstanceOf(Inspection.Unreadable.class);
            }
        }
    }

    @Example
    void everyCutOfTheM4aIsUnreadableOrStillM4a() {
        byte[] m4a = TestMedia.fixture("audio-only-5s.m4a");
        Inspection whole = MediaInspector.inspect(m4a);
        assertThat(whole).isInstanceOf(Inspection.Foreign.class);
        for (int length = 0; length < m4a.length; length++) {
            Inspection cut = MediaInspector.inspect(new ByteArrayChannel(m4a, length));
            if (!(cut instanceof Inspection.Unreadable) && !cut.equals(whole)) {
                throw new AssertionError("the M4A cut to " + length + " bytes gave " + cut);
            }
        }
    }

    @Property(tries = 1000)
    void randomBytesAreNeverAcceptedAndNeverThrow(@ForAll @Size(max = 600) byte[] data,
            @ForAll MediaKind kind) {
        assertThat(MediaInspector.inspect(data)).isNotInstanceOf(Inspection.Recognised.class);
        List<Violation> violations = MediaChecks.check("references[0]", kind, MediaSource.bytes(data), TestMedia.SEED_004);

        Statistics.label("rule").collect(violations.isEmpty() ? "none" : violations.get(0).ruleId());
        assertThat(violations).isNotEmpty();
        assertThat(violations).extracting(Violation::ruleId).allMatch(CONTENT_RULES::contains);
    }

    @Provide
    Arbitrary<byte[]> mutatedFixtures() {
        Arbitrary<byte[]> fixture = Arbitraries.of(wholeFiles());
        Arbitrary<List<Integer>> positions = Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(8);
        Arbitrary<List<Byte>> values = Arbitraries.bytes().list().ofSize(8);
        return Combinators.combine(fixture, positions, values).as((file, at, bytes) -> {
            byte[] copy = file.clone();
            for (int i = 0; i < at.size(); i++) {
                copy[at.get(i) % copy.length] = bytes.get(i);
            }
            return copy;
        });
    }

    @Property(tries = 3000)
    void flippedBytesNeverThrowAndBreakOnlyContentRules(@ForAll("mutatedFixtures") byte[] data,
            @ForAll MediaKind kind) {
        assertThat(MediaInspector.inspect(data)).isNotNull();
        List<Violation> violations = MediaChecks.check("references[0]", kind, MediaSource.bytes(data), TestMedia.SEED_004);

        Statistics.label("outcome").collect(violations.isEmpty() ? "passes" : violations.get(0).ruleId());
        assertThat(violations).extracting(Violation::ruleId).allMatch(CONTENT_RULES::contains);
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain("\n", "\r"));
    }

    @Provide
    Arbitrary<byte[]> randomBoxTrees() {
        Arbitrary<String> type = Arbitraries.of("ftyp", "moov", "mdat", "mvhd", "trak", "mdia", "hdlr", "tkhd",
                "mvex", "mehd", "free", "wide", "moof");
        Arbitrary<Long> size = Arbitraries.oneOf(Arbitraries.longs().between(0, 64), Arbitraries.of(1L, 0L, 8L, 16L),
                Arbitraries.longs().between(0, 0xFFFF_FFFFL));
        Arbitrary<Long> largesize = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(0, 80));
        Arbitrary<byte[]> header = Combinators.combine(type, size, largesize, Arbitraries.integers().between(0, 24))
                .as((t, s, large, pad) -> {
                    ByteBuffer b = ByteBuffer.allocate(16 + pad).putInt((int) (long) s).put(Boxes.ascii(t));
                    return s == 1 ? b.putLong(large).array() : Arrays.copyOf(b.array(), 8 + pad);
                });
        return header.list().ofMinSize(1).ofMaxSize(12).map(parts -> TestMedia.concat(parts.toArray(byte[][]::new)));
    }

    @Property(tries = 3000)
    void arbitraryBoxStructuresNeverThrow(@ForAll("randomBoxTrees") byte[] boxes) {
        Inspection inspection = MediaInspector.inspect(boxes);

        Statistics.label("outcome").collect(inspection.getClass().getSimpleName());
        assertThat(inspection).isNotNull();
    }

    @Property(tries = 500)
    void aPngSignatureOnAnyOtherBodyIsDamage(@ForAll("otherBodies") byte[] body, @ForAll @IntRange(max = 40) int cut) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        byte[] file = TestMedia.concat(signature, Arrays.copyOfRange(body, Math.min(cut, body.length), body.length));

        assertThat(MediaChecks.check("references[0]", MediaKind.IMAGE, MediaSource.bytes(file), TestMedia.SEED_004))
                .extracting(Violation::ruleId).containsExactly(Rule.MEDIA_UNREADABLE.id());
    }

    @Provide
    Arbitrary<byte[]> otherBodies() {
        return Arbitraries.of(TestMedia.image("jpeg", 400, 400), TestMedia.fixture("video-5s-faststart.mp4"),
                TestMedia.fixture("audio-5s.wav"), TestMedia.image("bmp", 400, 400));
    }

    @Example
    void aPngCutBeforeItsHeaderSaysSo() {
        byte[] png = Arrays.copyOf(TestMedia.image("png", 400, 400), 20);

        assertThat(MediaInspector.inspect(png)).isEqualTo(new Inspection.Unreadable("damaged PNG: the IHDR header"
                + " chunk (bytes 8..29) runs past the end of the data at 20 bytes: it is cut, or a size field lies"));
    }
}
