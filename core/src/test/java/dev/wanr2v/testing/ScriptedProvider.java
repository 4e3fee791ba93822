package dev.wanr2v.testing;

import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import java.net.URI;
import java.util.List;

/** The provider of {@link ScriptedCodec}. */
public final class ScriptedProvider implements R2vProvider {
    private volatile ScriptedCodec last;

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String displayName() {
        return "Scripted test vendor";
    }

    @Override
    public List<ConfigOption> configOptions() {
        return List.of(ConfigOption.apiKey("SCRIPTED_API_KEY"), ConfigOption.baseUrl(null, "SCRIPTED_BASE_URL"),
                ConfigOption.optional("localMedia", "none, data-uri or upload", "none"));
    }

    @Override
    public Capabilities capabilities() {
        return new ScriptedCodec(URI.create("https://scripted.example"), "x").capabilities();
    }

    @Override
    public ProviderCodec codec(ProviderConfig config) {
        LocalMediaRoute route = switch (config.get("localMedia").orElse("none")) {
            case "data-uri" -> LocalMediaRoute.DATA_URI;
            case "upload" -> LocalMediaRoute.PROVIDER_UPLOAD;
            default -> LocalMediaRoute.NONE;
        };
        ScriptedCodec codec = new ScriptedCodec(URI.create(config.baseUrl()), config.apiKey(), route);
        last = codec;
        return codec;
    }

    /** The codec this instance made last, or {@code null}. */
    public ScriptedCodec lastCodec() {
        return last;
    }
}
