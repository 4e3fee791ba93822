package dev.wanr2v.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2v;
import java.beans.PropertyDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;

/**
 * The configuration metadata the processor generated (what IDEs complete and document) holds every
 * property of {@link R2vProperties} with a description, and every property is mapped onto the builder.
 */
class ConfigurationMetadataTest {
    private static JsonNode metadata(String file) throws Exception {
        Path classes = Path.of(R2vProperties.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return new ObjectMapper().readTree(classes.resolve("META-INF").resolve(file).toFile());
    }

    /** Every bindable property name, from the class itself. */
    private static List<String> propertyNames(String prefix, Class<?> type) {
        List<String> names = new ArrayList<>();
        for (PropertyDescriptor p : BeanUtils.getPropertyDescriptors(type)) {
            if (p.getName().equals("class")) {
                continue;
            }
            String name = prefix + "." + R2vProperties.kebab(p.getName());
            if (p.getPropertyType().getPackage() == R2vProperties.class.getPackage()) {   // wanr2v.poll.*, .retry.*
                names.addAll(propertyNames(name, p.getPropertyType()));
            } else {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void everyPropertyHasMetadataWithADescription() throws Exception {
        Map<String, String> described = new TreeMap<>();
        for (JsonNode p : metadata("spring-configuration-metadata.json").get("properties")) {
            described.put(p.get("name").asText(), p.path("description").asText(""));
        }
        List<String> expected = propertyNames("wanr2v", R2vProperties.class);
        assertThat(expected).contains("wanr2v.api-key", "wanr2v.options", "wanr2v.poll.jitter", "wanr2v.retry.max-delay",
                "wanr2v.budgets", "wanr2v.create-rate", "wanr2v.submit-timeout");
        assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        described.forEach((name, description) -> assertThat(description).as(name).hasSizeGreaterThan(20));
    }

    @Test
    void everyPropertyIsPassedToTheBuilder() {
        String table = PropertyMapping.table();
        for (String name : propertyNames("wanr2v", R2vProperties.class)) {
            String mapped = name.startsWith("wanr2v.poll.") ? "wanr2v.poll.*" : name.startsWith("wanr2v.retry.")
                    ? "wanr2v.retry.*" : name.equals("wanr2v.options") ? "wanr2v.options.<name>" : name;
            assertThat(table).as(name).contains("= " + mapped);
        }
    }

    @Test
    void theReadmesPropertyTableListsEveryProperty() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("\n## Spring Boot\n"), readme.indexOf("**Precedence**"));
        for (String name : propertyNames("wanr2v", R2vProperties.class)) {
            String full = name.equals("wanr2v.options") ? "`wanr2v.options.<name>`" : "`" + name + "`";
            String abbreviated = "`" + name.substring(name.lastIndexOf('.')) + "`";   // `.max-delay` after its family
            assertThat(section.contains(full) || !name.startsWith("wanr2v.options") && name.indexOf('.', 7) > 0
                    && section.contains(abbreviated)).as(name + " in README.md#spring-boot").isTrue();
        }
    }

    @Test
    void theIdeSuggestsEveryBuiltInProvider() throws Exception {
        List<String> suggested = new ArrayList<>();
        for (JsonNode hint : metadata("spring-configuration-metadata.json").get("hints")) {
            if (hint.get("name").asText().equals("wanr2v.provider")) {
                hint.get("values").forEach(v -> suggested.add(v.get("value").asText()));
            }
        }
        assertThat(suggested).containsExactlyInAnyOrderElementsOf(R2v.providers().stream().map(ProviderInfo::id).toList());
    }
}
