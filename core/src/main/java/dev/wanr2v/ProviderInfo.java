package dev.wanr2v;

import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import java.util.List;
import java.util.Objects;

/**
 * A discovered provider: its id, name, implementing class, SPI version, default capabilities and the
 * configuration options it reads.
 *
 * @param id            the id to choose it by
 * @param displayName   a human-readable name
 * @param className     the implementing class
 * @param spiVersion    the SPI version it targets
 * @param capabilities  what it can do under its default configuration
 * @param configOptions the settings it reads
 */
public record ProviderInfo(String id, String displayName, String className, int spiVersion,
        Capabilities capabilities, List<ConfigOption> configOptions) {

    /** Copies the option list. */
    public ProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(capabilities, "capabilities");
        configOptions = List.copyOf(configOptions);
    }
}
