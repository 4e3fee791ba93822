package dev.wanr2v.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's application.yml "to copy" is this example's, word for word. */
class ReadmeTest {
    @Test
    void theReadmeShowsThisApplicationYml() throws Exception {
        String yml = Files.readString(Path.of("src/main/resources/application.yml"));
        assertThat(Files.readString(Path.of("../../README.md"))).contains("```yaml\n" + yml + "```\n");
    }
}
