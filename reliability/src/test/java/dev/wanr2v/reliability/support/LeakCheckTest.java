package dev.wanr2v.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Which threads the leak check counts as left behind. */
class LeakCheckTest {

    @Test
    void aThreadsClientIsTheFirstPartOfItsName() {
        assertThat(LeakCheck.client("wan-r2v-393-io-2")).isEqualTo("wan-r2v-393-");
        assertThat(LeakCheck.client("wan-r2v-7-scheduler")).isEqualTo("wan-r2v-7-");
    }

    @Test
    void aLateThreadOfAClientMadeBeforeIsNoLeakButANewClientsThreadIs() throws InterruptedException {
        CountDownLatch end = new CountDownLatch(1);
        Thread early = parked("wan-r2v-900001-io-1", end);
        Set<String> before = LeakCheck.libraryThreads();
        Thread late = parked("wan-r2v-900001-io-2", end);
        try {
            LeakCheck.assertThreadsGone(before);
            Thread leaked = parked("wan-r2v-900002-io-1", end);
            assertThatThrownBy(() -> LeakCheck.assertThreadsGone(before, java.time.Duration.ofMillis(50)))
                    .hasMessageContaining("wan-r2v-900002-io-1").hasMessageNotContaining("wan-r2v-900001-io-2");
            assertThat(leaked.isAlive()).isTrue();
        } finally {
            end.countDown();
            early.join();
            late.join();
        }
    }

    private static Thread parked(String name, CountDownLatch end) {
        Thread t = new Thread(() -> {
            try {
                end.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
