package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Emulators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Broken requests are reported whole, one line per problem, with exit 2 and nothing sent; usage mistakes exit 64. */
class ValidationAndUsageTest {
    private static Emulator uniall;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        uniall = Emulators.start("uniall");
    }

    @AfterAll
    static void stop() {
        uniall.close();
    }

    @BeforeEach
    void reset() {
        uniall.reset();
    }

    private static String[] against(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--provider", "uniall", "--option", "baseUrl=" + uniall.baseUrl(), "--option", "apiKey=sk-test"));
        return all.toArray(String[]::new);
    }

    @Test
    void everyProblemOfARequestIsReportedAtOnceOnItsOwnLineAndNothingIsSent() {
        Cli.Run run = Cli.run(against("generate", "--prompt", " ", "--ref", "https://example.com/who", "--ref",
                "https://example.com/b.mp4", "--image", "https://example.com/c.png", "--size", "720P", "--duration", "99",
                "--seed", "-4", "--tier", "huge", "--shot", "triple", "--progress", "none"));

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.of(ErrorCategory.INVALID_REQUEST)).isEqualTo(2);
        List<String> problems = run.err().lines().filter(l -> l.startsWith("  - ")).toList();
        assertThat(problems).hasSize(8);
        for (String rule : List.of("R2V-PROMPT-REQUIRED", "CLI-REF-KIND", "R2V-REF-ORDER", "R2V-SIZE", "R2V-DURATION",
                "R2V-SEED", "R2V-TIER", "R2V-SHOT-TYPE")) {
            assertThat(problems).as(rule).anyMatch(l -> l.endsWith("(rule " + rule + ")"));
        }
        assertThat(run.err()).contains("nothing was sent").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(uniall.journal().size()).isZero();
    }

    @Test
    void jsonModePutsTheTypedErrorOnStdout() {
        Cli.Run run = Cli.run(against("submit", "--json", "--prompt", "", "--ref", "https://example.com/a.png",
                "--duration", "1"));

        assertThat(run.exit()).isEqualTo(2);
        JsonNode error = run.json().get("error");
        assertThat(error.get("category").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        assertThat(error.get("violations")).extracting(v -> v.get("rule").asText())
                .containsExactlyInAnyOrder("R2V-PROMPT-REQUIRED", "R2V-DURATION");
        assertThat(run.err()).contains("\nerror: [uniall] The request breaks 2 rules");
        assertThat(uniall.journal().size()).isZero();
    }

    @Test
    void verboseAddsTheStackTrace() {
        Cli.Run run = Cli.run(against("submit", "--verbose", "--prompt", "", "--ref", "https://example.com/a.png"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("InvalidRequestException").contains("\tat dev.wanr2v");
    }

    @Test
    void usageMistakesExit64WithAShortMessage() {
        Cli.Run unknownOption = Cli.run("generate", "--bogus");
        Cli.Run unknownCommand = Cli.run("generat");
        Cli.Run notANumber = Cli.run("generate", "--duration", "five");
        Cli.Run missingToken = Cli.run("status");
        Cli.Run badDuration = Cli.run("wait", "wr2v1.x", "--timeout", "soon");

        assertThat(List.of(unknownOption, unknownCommand, notANumber, missingToken, badDuration))
                .allSatisfy(r -> assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE).isEqualTo(64));
        assertThat(unknownOption.err()).contains("Unknown option: '--bogus'").contains("See 'wan-r2v generate --help'.")
                .hasLineCount(2);
        assertThat(unknownCommand.err()).contains("generate");
        assertThat(notANumber.err()).contains("--duration").contains("five");
        assertThat(missingToken.err()).contains("TOKEN");
        assertThat(badDuration.err()).contains("'soon' is not a duration");
    }

    @Test
    void aBareCommandLineAlsoExits64OnUsageMistakes() {
        Cli.Run run = Cli.run(new CommandLine(new Main()), "submit", "--bogus");

        assertThat(run.exit()).isEqualTo(64);
    }

    @Test
    void anOptionTheProviderDoesNotHaveIsRefusedWithTheLibrarysMessage() {
        Cli.Run run = Cli.run(against("submit", "--option", "regoin=cn", "--prompt", "x", "--ref", "https://e.com/a.png"));

        assertThat(run.exit()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("\nerror: wan-r2v: provider 'uniall' has no option 'regoin'; its options are"
                + " [apiKey, baseUrl, model]\n");
        assertThat(uniall.journal().size()).isZero();
    }

    @Test
    void providerChoiceIsTheLibrarysInCommandLineWords() {
        Assumptions.assumeTrue(System.getenv("WAN_R2V_PROVIDER") == null, "WAN_R2V_PROVIDER is set in this environment");
        Cli.Run unknown = Cli.run("submit", "--provider", "acme", "--prompt", "x", "--ref", "https://e.com/a.png");
        Cli.Run none = Cli.run("submit", "--prompt", "x", "--ref", "https://e.com/a.png");

        assertThat(unknown.exit()).isEqualTo(3);
        assertThat(unknown.err()).startsWith("error: wan-r2v: unknown provider 'acme' (from --provider). Available:"
                + " dashscope, uniall, wan26api. Fix the id, or add the jar that provides it");
        assertThat(none.exit()).isEqualTo(3);
        assertThat(none.err()).startsWith("error: wan-r2v: several providers found (dashscope, uniall, wan26api) and"
                + " none chosen. Choose one with --provider ID, or set WAN_R2V_PROVIDER=ID (");
        assertThat(unknown.all() + none.all()).doesNotContain("R2v.builder()").doesNotContain("builder option");
    }

    @Test
    void violationsNameTheFlagsTheUserTypedAndAdviceACommandLineUserCanFollow() {
        Path photo = TestFiles.sample(dir, "alice.jpg", dev.wanr2v.MediaFormat.JPEG);
        Cli.Run local = Cli.run(against("submit", "--prompt", "character1 waves", "--image", photo.toString()));
        Cli.Run negative = Cli.run("submit", "--emulate", "--provider", "wan26api", "--prompt", "character1 waves",
                "--ref", "https://example.com/a.png", "--negative-prompt", "blur");

        assertThat(local.exit()).as(local.toString()).isEqualTo(2);
        assertThat(local.err()).contains("  - --image " + photo + ": uniall takes an image only as public URLs")
                .contains("upload it and pass its https URL, or use a provider that takes local files (--provider"
                        + " dashscope, --provider wan26api) (rule R2V-INPUT-FORM)");
        assertThat(negative.err()).contains("  - --negative-prompt: wan26api's API has no field for a negative prompt;"
                + " remove --negative-prompt or choose another provider (rule R2V-UNSUPPORTED-OPTION)");
        assertThat(local.all() + negative.all()).doesNotContain("R2v.builder()").doesNotContain("references[")
                .doesNotContain("negativePrompt");
    }

    @Test
    void aMissingKeyIsAConfigurationError() {
        Assumptions.assumeTrue(System.getenv("UNIALL_API_KEY") == null, "UNIALL_API_KEY is set in this environment");
        Cli.Run run = Cli.run("submit", "--provider", "uniall", "--option", "baseUrl=" + uniall.baseUrl(),
                "--prompt", "x", "--ref", "https://e.com/a.png");

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.of(ErrorCategory.CONFIGURATION)).isEqualTo(3);
        assertThat(run.err()).contains("error: [uniall] apiKey is not set. Set environment variable UNIALL_API_KEY (or"
                + " --option apiKey=.. or JAVA_OPTS=-Dwanr2v.uniall.apiKey=..).\n").contains("--emulate")
                .doesNotContain("R2v.builder()");
        assertThat(uniall.journal().size()).isZero();
    }

    @Test
    void anUnknownProviderIsAConfigurationError() {
        Cli.Run run = Cli.run("providers");
        Cli.Run unknown = Cli.run("submit", "--provider", "acme", "--prompt", "x", "--ref", "https://e.com/a.png");

        assertThat(run.exit()).isZero();
        assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(3);
        assertThat(unknown.err()).contains("acme").contains("dashscope");
    }
}
