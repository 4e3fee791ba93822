package dev.wanr2v.bench;

import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.testing.ScriptedProvider;
import java.net.URI;
import java.util.List;

/** The scripted test vendor spoken by {@link LeanScriptedCodec}: same id, options and capabilities. */
final class LeanScriptedProvider implements R2vProvider {
    private final ScriptedProvider scripted = new ScriptedProvider();

    @Override
    public String id() {
        return scripted.id();
    }

    @Override
    public int spiVersion() {
        return scripted.spiVersion();
    }

    @Override
    public String displayName() {
        return scripted.displayName() + " (lean codec)";
    }

    @Override
    public List<ConfigOption> configOptions() {
        return scripted.configOptions();
    }

    @Override
    public Capabilities capabilities() {
        return scripted.capabilities();
    }

    @Override
    public ProviderCodec codec(ProviderConfig config) {
        return new LeanScriptedCodec(URI.create(config.baseUrl()), config.apiKey());
    }
}
