package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2vClient;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Example;
import org.slf4j.LoggerFactory;

/**
 * Rules 9.x: the API key never shows, even when the vendor echoes it back. Both rules run the same
 * calls: a successful generation; a create answered 401 with the key in the message, answered by an
 * HTML page quoting it, and lost after the vendor took it; a task failing with the key in its message;
 * status (and cancel) calls answered with the key in 400 and 500 errors and in bodies nobody can read;
 * a cost estimate refused with the key in the message.
 */
public interface SecretRules extends ConformanceRules {

    /**
     * <b>R2V-9.1</b> No exception of those calls shows the key: not in its message or
     * {@code toString()}, not in the vendor code, message or request id it carries, not in the last snapshot
     * a task's exception carries, and not in any of its causes or suppressed exceptions.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_9_1}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_9_1)
    default void required_R2V_9_1_keepsTheKeyOutOfExceptions() {
        KitSession s = session();
        List<Throwable> thrown = SecretScenarios.run(s, s.client());
        assertThat(thrown).as("exceptions of the failing calls").isNotEmpty();
        List<String> leaks = thrown.stream().flatMap(t -> Throwables.texts(t).filter(x -> x.contains(s.apiKey()))
                .limit(1).map(x -> Throwables.chain(t).stream().map(c -> c.getClass().getSimpleName()).toList()
                        + " shows: " + x.replace(s.apiKey(), "<THE API KEY>"))).toList();
        assertThat(leaks).as("exceptions (with their causes) that show the API key").isEmpty();
    }

    /**
     * <b>R2V-9.2</b> No line logged during those calls (with {@code dev.wanr2v} at TRACE, so HTTP
     * headers are logged too) shows the key.
     *
     * <p>Skipped when SLF4J does not log through slf4j-simple. Fails, saying how to fix it, when
     * {@code dev.wanr2v.http} is not at TRACE.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_9_2}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_9_2, requires = Requirement.SIMPLE_LOGGER)
    default void required_R2V_9_2_keepsTheKeyOutOfLogLines() {
        KitSession s = session();
        assertThat(LoggerFactory.getLogger("dev.wanr2v.http").isTraceEnabled()).as("dev.wanr2v.http logs at TRACE"
                + " (put org.slf4j.simpleLogger.log.dev.wanr2v=trace in src/test/resources/simplelogger.properties)")
                .isTrue();
        String logged;
        try (ErrCapture capture = new ErrCapture()) {
            try (R2vClient client = s.newClient(UnaryOperator.identity())) {
                SecretScenarios.run(s, client);
            }
            logged = capture.text();
        }
        assertThat(logged).as("lines logged (proof that headers were logged, masked)").contains("Authorization");
        List<String> leaking = logged.lines().filter(line -> line.contains(s.apiKey()))
                .map(line -> line.replace(s.apiKey(), "<THE API KEY>")).toList();
        assertThat(leaking).as("log lines that show the API key").isEmpty();
    }

    /**
     * <b>R2V-9.3</b> The codec's {@code toString()}, which logs and debuggers show, says something (it is not
     * blank) and never shows the key; nor does the client's.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_9_3}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_9_3)
    default void required_R2V_9_3_describesItselfWithoutTheKey() {
        KitSession s = session();
        String codec = String.valueOf(s.codec());
        assertThat(codec).as("the codec's toString()").isNotBlank().doesNotContain(s.apiKey());
        assertThat(String.valueOf(s.client())).as("the client's toString()").doesNotContain(s.apiKey());
    }
}
