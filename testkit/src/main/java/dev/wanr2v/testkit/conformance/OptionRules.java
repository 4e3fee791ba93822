package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.Violation;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.testkit.emulator.Emulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;

/**
 * Rule 1.7: provider options the provider cannot serve requests under are refused before anything reaches
 * the vendor. A kit subclass names such settings by overriding {@link #unservableOptions()}.
 */
public interface OptionRules extends ConformanceRules {

    /**
     * Provider option settings under which no request may reach the vendor, each a map of option name to
     * value set on top of the kit's own options: a model id that names another model family, say, which
     * the vendor would take and bill for a clip that ignores the references. Default: none, and rule 1.7
     * is skipped.
     *
     * @return the settings, each to be refused on its own
     */
    default List<Map<String, String>> unservableOptions() {
        return List.of();
    }

    /**
     * <b>R2V-1.7</b> Under each setting of {@link #unservableOptions()}, no request is sent: the client
     * fails to build with a {@link ConfigurationException} naming one of the options set, or {@code submit}
     * refuses a valid request of each declared tier with an {@link InvalidRequestException} holding a
     * violation of a rule of the provider's own whose field is one of the options set; the vendor receives
     * no call. Skipped when the kit subclass names no such setting.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_1_7}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_1_7, requires = Requirement.UNSERVABLE_OPTIONS)
    default void required_R2V_1_7_refusesOptionsItCannotServe() {
        KitSession s = session();
        List<String> problems = new ArrayList<>();
        for (Map<String, String> options : unservableOptions()) {
            Emulator emulator = s.freshEmulator();
            R2vClient client;
            try {
                client = s.newClient(b -> {
                    options.forEach(b::option);
                    return b;
                });
            } catch (ConfigurationException e) {
                if (options.keySet().stream().noneMatch(e.getMessage()::contains)) {
                    problems.add(options + ": the ConfigurationException names none of the options: " + e.getMessage());
                }
                continue;
            }
            try (client) {
                for (R2vRequest request : requests(s.capabilities())) {
                    refusalProblem(client, request, options).ifPresent(p -> problems.add(options + ", tier "
                            + request.tier() + ": " + p));
                }
            }
            if (emulator.journal().size() > 0) {
                problems.add(options + ": the vendor received " + emulator.journal().size() + " call(s)");
            }
        }
        assertThat(problems).as("settings the provider cannot serve, used anyway").isEmpty();
    }

    /** The kit's minimal request in each declared tier. */
    private static List<R2vRequest> requests(Capabilities caps) {
        R2vRequest minimal = KitRequests.minimal(caps);
        List<R2vRequest> out = new ArrayList<>();
        for (ModelTier tier : caps.tiers()) {
            out.add(minimal.toBuilder().tier(tier).build());
        }
        return out;
    }

    /** What is wrong with how {@code client} answered {@code request} under {@code options}; empty if refused. */
    private static Optional<String> refusalProblem(R2vClient client, R2vRequest request, Map<String, String> options) {
        try {
            TaskHandle handle = client.submit(request);
            return Optional.of("submitted as task " + handle.taskId());
        } catch (InvalidRequestException e) {
            boolean named = e.violations().stream().filter(v -> OwnRules.isOwn(v.ruleId())).map(Violation::field)
                    .anyMatch(options::containsKey);
            return named ? Optional.empty() : Optional.of("refused by no rule of the provider's own on one of the"
                    + " options set: " + ScriptedLife.describe(e));
        } catch (R2vException e) {
            return Optional.of("failed with " + ScriptedLife.describe(e) + " instead of refusing before sending");
        }
    }
}
