package dev.wanr2v.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The results of one or more JMH JSON files ({@code -rf json}), looked up by benchmark and parameters. */
final class JmhResults {
    private final List<JmhResult> results = new ArrayList<>();

    static JmhResults read(List<Path> files) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JmhResults all = new JmhResults();
        for (Path file : files) {
            for (JsonNode node : mapper.readTree(file.toFile())) {
                all.results.add(new JmhResult(node));
            }
        }
        return all;
    }

    /** The result of {@code Class.method} (simple class name) with these parameter values, if it ran. */
    Optional<JmhResult> find(String classAndMethod, Map<String, String> params) {
        return results.stream()
                .filter(r -> r.benchmark().endsWith("." + classAndMethod))
                .filter(r -> params.entrySet().stream().allMatch(p -> p.getValue().equals(r.param(p.getKey()))))
                .findFirst();
    }

    Optional<JmhResult> find(String classAndMethod) {
        return find(classAndMethod, Map.of());
    }

    /** Any result, for what every result repeats (JVM, JMH version). */
    Optional<JsonNode> any() {
        return results.stream().findFirst().map(JmhResult::node);
    }

    /** Every result, in the order run. */
    List<JmhResult> all() {
        return List.copyOf(results);
    }
}
