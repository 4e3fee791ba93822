package dev.wanr2v.reliability.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The CLI's runnable jar as a separate JVM, which the test can kill without warning (SIGKILL). */
final class CliProcess {
    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outPump;
    private final Thread errPump;

    private CliProcess(Process process) {
        this.process = process;
        this.outPump = pump(process.getInputStream(), out);
        this.errPump = pump(process.getErrorStream(), err);
    }

    /** The jar the build packaged (Surefire passes its path), failing clearly when it is missing. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("wanr2v.cli.jar", "../cli/target/wan-r2v.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("the CLI's runnable jar " + jar.toAbsolutePath() + " is missing; build with"
                    + " 'mvn -pl reliability -am verify'");
        }
        return jar;
    }

    /** Starts {@code java -jar wan-r2v.jar args...} in {@code dir}, with these environment variables. */
    static CliProcess start(Path dir, Map<String, String> env, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar().toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("WAN_R2V") || k.endsWith("_API_KEY")
                || k.endsWith("_BASE_URL"));
        builder.environment().putAll(env);
        try {
            return new CliProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills it at once (no shutdown hook runs) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        join();
    }

    /** Waits for it to end, bounded, and returns its exit code. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not finish within " + timeout + "\n" + this);
        }
        join();
        return process.exitValue();
    }

    /** Everything it printed. */
    String output() {
        return out + "\n" + err;
    }

    private void join() throws InterruptedException {
        outPump.join(5_000);
        errPump.join(5_000);
    }

    private static Thread pump(InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> {
            try (in) {
                into.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                into.append("(output lost: ").append(e.getMessage()).append(')');
            }
        }, "cli-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public String toString() {
        return "--- stdout\n" + out + "--- stderr\n" + err;
    }
}
