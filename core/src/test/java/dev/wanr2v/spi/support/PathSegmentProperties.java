package dev.wanr2v.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PathSegmentProperties {

    /** Any text a vendor might hand out as a task id, dot segments, slashes, queries and emoji included. */
    @Provide
    Arbitrary<String> taskIds() {
        Arbitrary<String> any = Arbitraries.strings().ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> pathLike = Arbitraries.strings().withChars("./?#%+ ~-_:@;=&").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> tricky = Arbitraries.of(".", "..", "...", "./..", "%2E%2E", "a/../b", "?x=1", "#f", "é",
                "\uD83C\uDFAC", "task_abc-123");
        return Arbitraries.oneOf(any, pathLike, tricky).filter(s -> !s.isBlank());
    }

    @Property(tries = 1000)
    void anyTaskIdRoundTripsAsExactlyOnePathSegment(@ForAll("taskIds") String taskId) {
        String segment = PathSegment.encode(taskId);
        URI uri = URI.create("https://host.example/api/v1/tasks/" + segment + "/cancel");

        assertThat(uri.getRawQuery()).as("query").isNull();
        assertThat(uri.getRawFragment()).as("fragment").isNull();
        String[] segments = uri.normalize().getRawPath().split("/", -1);
        assertThat(segments).as("segments of %s", uri).hasSize(6);
        assertThat(segments[4]).isEqualTo(segment).isNotIn(".", "..");
        assertThat(URLDecoder.decode(segments[4].replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(taskId);
    }

    @Property(tries = 300)
    void onlyUnreservedCharactersAndEscapesAreWritten(@ForAll("taskIds") String taskId) {
        assertThat(PathSegment.encode(taskId)).matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})+");
    }

    @Example
    void knownEncodings() {
        assertThat(PathSegment.encode("abc-123_x.y~z")).isEqualTo("abc-123_x.y~z");
        assertThat(PathSegment.encode("a b/c?d#é")).isEqualTo("a%20b%2Fc%3Fd%23%C3%A9");
        assertThat(PathSegment.encode("..")).isEqualTo("%2E%2E");
        assertThat(PathSegment.encode(".")).isEqualTo("%2E");
        assertThat(PathSegment.encode("a*b+c")).isEqualTo("a%2Ab%2Bc");
    }

    @Example
    void blankValuesAreRefused() {
        for (String blank : new String[] {null, "", " ", "\t\n"}) {
            assertThatThrownBy(() -> PathSegment.encode(blank)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must not be blank");
        }
    }
}
