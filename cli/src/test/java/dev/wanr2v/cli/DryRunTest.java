package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Emulators;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dry-run}: validates, prints the exact create call with the key masked, sends nothing. */
class DryRunTest {
    private static final String SECRET = "sk-live-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void printsTheCreateCallWithTheKeyMaskedAndSendsNothing() {
        Path image = TestFiles.sample(dir, "alice.jpg", MediaFormat.JPEG);
        try (Emulator dashscope = Emulators.start("dashscope")) {
            Cli.Run run = Cli.run("generate", "--dry-run", "--provider", "dashscope", "--option",
                    "baseUrl=" + dashscope.baseUrl(), "--option", "apiKey=" + SECRET, "--prompt", "character1 waves",
                    "--ref", image.toString(), "--size", "1280*720", "--watermark");

            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.out()).startsWith("POST " + dashscope.baseUrl() + "/api/v1/services/aigc/video-generation/video-synthesis")
                    .contains("X-DashScope-Async: enable").contains("\"watermark\" : true").contains("Authorization: ");
            assertThat(run.all()).doesNotContain(SECRET).doesNotContain("0123456789abcdef");
            assertThat(run.err()).contains("nothing was sent");
            assertThat(dashscope.journal().size()).as("requests received").isZero();
        }
    }

    @Test
    void jsonDryRunCarriesTheParsedBody() {
        try (Emulator wan = Emulators.start("wan26api")) {
            Cli.Run run = Cli.run("submit", "--dry-run", "--json", "--provider", "wan26api", "--option",
                    "baseUrl=" + wan.baseUrl(), "--option", "apiKey=" + SECRET, "--prompt", "character1 waves",
                    "--ref", "https://example.com/a.png", "--duration", "12");

            assertThat(run.exit()).as(run.toString()).isZero();
            JsonNode json = run.json();
            assertThat(json.get("dryRun").asBoolean()).isTrue();
            assertThat(json.get("url").asText()).isEqualTo(wan.baseUrl() + "/model/v1/generation");
            assertThat(json.at("/body/model").asText()).isEqualTo("wan26_r2v");
            assertThat(json.at("/body/parameters/duration").asInt()).isEqualTo(12);
            assertThat(json.at("/headers/Authorization").asText()).doesNotContain(SECRET);
            assertThat(run.all()).doesNotContain(SECRET);
            // wan26api estimates costs: 12 s of 1080P with audio at 0.08 USD a second; the price check is all it sent
            assertThat(json.at("/costEstimate/amount").decimalValue()).isEqualByComparingTo("0.96");
            assertThat(json.at("/costEstimate/currency").asText()).isEqualTo("USD");
            assertThat(run.err()).contains("cost estimate: 0.96 USD").contains("only the price check was sent");
            assertThat(wan.journal().all()).extracting(r -> r.operation().orElseThrow())
                    .containsExactly(dev.wanr2v.spi.Operation.COST_ESTIMATE);
        }
    }

    @Test
    void aDryRunNeedsNoKey() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DASHSCOPE_API_KEY") == null, "DASHSCOPE_API_KEY is set");
        try (Emulator dashscope = Emulators.start("dashscope")) {
            Cli.Run run = Cli.run("submit", "--dry-run", "--provider", "dashscope", "--option",
                    "baseUrl=" + dashscope.baseUrl(), "--prompt", "character1 waves", "--ref", "https://example.com/a.png");

            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.out()).startsWith("POST " + dashscope.baseUrl()).contains("Authorization: ****");
            assertThat(run.err()).contains("apiKey is not set. Set environment variable DASHSCOPE_API_KEY")
                    .contains("A dry run sends nothing").contains("nothing was sent");
            assertThat(dashscope.journal().size()).isZero();
        }
    }

    @Test
    void withoutAKeyTheDryRunSaysAnEstimateNeedsOne() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("WAN26API_API_KEY") == null, "WAN26API_API_KEY is set");
        try (Emulator wan = Emulators.start("wan26api")) {
            Cli.Run run = Cli.run("submit", "--dry-run", "--provider", "wan26api", "--option", "baseUrl=" + wan.baseUrl(),
                    "--prompt", "character1 waves", "--ref", "https://example.com/a.png");

            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.err()).contains("wan26api estimates costs before you submit; with an API key, a dry run asks it")
                    .contains("nothing was sent");
            assertThat(wan.journal().size()).isZero();
        }
    }

    @Test
    void anInvalidRequestFailsTheDryRunToo() {
        Cli.Run run = Cli.run("generate", "--dry-run", "--emulate", "--provider", "wan26api", "--prompt", "x",
                "--ref", "https://example.com/a.png", "--negative-prompt", "blur", "--tier", "standard");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("R2V-UNSUPPORTED-OPTION").contains("R2V-TIER");
    }
}
