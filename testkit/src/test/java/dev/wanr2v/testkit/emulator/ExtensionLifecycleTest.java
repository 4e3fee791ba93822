package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionLifecycleTest {

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InAStaticField {
        @RegisterExtension
        static final EmulatorExtension SHARED = EmulatorExtension.of("uniall");
        static final AtomicReference<Emulator> FIRST = new AtomicReference<>();

        @Test
        @Order(1)
        void theFirstTestLeavesATaskBehind() {
            FIRST.set(SHARED.emulator());
            Http.to(SHARED.emulator()).bearer("k").post("/v1/video/generations",
                    Http.resource("uniall-002-create.json"));
            assertThat(SHARED.emulator().tasksCreated()).isEqualTo(1);
        }

        @Test
        @Order(2)
        void theNextTestGetsTheSameServerReset() {
            assertThat(SHARED.emulator()).isSameAs(FIRST.get());
            assertThat(SHARED.emulator().isRunning()).isTrue();
            assertThat(SHARED.emulator().tasksCreated()).isZero();
            assertThat(SHARED.emulator().journal().all()).isEmpty();
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InAnInstanceField {
        static final AtomicReference<Emulator> FIRST = new AtomicReference<>();

        @RegisterExtension
        final EmulatorExtension own = EmulatorExtension.of("wan26api");

        @Test
        @Order(1)
        void eachTestGetsItsOwnServer() {
            FIRST.set(own.emulator());
            assertThat(own.emulator().isRunning()).isTrue();
        }

        @Test
        @Order(2)
        void whichStopsAfterTheTest() {
            assertThat(own.emulator()).isNotSameAs(FIRST.get());
            assertThat(FIRST.get().isRunning()).isFalse();
        }
    }
}
