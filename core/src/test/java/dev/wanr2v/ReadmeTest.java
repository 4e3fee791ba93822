package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.internal.config.CoreSetting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's tables in step with the code they document. */
class ReadmeTest {
    private static String readme() throws Exception {
        return Files.readString(Path.of("..", "README.md"));
    }

    @Test
    void everyRuleIdIsDocumented() throws Exception {
        String readme = readme();
        for (Rule rule : Rule.values()) {
            assertThat(readme).as(rule.id()).contains("`" + rule.id() + "`");
        }
    }

    @Test
    void everyCoreSettingIsDocumented() throws Exception {
        String readme = readme();
        for (CoreSetting s : CoreSetting.values()) {
            assertThat(readme).as(s.key()).contains("`" + s.systemProperty() + "`").contains("`" + s.envVar() + "`");
        }
    }

    @Test
    void everyErrorCategoryIsDocumented() throws Exception {
        String readme = readme();
        for (ErrorCategory c : ErrorCategory.values()) {
            assertThat(readme).as(c.name()).contains("`" + c.name() + "`");
        }
    }

    @Test
    void everySpiHelperIsDocumented() throws Exception {
        String readme = readme();
        for (Class<?> helper : new Class<?>[] {dev.wanr2v.spi.support.BaseUrlRule.class,
            dev.wanr2v.spi.support.PathSegment.class, dev.wanr2v.spi.support.OptionChoice.class,
            dev.wanr2v.spi.support.StatusFallback.class, dev.wanr2v.spi.support.Readings.class}) {
            assertThat(readme).as(helper.getSimpleName()).contains("| `" + helper.getSimpleName() + "` |");
        }
        String[] exported = new java.io.File("src/main/java/dev/wanr2v/spi/support").list((d, n) -> n.endsWith(".java")
                && !n.equals("package-info.java"));
        assertThat(exported).as("helpers in dev.wanr2v.spi.support").hasSize(5);
    }
}
