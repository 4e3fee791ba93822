package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.testing.ServiceJars;
import dev.wanr2v.testing.TestProviders;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {
    @TempDir
    Path dir;

    private R2v.Builder builder(ClassLoader loader) {
        return R2v.builder().classLoader(loader).systemProperties(new Properties())
                .environment(Map.of("ALPHA_API_KEY", "k-alpha-123456", "BETA_API_KEY", "k-beta-123456"));
    }

    @Test
    void theOnlyProviderIsChosenWithoutConfiguration() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Alpha.class);
        assertThat(builder(loader).resolve().provider().id()).isEqualTo("alpha");
    }

    @Test
    void noProviderNamesTheArtifactsToAdd() {
        var loader = ServiceJars.loaderWith(dir);
        assertThatThrownBy(() -> builder(loader).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no provider found")
                .hasMessageContaining("wan-r2v-provider-dashscope")
                .hasMessageContaining("README.md#choosing-a-provider");
    }

    @Test
    void unknownIdListsTheAvailableOnes() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Alpha.class, TestProviders.Beta.class);
        assertThatThrownBy(() -> builder(loader).provider("gamma").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown provider 'gamma'")
                .hasMessageContaining("Available: alpha, beta")
                .hasMessageContaining("builder option provider");
    }

    @Test
    void severalProvidersAndNoChoiceListsTheThreeWaysOut() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Alpha.class, TestProviders.Beta.class);
        assertThatThrownBy(() -> builder(loader).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("alpha, beta")
                .hasMessageContaining("R2v.builder().provider")
                .hasMessageContaining("-Dwanr2v.provider")
                .hasMessageContaining("WAN_R2V_PROVIDER");
    }

    @Test
    void twoProvidersWithOneIdNameBothClasses() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Alpha.class, TestProviders.AlphaTwin.class);
        assertThatThrownBy(() -> builder(loader).provider("alpha").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(TestProviders.Alpha.class.getName())
                .hasMessageContaining(TestProviders.AlphaTwin.class.getName());
    }

    @Test
    void aDuplicateIdDoesNotBlockChoosingAnotherProvider() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Alpha.class, TestProviders.AlphaTwin.class,
                TestProviders.Beta.class);
        assertThat(builder(loader).provider("beta").resolve().provider().id()).isEqualTo("beta");
    }

    @Test
    void aProviderThatFailsToLoadIsSkipped() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Broken.class, TestProviders.Alpha.class);
        assertThat(builder(loader).resolve().provider().id()).isEqualTo("alpha");
    }

    @Test
    void aServiceFileNamingAMissingClassIsSkipped() {
        var loader = ServiceJars.loaderWithMissingClass(dir, TestProviders.Beta.class);
        assertThat(builder(loader).resolve().provider().id()).isEqualTo("beta");
    }

    @Test
    void aProviderTargetingANewerSpiIsSkipped() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.FromTheFuture.class);
        assertThatThrownBy(() -> builder(loader).provider("future").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no provider found");
    }

    @Test
    void providerChoiceOrderIsBuilderThenSystemPropertyThenEnvironment() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Alpha.class, TestProviders.Beta.class);
        Properties props = new Properties();
        props.setProperty("wanr2v.provider", "beta");
        Map<String, String> env = Map.of("WAN_R2V_PROVIDER", "alpha", "ALPHA_API_KEY", "k-alpha-123456",
                "BETA_API_KEY", "k-beta-123456");

        var fromEnv = R2v.builder().classLoader(loader).systemProperties(new Properties()).environment(env);
        assertThat(fromEnv.resolve().provider().id()).isEqualTo("alpha");
        var fromProperty = R2v.builder().classLoader(loader).systemProperties(props).environment(env);
        assertThat(fromProperty.resolve().provider().id()).isEqualTo("beta");
        var fromBuilder = R2v.builder().classLoader(loader).systemProperties(props).environment(env)
                .provider("alpha");
        assertThat(fromBuilder.resolve().provider().id()).isEqualTo("alpha");
    }

    @Test
    void theChosenProviderIsKnownWithoutAKeyOrAClientAndFailsAsBuildWould() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Alpha.class, TestProviders.Beta.class);
        Properties props = new Properties();
        props.setProperty("wanr2v.provider", "beta");
        var noKeys = R2v.builder().classLoader(loader).systemProperties(props).environment(Map.of());
        assertThat(noKeys.chosenProvider().id()).isEqualTo("beta");
        assertThat(noKeys.chosenProvider().className()).isEqualTo(TestProviders.Beta.class.getName());

        var unknown = builder(loader).provider("gamma");
        String buildMessage = org.junit.jupiter.api.Assertions.assertThrows(ConfigurationException.class,
                unknown::build).getMessage();
        assertThatThrownBy(unknown::chosenProvider).isInstanceOf(ConfigurationException.class)
                .hasMessage(buildMessage);
        assertThatThrownBy(() -> builder(loader).chosenProvider()).hasMessageContaining("none chosen");
    }

    @Test
    void providerIdsAreCaseInsensitiveInSettings() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Alpha.class, TestProviders.Beta.class);
        assertThat(builder(loader).provider("BETA").resolve().provider().id()).isEqualTo("beta");
    }

    @Test
    void providersListingDescribesWhatWasFound() {
        var loader = ServiceJars.loaderWith(dir, TestProviders.Alpha.class);
        var client = builder(loader).build();
        assertThat(client.provider().className()).isEqualTo(TestProviders.Alpha.class.getName());
        assertThat(client.provider().configOptions()).extracting(o -> o.name())
                .containsExactly("apiKey", "baseUrl", "region");
    }
}
