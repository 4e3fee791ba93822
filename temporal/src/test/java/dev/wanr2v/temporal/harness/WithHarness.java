package dev.wanr2v.temporal.harness;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link Harness} for each test, its videos in a temporary directory. */
public abstract class WithHarness {
    /** Where the harness's machines store videos. */
    @TempDir
    protected Path videos;

    /** The test's harness. */
    protected Harness harness;

    @BeforeEach
    void startHarness() {
        harness = new Harness(videos);
    }

    @AfterEach
    void stopHarness() {
        harness.close();
    }
}
