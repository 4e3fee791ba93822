package dev.wanr2v.examples.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Temporal snippets are this example's code, word for word (between its README markers). */
class ReadmeTest {
    private static final Pattern SNIPPET = Pattern.compile("// README: (\\w+)\\n(.*?)\\n\\s*// README: end", Pattern.DOTALL);

    @Test
    void theReadmeShowsTheWorkerAndStarterCode() throws Exception {
        String readme = Files.readString(Path.of("../../README.md"));
        int found = 0;
        for (String file : new String[] {"ExampleWorker.java", "ExampleStarter.java"}) {
            String source = Files.readString(Path.of("src/main/java/dev/wanr2v/examples/temporal", file));
            Matcher m = SNIPPET.matcher(source);
            while (m.find()) {
                found++;
                assertThat(readme).as("README holds the " + m.group(1) + " snippet of " + file)
                        .contains(m.group(2).stripIndent());
            }
        }
        assertThat(found).isEqualTo(2);
    }
}
