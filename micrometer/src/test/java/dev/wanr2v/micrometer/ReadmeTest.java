package dev.wanr2v.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.observation.TaskOutcome;
import dev.wanr2v.spi.Operation;
import io.micrometer.common.docs.KeyName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's observability section in step with the names the module records. */
class ReadmeTest {

    @Test
    void everyObservationKeyMeterAndValueIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> names = new ArrayList<>();
        for (R2vObservationDocumentation d : R2vObservationDocumentation.values()) {
            names.add(d.getName());
            for (KeyName[] keys : new KeyName[][] {d.getLowCardinalityKeyNames(), d.getHighCardinalityKeyNames()}) {
                for (KeyName key : keys) {
                    names.add(key.asString());
                }
            }
        }
        names.addAll(List.of(R2vMeters.TASKS, R2vMeters.TASK_DURATION, R2vMeters.VIDEO_SECONDS, R2vMeters.COST,
                R2vMeters.STATUS_CALLS, R2vMeters.THROTTLED, R2vMeters.BUDGET_WAIT, R2vMeters.BUDGET_WAITING,
                R2vMeters.ACTIVE));
        for (Operation operation : Operation.values()) {
            names.add(Values.operation(operation));
        }
        for (TaskOutcome outcome : TaskOutcome.values()) {
            names.add(outcome.value());
        }

        assertThat(names).allSatisfy(name -> assertThat(readme).as(name).contains("`" + name + "`"));
    }
}
