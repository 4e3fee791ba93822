package dev.wanr2v.cli.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.Reference;
import dev.wanr2v.Violation;
import dev.wanr2v.testkit.MediaSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling an image from a video in what the user typed. */
class ReferenceParserTest {
    @TempDir
    Path dir;

    private final List<Violation> problems = new ArrayList<>();

    private MediaKind kind(String text) {
        return ReferenceParser.parse(RefText.of(text), dir, "references[0]", problems).kind();
    }

    @Test
    void localFilesAreJudgedByContentBeforeTheirName() throws Exception {
        Files.write(dir.resolve("clip.png"), MediaSamples.bytes(MediaFormat.MP4).orElseThrow());
        Files.write(dir.resolve("face"), MediaSamples.bytes(MediaFormat.WEBP).orElseThrow());

        assertThat(kind("clip.png")).isEqualTo(MediaKind.VIDEO);
        assertThat(kind("face")).isEqualTo(MediaKind.IMAGE);
        assertThat(problems).isEmpty();
    }

    @Test
    void urlsByTheirPathsExtensionDataUrisByTheirMediaType() {
        assertThat(kind("https://cdn.example.com/a/b/bob.MOV?sig=x.png")).isEqualTo(MediaKind.VIDEO);
        assertThat(kind("https://cdn.example.com/alice.jpeg")).isEqualTo(MediaKind.IMAGE);
        assertThat(kind(MediaSamples.dataUri(MediaFormat.MP4).orElseThrow())).isEqualTo(MediaKind.VIDEO);
        assertThat(problems).isEmpty();
    }

    @Test
    void aPrefixOrAnExplicitOptionWins() throws Exception {
        Files.write(dir.resolve("x.jpg"), MediaSamples.bytes(MediaFormat.JPEG).orElseThrow());

        assertThat(kind("video:https://example.com/stream")).isEqualTo(MediaKind.VIDEO);
        assertThat(kind("IMAGE:https://example.com/clip.mp4")).isEqualTo(MediaKind.IMAGE);
        Reference forced = ReferenceParser.parse(new RefText(MediaKind.VIDEO, "x.jpg"), dir, "r", problems);
        assertThat(forced.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(forced.source()).isEqualTo(MediaSource.file(dir.resolve("x.jpg")));
        assertThat(problems).isEmpty();
    }

    @Test
    void whatCannotBeToldIsAViolationNamingTheWayOut() throws Exception {
        Files.write(dir.resolve("guide.bin"), MediaSamples.bytes(MediaFormat.MP3).orElseThrow());

        kind("https://example.com/who");
        kind("guide.bin");

        assertThat(problems).extracting(Violation::ruleId).containsOnly(ReferenceParser.RULE);
        assertThat(problems.get(0).message()).contains("image:https://example.com/who").contains("video:");
        assertThat(problems.get(1).message()).contains("--audio");
    }

    @Test
    void relativePathsAreReadFromTheBaseDirectory() {
        assertThat(ReferenceParser.source("a/b.png", dir)).isEqualTo(MediaSource.file(dir.resolve("a/b.png")));
        assertThat(ReferenceParser.source("/abs/b.png", dir)).isEqualTo(MediaSource.file(Path.of("/abs/b.png")));
        assertThat(ReferenceParser.source("b.png", null)).isEqualTo(MediaSource.file(Path.of("b.png")));
    }
}
