package dev.wanr2v.provider.uniall.internal;

import dev.wanr2v.ModelTier;
import dev.wanr2v.Resolution;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a model id says about itself, read from its parts the way UniAll names models
 * ({@code wan2.6-r2v[-flash]-{720p|1080p}[-{audio|silent}]}). Works for ids this library does not
 * know yet: a part that is absent says nothing ({@code null}).
 *
 * @param referenceToVideo whether the id names a reference-to-video model (has an {@code r2v} part)
 * @param tier             FLASH with a {@code flash} part, else STANDARD
 * @param resolution       from a {@code 720p} or {@code 1080p} part, or {@code null}
 * @param audio            false with {@code silent}, true with {@code audio} or for STANDARD, else {@code null}
 */
record ModelTraits(boolean referenceToVideo, ModelTier tier, Resolution resolution, Boolean audio) {

    static ModelTraits of(String modelId) {
        List<String> parts = Arrays.asList(modelId.toLowerCase(Locale.ROOT).split("[-_]"));
        ModelTier tier = parts.contains("flash") ? ModelTier.FLASH : ModelTier.STANDARD;
        Resolution resolution = parts.contains("720p") ? Resolution.P720
                : parts.contains("1080p") ? Resolution.P1080 : null;
        Boolean audio = parts.contains("silent") ? Boolean.FALSE
                : parts.contains("audio") || tier == ModelTier.STANDARD ? Boolean.TRUE : null;
        return new ModelTraits(parts.contains("r2v"), tier, resolution, audio);
    }
}
