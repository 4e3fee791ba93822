package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.spi.support.BaseUrlRule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.jqwik.api.Example;

/**
 * Rules 1.x: the provider is wired up the way core finds and configures providers. They need no
 * generated data and run first.
 */
public interface WiringRules extends ConformanceRules {

    /**
     * <b>R2V-1.1</b> {@link ServiceLoader} finds the provider on the class path: a
     * {@code META-INF/services/dev.wanr2v.spi.R2vProvider} entry names its class, which instantiates
     * with its public no-argument constructor and reports the same id.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_1_1}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_1_1)
    default void required_R2V_1_1_providerIsDiscoverable() {
        R2vProvider provider = session().provider();
        List<String> found = new ArrayList<>();
        AtomicReference<R2vProvider> discovered = new AtomicReference<>();
        eachProvider(provider, p -> {
            found.add(p.getClass().getName());
            if (p.getClass() == provider.getClass()) {
                discovered.set(p);
            }
        }, e -> found.add("(broken entry: " + e.getMessage() + ")"));
        assertThat(discovered.get()).as("ServiceLoader found %s, but not %s", found, provider.getClass().getName())
                .isNotNull();
        assertThat(discovered.get().id()).as("the id of the discovered instance").isEqualTo(provider.id());
    }

    /**
     * <b>R2V-1.2</b> The id is a stable, non-blank name of lower-case letters, digits, {@code .},
     * {@code _} and {@code -}, claimed by no other provider on the class path; the display name is not
     * blank.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_1_2}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_1_2)
    default void required_R2V_1_2_idIsStableAndUnique() {
        R2vProvider provider = session().provider();
        String id = provider.id();
        assertThat(id).as("id()").isNotNull().matches(Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}"));
        assertThat(provider.id()).as("id() called again").isEqualTo(id);
        assertThat(provider.displayName()).as("displayName()").isNotBlank();
        List<String> sameId = new ArrayList<>();
        eachProvider(provider, other -> {
            if (other.getClass() != provider.getClass() && id.equals(other.id())) {
                sameId.add(other.getClass().getName());
            }
        }, e -> {
            // another jar's broken entry: core skips it too, and it cannot claim the id
        });
        assertThat(sameId).as("other providers claiming id '%s'", id).isEmpty();
    }

    /**
     * Walks what {@link ServiceLoader} finds for {@link R2vProvider} in the provider's class loader, in
     * order: each instance goes to {@code each}, each broken entry (which core skips) to {@code broken}.
     */
    private static void eachProvider(R2vProvider provider, Consumer<R2vProvider> each,
            Consumer<ServiceConfigurationError> broken) {
        Iterator<R2vProvider> it = ServiceLoader.load(R2vProvider.class, provider.getClass().getClassLoader())
                .iterator();
        while (it.hasNext()) {
            try {
                each.accept(it.next());
            } catch (ServiceConfigurationError e) {
                broken.accept(e);
            }
        }
    }

    /**
     * <b>R2V-1.3</b> {@code spiVersion()} is the {@link R2vProvider#SPI_VERSION} of the core it runs on.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_1_3}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_1_3)
    default void required_R2V_1_3_targetsTheCoreSpiVersion() {
        assertThat(session().provider().spiVersion()).as("spiVersion()").isEqualTo(R2vProvider.SPI_VERSION);
    }

    /**
     * <b>R2V-1.4</b> The capabilities, by default and as configured for the kit, stay within the model:
     * tiers, sizes and durations are declared; sizes are among the ten standard ones; durations lie in
     * 2..15 s; at most 5 references, 5 images and 3 videos, with room for at least one reference of each
     * declared kind; silent output only with the FLASH tier; a positive polling interval.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_1_4}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_1_4)
    default void required_R2V_1_4_declaresSaneCapabilities() {
        List<String> problems = new ArrayList<>(CapabilityChecks.problems("capabilities()",
                session().provider().capabilities()));
        problems.addAll(CapabilityChecks.problems("the configured client's capabilities()", session().capabilities()));
        assertThat(problems).as("capability problems").isEmpty();
    }

    /**
     * <b>R2V-1.5</b> The provider builds a client from its documented options: every option has a
     * unique name and a description, it takes an {@code apiKey}, which is secret, and a {@code baseUrl}
     * (so it can be pointed at the emulator), the options the kit sets are among the declared ones, and
     * the configured endpoint is the base URL given.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_1_5}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_1_5)
    default void required_R2V_1_5_buildsAClientFromItsOptions() {
        KitSession s = session();
        List<ConfigOption> options = s.provider().configOptions();
        List<String> names = options.stream().map(ConfigOption::name).toList();
        assertThat(names).as("option names (the kit sets apiKey and baseUrl)").doesNotHaveDuplicates()
                .contains(ConfigOption.API_KEY, ConfigOption.BASE_URL);
        assertThat(options).as("options without a description")
                .noneMatch(o -> o.description() == null || o.description().isBlank());
        assertThat(options).as("API key options that are not secret")
                .noneMatch(o -> o.name().equals(ConfigOption.API_KEY) && !o.secret());
        assertThat(names).as("declared options (the kit subclass sets %s)", s.options().keySet())
                .containsAll(s.options().keySet());
        assertThat(s.client().provider().id()).as("the client's provider").isEqualTo(s.provider().id());
        assertThat(BaseUrlRule.normalize(s.codec().endpoint().toString())).as("the configured endpoint")
                .isEqualTo(s.emulator().baseUrl());
    }

    /**
     * <b>R2V-1.6</b> A client cannot be built while a required option without default is missing: the
     * build fails with a {@link ConfigurationException} naming the option, never with another exception,
     * and never quoting the API key.
     *
     * <p>Skipped when every option is optional or has a default.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_1_6}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_1_6, requires = Requirement.REQUIRED_OPTION)
    default void required_R2V_1_6_refusesToBuildWithoutARequiredOption() {
        KitSession s = session();
        List<String> problems = new ArrayList<>();
        for (ConfigOption missing : s.provider().configOptions()) {
            if (!missing.required() || missing.defaultValue() != null) {
                continue;
            }
            R2v.Builder b = R2v.builder().provider(s.provider()).systemProperties(new Properties())
                    .environment(Map.of());
            if (!missing.name().equals(ConfigOption.API_KEY)) {
                b.apiKey(s.apiKey());
            }
            if (!missing.name().equals(ConfigOption.BASE_URL)) {
                b.baseUrl(s.emulator().baseUrl());
            }
            s.options().forEach((k, v) -> b.option(k, k.equals(missing.name()) ? null : v));
            try (R2vClient built = b.build()) {
                problems.add("a client was built without " + missing.name() + " (" + built.provider().id() + ")");
            } catch (ConfigurationException e) {
                String message = String.valueOf(e.getMessage());
                if (!message.contains(missing.name()) && missing.envVars().stream().noneMatch(message::contains)) {
                    problems.add("without " + missing.name() + " the message does not name it: " + message);
                }
                if (message.contains(s.apiKey())) {
                    problems.add("without " + missing.name() + " the message quotes the API key");
                }
            } catch (RuntimeException e) {
                problems.add("without " + missing.name() + " the build threw " + e + " instead of a ConfigurationException");
            }
        }
        assertThat(problems).as("problems").isEmpty();
    }
}
