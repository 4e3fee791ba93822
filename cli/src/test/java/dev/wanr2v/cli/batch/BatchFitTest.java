package dev.wanr2v.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.cli.FitOptionTestImages;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest line asks for fitting with {@code "fit": true}; {@code --fit} fits every line that does not say. */
class BatchFitTest {
    private static final String LINE = "{\"prompt\":\"character1 waves\",\"refs\":[\"photo.jpg\"]";

    @TempDir
    Path dir;

    private BatchFixture batch(Emulator emulator, String name, String line) throws IOException {
        Path sub = Files.createDirectories(dir.resolve(name));
        FitOptionTestImages.largeJpeg(sub);
        return new BatchFixture(sub, emulator, line);
    }

    @Test
    void aLineWithoutFitIsRefusedNamingTheFieldAndWithFitTrueItIsSent() throws IOException {
        try (Emulator wan26api = Emulators.start("wan26api", EmulatorOptions.defaults().withSpeed(10))) {
            BatchFixture.Run refused = batch(wan26api, "plain", LINE + "}").run();
            assertThat(refused.exit()).as(refused.toString()).isEqualTo(2);
            assertThat(refused.err()).contains("or let wan-r2v do it: \"fit\": true in the line (or --fit)")
                    .doesNotContain("R2vRequest.Builder");

            BatchFixture.Run fitted = batch(wan26api, "fit", LINE + ",\"fit\":true}").run();
            assertThat(fitted.exit()).as(fitted.toString()).isZero();

            BatchFixture.Run all = batch(wan26api, "flag", LINE + "}").run("--fit");
            assertThat(all.exit()).as(all.toString()).isZero();
            assertThat(wan26api.createsReceived()).isEqualTo(2);
        }
    }
}
