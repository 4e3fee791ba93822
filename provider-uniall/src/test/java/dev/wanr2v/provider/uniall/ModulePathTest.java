package dev.wanr2v.provider.uniall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.R2v;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * On the module path the provider is found through its module-info alone, and its module resolves
 * against core and Jackson; a client builds from it there.
 */
class ModulePathTest {

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theProviderModuleIsFoundAndConfigurable() throws Exception {
        Path provider = location(UniAllProvider.class);
        assertThat(provider.resolve("module-info.class")).exists();
        ModuleFinder finder = ModuleFinder.of(location(R2v.class), location(LoggerFactory.class),
                location(org.apache.hc.client5.http.impl.async.HttpAsyncClients.class),
                location(org.apache.hc.core5.http.HttpHost.class),
                location(org.apache.hc.core5.http2.HttpVersionPolicy.class), location(ObjectMapper.class),
                location(JsonFactory.class), location(JsonAutoDetect.class), provider);
        Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(),
                Set.of("dev.wanr2v.core", "dev.wanr2v.provider.uniall"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());

        Class<?> r2v = layer.findLoader("dev.wanr2v.core").loadClass("dev.wanr2v.R2v");
        List<?> providers = (List<?>) r2v.getMethod("providers").invoke(null);
        assertThat(providers).extracting(p -> p.getClass().getMethod("id").invoke(p)).containsExactly("uniall");
        assertThat(layer.findModule("dev.wanr2v.provider.uniall").orElseThrow().getDescriptor().exports())
                .as("nothing is exported: the provider is reached through ServiceLoader only").isEmpty();

        Object builder = r2v.getMethod("builder").invoke(null);
        Class<?> b = builder.getClass();
        b.getMethod("provider", String.class).invoke(builder, "uniall");
        b.getMethod("apiKey", String.class).invoke(builder, "sk-test");
        b.getMethod("baseUrl", String.class).invoke(builder, "https://uniall.example/v1");
        b.getMethod("environment", Map.class).invoke(builder, Map.of());
        b.getMethod("systemProperties", Properties.class).invoke(builder, new Properties());
        try (AutoCloseable client = (AutoCloseable) b.getMethod("build").invoke(builder)) {
            Class<?> clientType = layer.findLoader("dev.wanr2v.core").loadClass("dev.wanr2v.R2vClient");
            Object info = clientType.getMethod("provider").invoke(client);
            assertThat(info.getClass().getMethod("className").invoke(info)).isEqualTo(UniAllProvider.class.getName());
        }
    }
}
