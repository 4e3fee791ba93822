package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's download hook is not public API: users never implement it or pass it. */
class GeneratedVideoApiTest {

    @Test
    void theOnlyPublicConstructorTakesValuesAndNoEngineHook() {
        List<List<Class<?>>> constructors = Arrays.stream(GeneratedVideo.class.getConstructors())
                .map(Constructor::getParameterTypes).map(List::of).toList();
        assertThat(constructors).containsExactly(List.of(TaskHandle.class, String.class, TaskSnapshot.class));
        assertThat(GeneratedVideo.class.getClasses()).as("public nested types").isEmpty();
        assertThat(Arrays.stream(GeneratedVideo.class.getMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .flatMap(m -> Arrays.stream(m.getParameterTypes()))
                .filter(t -> t.getName().startsWith("dev.wanr2v.internal."))).as("internal types in public methods")
                .isEmpty();
    }

    @Test
    void aVideoMadeByHandSaysItCannotDownloadItself() {
        TaskSnapshot done = TaskSnapshot.builder(TaskStatus.SUCCEEDED).rawStatus("done")
                .videoUrl("https://cdn.example/v.mp4").build();
        GeneratedVideo video = new GeneratedVideo(new TaskHandle("acme", "t1", "https://api.acme.example",
                Instant.parse("2026-01-01T00:00:00Z")), "https://cdn.example/v.mp4", done);
        assertThatThrownBy(() -> video.download(Path.of("clip.mp4"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("made by hand");
    }
}
