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

    /** The snippets a user pastes name the version this tree builds and installs. */
    @Test
    void everyWanR2vVersionInTheDocsIsTheProjects() throws Exception {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        java.util.regex.Matcher own = java.util.regex.Pattern.compile(
                "<artifactId>wan-r2v-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(own.find()).isTrue();
        java.util.regex.Pattern pinned = java.util.regex.Pattern.compile(
                "<artifactId>wan-r2v-[a-z0-9-]+</artifactId>\\s*<version>([^<$]+)</version>|<wan-r2v\\.version>([^<]+)<");
        for (Path doc : List.of(Path.of("..", "README.md"), Path.of("..", "testkit", "README.md"))) {
            java.util.regex.Matcher m = pinned.matcher(Files.readString(doc));
            int found = 0;
            while (m.find()) {
                found++;
                assertThat(m.group(1) != null ? m.group(1) : m.group(2)).as(doc + ": " + m.group()).isEqualTo(own.group(1));
            }
            assertThat(found).as(doc + " shows dependencies with their version").isPositive();
        }
    }

    /** A reader of the repository alone can follow every link. */
    @Test
    void linksStayInsideTheRepository() throws Exception {
        for (Path doc : List.of(Path.of("..", "README.md"), Path.of("..", "testkit", "README.md"))) {
            String text = Files.readString(doc);
            assertThat(text).as(doc.toString()).doesNotContainPattern("\\]\\((https?:|\\.\\./)")
                    .doesNotContain("`../");
        }
    }

    @Test
    void theLayoutNamesTheCliAndTheLauncher() throws Exception {
        assertThat(readme()).contains("\ncli/ ").contains("\nwan-r2v ");
        assertThat(Path.of("..", "wan-r2v")).isExecutable();
    }
}
