package dev.wanr2v.provider.wan26api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.R2v;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** On the module path the provider is found through its module-info's {@code provides} clause. */
class ModulePathTest {

    private static Path locationOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theProviderModuleIsFoundByCoreRunningAsANamedModule() throws Exception {
        Path provider = locationOf(Wan26ApiProvider.class);
        assertThat(provider.resolve("module-info.class")).exists();
        ModuleFinder finder = ModuleFinder.of(provider, locationOf(R2v.class), locationOf(LoggerFactory.class),
                locationOf(ObjectMapper.class), locationOf(JsonFactory.class), locationOf(JsonProperty.class),
                locationOf(org.apache.hc.client5.http.impl.async.HttpAsyncClients.class),
                locationOf(org.apache.hc.core5.http.HttpHost.class));
        Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(),
                Set.of("dev.wanr2v.core", "dev.wanr2v.provider.wan26api"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());

        Class<?> r2v = layer.findLoader("dev.wanr2v.core").loadClass("dev.wanr2v.R2v");
        assertThat(r2v.getModule().getName()).isEqualTo("dev.wanr2v.core");
        List<?> providers = (List<?>) r2v.getMethod("providers").invoke(null);
        assertThat(providers).hasSize(1);
        Object info = providers.get(0);
        assertThat(info.getClass().getMethod("id").invoke(info)).isEqualTo("wan26api");
        Class<?> providerClass = layer.findLoader("dev.wanr2v.provider.wan26api")
                .loadClass(Wan26ApiProvider.class.getName());
        assertThat(providerClass.getModule().getName()).isEqualTo("dev.wanr2v.provider.wan26api");
        assertThat(providerClass.getModule().getDescriptor().exports()).isEmpty();
    }
}
