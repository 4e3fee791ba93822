package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Discovery on the module path: a provider module registered only through {@code provides … with} in
 * its module-info (no META-INF/services) is found when core runs as the named module
 * {@code dev.wanr2v.core} in a module layer.
 */
class ModulePathDiscoveryTest {
    @TempDir
    Path dir;

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void aProviderModuleIsFoundThroughItsModuleInfo() throws Exception {
        Path core = Path.of(R2v.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path slf4j = Path.of(LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path httpClient = jarOf(org.apache.hc.client5.http.impl.async.HttpAsyncClients.class);
        Path httpCore = jarOf(org.apache.hc.core5.http.HttpHost.class);
        assertThat(core.resolve("module-info.class")).exists();

        Path src = Files.createDirectories(dir.resolve("src/com/acme/video"));
        Files.writeString(dir.resolve("src/module-info.java"), """
                module com.acme.video {
                    requires dev.wanr2v.core;
                    provides dev.wanr2v.spi.R2vProvider with com.acme.video.AcmeProvider;
                }
                """);
        Files.writeString(src.resolve("AcmeProvider.java"), """
                package com.acme.video;
                import dev.wanr2v.spi.*;
                import java.util.List;
                public final class AcmeProvider implements R2vProvider {
                    public String id() { return "acme"; }
                    public int spiVersion() { return SPI_VERSION; }
                    public String displayName() { return "Acme Video"; }
                    public List<ConfigOption> configOptions() { return List.of(ConfigOption.apiKey("ACME_KEY")); }
                    public Capabilities capabilities() { return Capabilities.builder().build(); }
                    public ProviderCodec codec(ProviderConfig config) {
                        throw new UnsupportedOperationException("not needed for discovery");
                    }
                }
                """);
        Path out = Files.createDirectories(dir.resolve("out"));
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        int rc = javac.run(System.out, System.err, "--release", "17", "-d", out.toString(),
                "--module-path", core + java.io.File.pathSeparator + slf4j,
                dir.resolve("src/module-info.java").toString(), src.resolve("AcmeProvider.java").toString());
        assertThat(rc).as("compiling the test provider module").isZero();

        ModuleFinder finder = ModuleFinder.of(core, slf4j, httpClient, httpCore, out);
        Configuration cf = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("dev.wanr2v.core", "com.acme.video"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());

        Class<?> r2v = layer.findLoader("dev.wanr2v.core").loadClass("dev.wanr2v.R2v");
        assertThat(r2v.getModule().getName()).isEqualTo("dev.wanr2v.core");
        List<?> providers = (List<?>) r2v.getMethod("providers").invoke(null);
        assertThat(providers).hasSize(1);
        Object info = providers.get(0);
        assertThat(info.getClass().getMethod("id").invoke(info)).isEqualTo("acme");
        assertThat(info.getClass().getMethod("className").invoke(info)).isEqualTo("com.acme.video.AcmeProvider");
    }
}
