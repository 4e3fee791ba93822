package dev.wanr2v.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built runnable jar, run as a separate process (for the integration tests, after packaging). */
public final class JarProcess implements AutoCloseable {
    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outPump;
    private final Thread errPump;

    private JarProcess(Process process) {
        this.process = process;
        this.outPump = pump(process.getInputStream(), out);
        this.errPump = pump(process.getErrorStream(), err);
    }

    /** The jar failsafe was told about; fails clearly when it was not built. */
    static Path jar() {
        String path = System.getProperty("wanr2v.cli.jar", "target/wan-r2v.jar");
        Path jar = Path.of(path);
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("the runnable jar " + jar.toAbsolutePath() + " is missing; run 'mvn verify'");
        }
        return jar;
    }

    /** Starts {@code java -jar wan-r2v.jar args...} in {@code dir} with extra environment variables. */
    public static JarProcess start(Path dir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("WAN_R2V_PROVIDER");
        pb.environment().putAll(env);
        try {
            return new JarProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end (at most {@code timeout}) and returns the exit code. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("wan-r2v did not finish within " + timeout + "\n--- stdout\n" + out + "--- stderr\n" + err);
        }
        outPump.join(5000);
        errPump.join(5000);
        return process.exitValue();
    }

    /** Waits until stderr contains the text. */
    public void awaitErr(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!err.toString().contains(text)) {
            if (System.nanoTime() > end || !process.isAlive()) {
                throw new AssertionError("stderr never said '" + text + "'\n--- stdout\n" + out + "--- stderr\n" + err);
            }
            Thread.sleep(20);
        }
    }

    /**
     * SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C. Sent through the process handle:
     * {@code Process.destroy()} would also close our ends of the pipes and lose what the hooks print.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** SIGKILL: no hooks, no goodbye. */
    public void kill() {
        process.destroyForcibly();
    }

    /** Kills the process if it still runs (a failed test must not leave it behind). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    @Override
    public String toString() {
        return "--- stdout\n" + out + "--- stderr\n" + err;
    }

    private static Thread pump(InputStream in, StringBuffer sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    sink.append(line).append('\n');
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
