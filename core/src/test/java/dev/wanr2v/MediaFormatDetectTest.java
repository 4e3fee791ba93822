package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.internal.media.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MediaFormat#detect(Path)} judges a file by its bytes, never its name. */
class MediaFormatDetectTest {
    @TempDir
    Path dir;

    @Test
    void recognisesImagesAndVideosWhateverTheirNames() throws Exception {
        Path jpegNamedMp4 = Files.write(dir.resolve("clip.mp4"), TestMedia.image("jpg", 400, 360));
        Path mp4NamedBin = Files.write(dir.resolve("clip.bin"), TestMedia.fixture("video-5s-faststart.mp4"));
        Path mov = Files.write(dir.resolve("x"), TestMedia.fixture("video-5s-sound.mov"));
        Path mp3 = Files.write(dir.resolve("y.png"), TestMedia.fixture("audio-5s-vbr.mp3"));

        assertThat(MediaFormat.detect(jpegNamedMp4)).contains(MediaFormat.JPEG);
        assertThat(MediaFormat.detect(mp4NamedBin)).contains(MediaFormat.MP4);
        assertThat(MediaFormat.detect(mov)).contains(MediaFormat.MOV);
        assertThat(MediaFormat.detect(mp3)).contains(MediaFormat.MP3);
    }

    @Test
    void isEmptyForMissingDirectoriesForeignAndCutContent() throws Exception {
        Path gif = Files.write(dir.resolve("a.gif"), "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000".getBytes("ISO-8859-1"));
        Path cut = Files.write(dir.resolve("cut.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertThat(MediaFormat.detect(dir.resolve("missing.png"))).isEmpty();
        assertThat(MediaFormat.detect(dir)).isEmpty();
        assertThat(MediaFormat.detect(gif)).isEmpty();
        assertThat(MediaFormat.detect(cut)).isEmpty();
    }
}
