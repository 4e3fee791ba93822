package dev.wanr2v.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.cli.batch.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's command-line parts in step with the code. */
class ReadmeTest {
    private static String readme() throws Exception {
        return Files.readString(Path.of("..", "README.md"));
    }

    @Test
    void theExitCodeTableListsEveryCategoryWithItsCode() throws Exception {
        String readme = readme();
        for (ErrorCategory c : ErrorCategory.values()) {
            assertThat(readme).as(c.name()).contains("\n| " + ExitCodes.of(c) + " | `" + c.name() + "`");
        }
        for (int code : List.of(ExitCodes.OK, ExitCodes.INTERNAL, ExitCodes.BATCH_INCOMPLETE, ExitCodes.USAGE, ExitCodes.FILES)) {
            assertThat(readme).as("exit code " + code).contains("\n| " + code + " | ");
        }
    }

    @Test
    void eachCategoryHasItsOwnPublishedCode() {
        List<Integer> codes = java.util.Arrays.stream(ErrorCategory.values()).map(ExitCodes::of).toList();
        assertThat(codes).as("in declaration order, as published in 0.1").isEqualTo(
                java.util.stream.IntStream.rangeClosed(2, 19).boxed().toList());
    }

    @Test
    void theSetUpStartsWithTheDemoThenTheTests() throws Exception {
        String readme = readme();
        String setUp = readme.substring(readme.indexOf("## Set up"), readme.indexOf("## What it does"));
        assertThat(setUp).containsSubsequence("```bash\n./wan-r2v demo", "\nmvn -B -ntp verify");
        assertThat(readme.indexOf("\n## ")).as("the first section").isEqualTo(readme.indexOf("\n## Set up"));
    }

    @Test
    void everyManifestFieldAndCliRuleIsDocumented() throws Exception {
        String readme = readme();
        for (String field : Manifest.FIELDS) {
            assertThat(readme).as(field).contains("`" + field + "`");
        }
        assertThat(readme).contains("`" + Manifest.RULE + "`").contains("`" + dev.wanr2v.cli.request.ReferenceParser.RULE + "`");
    }

    @Test
    void theLayoutNamesTheCliAndTheLauncher() throws Exception {
        assertThat(readme()).contains("\ncli/ ").contains("\nwan-r2v ");
        assertThat(Path.of("..", "wan-r2v")).isExecutable();
    }
}
