package dev.wanr2v.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorExtension;
import dev.wanr2v.testkit.emulator.Fault;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Closing the application context closes the client, but only after creates on the wire returned. */
class ShutdownTest {
    @RegisterExtension
    static final EmulatorExtension DASHSCOPE = EmulatorExtension.of("dashscope");

    @Test
    void aCreateOnTheWireReturnsItsHandleBeforeTheClientCloses() {
        Emulator emulator = DASHSCOPE.emulator();
        emulator.faults().next(Operation.CREATE, Fault.delay(Duration.ofSeconds(1)));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(R2vAutoConfiguration.class))
                .withPropertyValues("wanr2v.provider=dashscope", "wanr2v.api-key=emulator-key",
                        "wanr2v.base-url=" + emulator.baseUrl())
                .run(context -> {
                    R2vClient client = context.getBean(R2vClient.class);
                    CompletableFuture<TaskHandle> submitted = client.submitAsync(R2vRequest.builder()
                            .prompt("character1 waves").image("https://example.com/alice.png").build());
                    context.close(); // the create's answer is still a second away

                    assertThat(submitted).as("the handle of a task the vendor accepted is not lost").isCompleted();
                    TaskHandle handle = submitted.join();
                    assertThat(emulator.task(handle.taskId())).isPresent();
                    assertThat(emulator.tasksCreated()).isEqualTo(1);
                });
    }
}
