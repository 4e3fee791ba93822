package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code providers}, {@code --help} and {@code --version}. */
class ProvidersAndHelpTest {
    private static final List<String> COMMANDS = List.of("generate", "submit", "status", "wait", "cancel", "download",
            "batch", "providers", "emulate", "demo");

    @Test
    void providersListsEachProviderWithCapabilitiesAndHowToConfigureIt() {
        Cli.Run run = Cli.run("providers");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("dashscope  ").contains("uniall  ").contains("wan26api  ")
                .contains("DASHSCOPE_API_KEY").contains("DASHSCOPE_REGION").contains("UNIALL_BASE_URL")
                .contains("-Dwanr2v.wan26api.envelope").contains("order IMAGES_THEN_VIDEOS")
                .contains("local files: uploaded to the vendor's storage").contains("(built-in emulator: --emulate)");
    }

    @Test
    void providersShowEachAccountsLimits() {
        Cli.Run run = Cli.run("providers");
        assertThat(run.out()).contains("account:  5 creates/s, 20 queries/s, 5 running (more wait in the vendor's queue)")
                .contains("account:  2 creates/s, 10 queries/s, running tasks not limited; not published by the vendor")
                .contains("WAN_R2V_CREATE_RATE");
        JsonNode limits = findById(Cli.run("providers", "--json").json(), "dashscope").at("/capabilities/accountLimits");
        assertThat(limits.get("createsPerSecond").asDouble()).isEqualTo(5);
        assertThat(limits.get("queriesPerSecond").asDouble()).isEqualTo(20);
        assertThat(limits.get("runningTasks").asInt()).isEqualTo(5);
        assertThat(limits.get("vendorQueue").asBoolean()).isTrue();
    }

    @Test
    void providersAsJson() {
        JsonNode json = Cli.run("providers", "--json").json();

        assertThat(json.get("providers")).extracting(p -> p.get("id").asText())
                .containsExactlyInAnyOrder("dashscope", "uniall", "wan26api");
        JsonNode wan = findById(json, "wan26api");
        assertThat(wan.at("/capabilities/tiers")).extracting(JsonNode::asText).containsExactly("FLASH");
        assertThat(wan.at("/capabilities/durations")).hasSize(14);
        assertThat(wan.get("emulator").asBoolean()).isTrue();
        assertThat(wan.get("options")).anySatisfy(o -> {
            assertThat(o.get("name").asText()).isEqualTo("apiKey");
            assertThat(o.get("secret").asBoolean()).isTrue();
            assertThat(o.get("environment")).extracting(JsonNode::asText).containsExactly("WAN26API_API_KEY");
        });
    }

    @Test
    void helpListsEveryCommandAndEachCommandHasHelp() {
        Cli.Run main = Cli.run("--help");
        Cli.Run none = Cli.run();

        assertThat(main.exit()).isZero();
        assertThat(none.exit()).isZero();
        for (String command : COMMANDS) {
            assertThat(main.out()).contains("\n  " + command + " ");
            Cli.Run help = Cli.run(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: wan-r2v " + command);
        }
        assertThat(main.out()).contains("64 usage error").contains("wan-r2v demo");
        assertThat(Cli.run("generate", "--help").out()).contains("--prompt").contains("--ref").contains("--dry-run")
                .contains("--emulate").contains("--cancel-on-interrupt").contains("Example");
    }

    /**
     * Wrapping changes only whitespace: every word of the help (a flag value, a URL, a property name) reads the
     * same at 80 and 132 columns as on one endless line. picocli alone broke -Dwanr2v.provider after its dot and
     * baseUrl=https://... after its colon.
     */
    @Test
    void helpWrapsOnlyBetweenWords() {
        List<String> all = new java.util.ArrayList<>(COMMANDS);
        all.add("");
        for (String command : all) {
            List<String> unwrapped = words(help(command, 10_000));
            for (int width : List.of(80, 132)) {
                String help = help(command, width);
                assertThat(words(help)).as(command + " at " + width + " columns").isEqualTo(unwrapped);
                assertThat(help.lines()).as(command).allSatisfy(l -> assertThat(l.length()).as(l)
                        .isLessThanOrEqualTo(width));
            }
        }
    }

    @Test
    void commandsAboutAnEarlierTaskListNoOptionTheyRefuse() {
        for (String command : List.of("status", "wait", "cancel", "download")) {
            String help = help(command, 80);
            assertThat(help).as(command).doesNotContain("[--emulate]").doesNotContain("[--dry-run]");
            assertThat(help.lines()).as(command).noneMatch(l -> l.matches(" +--(emulate|emulate-speed|dry-run)\\b.*"));
        }
    }

    private static String help(String command, int width) {
        picocli.CommandLine cmd = Main.commandLine();
        picocli.CommandLine sub = command.isEmpty() ? cmd : cmd.getSubcommands().get(command);
        sub.getCommandSpec().usageMessage().autoWidth(false).width(width);
        return sub.getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    @Test
    void versionNamesTheProgram() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("wan-r2v ");
    }

    private static JsonNode findById(JsonNode json, String id) {
        for (JsonNode p : json.get("providers")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no provider " + id);
    }
}
