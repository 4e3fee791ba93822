package dev.wanr2v.provider.uniall.internal;

import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Resolution;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The six Wan 2.6 R2V model ids UniAll documents. The id carries the tier, the resolution tier of the
 * size and, for FLASH, whether the clip has audio; STANDARD clips always have audio.
 */
public enum UniAllModel {
    STANDARD_720P("wan2.6-r2v-720p", ModelTier.STANDARD, Resolution.P720, true),
    STANDARD_1080P("wan2.6-r2v-1080p", ModelTier.STANDARD, Resolution.P1080, true),
    FLASH_720P_AUDIO("wan2.6-r2v-flash-720p-audio", ModelTier.FLASH, Resolution.P720, true),
    FLASH_720P_SILENT("wan2.6-r2v-flash-720p-silent", ModelTier.FLASH, Resolution.P720, false),
    FLASH_1080P_AUDIO("wan2.6-r2v-flash-1080p-audio", ModelTier.FLASH, Resolution.P1080, true),
    FLASH_1080P_SILENT("wan2.6-r2v-flash-1080p-silent", ModelTier.FLASH, Resolution.P1080, false);

    private final String id;
    private final ModelTier tier;
    private final Resolution resolution;
    private final boolean audio;

    UniAllModel(String id, ModelTier tier, Resolution resolution, boolean audio) {
        this.id = id;
        this.tier = tier;
        this.resolution = resolution;
        this.audio = audio;
    }

    /** The model that serves this tier, resolution and audio choice (STANDARD always has audio). */
    public static UniAllModel of(ModelTier tier, Resolution resolution, boolean audio) {
        boolean withAudio = tier == ModelTier.STANDARD || audio;
        return Arrays.stream(values())
                .filter(m -> m.tier == tier && m.resolution == resolution && m.audio == withAudio)
                .findFirst().orElseThrow();
    }

    /** The model a request needs; empty if its size is not one of the ten sizes (validation refuses it). */
    public static Optional<UniAllModel> forRequest(R2vRequest request) {
        return request.size().resolution().map(resolution -> of(request.tier(), resolution, request.audio()));
    }

    /** Every documented id. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(UniAllModel::id).toList();
    }

    public String id() {
        return id;
    }
}
