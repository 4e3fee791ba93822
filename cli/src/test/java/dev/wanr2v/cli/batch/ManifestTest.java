package dev.wanr2v.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.MediaKind;
import dev.wanr2v.Violation;
import dev.wanr2v.cli.CliException;
import dev.wanr2v.cli.request.RefText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading manifests: line numbers, every field, every problem at once. */
class ManifestTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryFieldAndNumbersLinesAsInTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("m.jsonl"), "# a comment\n\n"
                + "{\"name\":\"a\",\"prompt\":\"p\",\"refs\":[\"x.png\",\"video:y.bin\"],\"audio\":\"g.mp3\",\"negativePrompt\":\"n\","
                + "\"size\":\"1280*720\",\"duration\":7,\"seed\":9,\"shot\":\"multi\",\"silent\":true,\"promptExtend\":false,"
                + "\"watermark\":true,\"tier\":\"standard\"}\n");

        List<ManifestLine> lines = Manifest.read(file);

        assertThat(lines).hasSize(1);
        ManifestLine line = lines.get(0);
        assertThat(line.number()).isEqualTo(3);
        assertThat(line.problems()).isEmpty();
        assertThat(line.fileStem()).isEqualTo("a");
        var f = line.fields();
        assertThat(f.refs()).containsExactly(RefText.of("x.png"), RefText.of("video:y.bin"));
        assertThat(List.of(f.prompt(), f.audio(), f.negativePrompt(), f.size(), f.shot(), f.tier()))
                .containsExactly("p", "g.mp3", "n", "1280*720", "multi", "standard");
        assertThat(f.duration()).isEqualTo(7);
        assertThat(f.seed()).isEqualTo(9L);
        assertThat(List.of(f.silent(), f.promptExtend(), f.watermark())).containsExactly(true, false, true);
    }

    @Test
    void collectsEveryProblemOfEveryLine() throws Exception {
        Path file = Files.writeString(dir.resolve("m.jsonl"), "[1,2]\n"
                + "{\"prompt\":3,\"refs\":\"a.png\",\"duration\":2.5,\"silent\":\"yes\",\"colour\":1,\"name\":\"../x\"}\n"
                + "{\"name\":\"dup\",\"prompt\":\"p\"}\n{\"name\":\"dup\",\"prompt\":\"q\",\"refs\":[7]}\n");

        List<ManifestLine> lines = Manifest.read(file);

        assertThat(lines.get(0).problems()).extracting(Violation::field).containsExactly("line 1: json");
        assertThat(lines.get(1).problems()).extracting(Violation::field).containsExactlyInAnyOrder("line 2: prompt",
                "line 2: refs", "line 2: duration", "line 2: silent", "line 2: colour", "line 2: name");
        assertThat(lines.get(1).fields()).isNull();
        assertThat(lines.get(2).problems()).isEmpty();
        assertThat(lines.get(3).problems()).extracting(Violation::field).containsExactlyInAnyOrder("line 4: refs[0]", "line 4: name");
        assertThat(lines).allSatisfy(l -> assertThat(l.problems()).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(Manifest.RULE)));
    }

    @Test
    void aLinesFingerprintFollowsItsText() {
        ManifestLine a = Manifest.parse(1, "{\"prompt\":\"a\"}");
        ManifestLine same = Manifest.parse(9, "{\"prompt\":\"a\"}");
        ManifestLine other = Manifest.parse(1, "{\"prompt\":\"b\"}");

        assertThat(a.sha256()).isEqualTo(same.sha256()).isNotEqualTo(other.sha256()).hasSize(64);
        assertThat(a.fields().refs()).isEmpty();
        assertThat(new RefText(MediaKind.VIDEO, "x").kind()).isEqualTo(MediaKind.VIDEO);
    }

    @Test
    void aMissingOrEmptyManifestIsAFileError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "# nothing\n\n");

        assertThatThrownBy(() -> Manifest.read(dir.resolve("missing.jsonl"))).isInstanceOf(CliException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Manifest.read(empty)).isInstanceOf(CliException.class).hasMessageContaining("no request");
    }
}
