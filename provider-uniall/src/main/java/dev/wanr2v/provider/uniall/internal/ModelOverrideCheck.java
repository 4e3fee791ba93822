package dev.wanr2v.provider.uniall.internal;

import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Resolution;
import dev.wanr2v.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code UNIALL-MODEL}: a model id given with option {@code model} must agree with the request's
 * tier, size tier and audio switch, and must name a reference-to-video model.
 *
 * <p>Ids UniAll documents are checked completely. Other ids are let through (the override exists for ids
 * UniAll adds after this library was written), checked only against what their parts say; ids without an
 * {@code r2v} part are rejected, since they name another model family (UniAll's {@code wan2.6-video-*}
 * text/image-to-video models share the endpoint and would bill for a clip that ignores the references).
 */
final class ModelOverrideCheck {
    static final String RULE = "UNIALL-MODEL";
    private static final String FIELD = "model";

    private ModelOverrideCheck() {
    }

    static List<Violation> check(String modelId, R2vRequest request) {
        List<Violation> out = new ArrayList<>();
        ModelTraits traits = ModelTraits.of(modelId);
        String hint = hint(request);
        if (!traits.referenceToVideo()) {
            out.add(violation(modelId, "option model is '" + modelId + "', which is not a Wan reference-to-video"
                    + " model id (no 'r2v' in it); UniAll's are " + UniAllModel.ids() + hint));
            return out;
        }
        if (traits.tier() != request.tier()) {
            out.add(violation(modelId, "option model '" + modelId + "' is a " + traits.tier() + " model, but the"
                    + " request asks for tier " + request.tier() + hint));
        }
        Optional<Resolution> sizeTier = request.size().resolution();
        if (traits.resolution() != null && sizeTier.isPresent() && traits.resolution() != sizeTier.get()) {
            out.add(violation(modelId, "option model '" + modelId + "' is a " + traits.resolution() + " model, but"
                    + " size " + request.size() + " is " + sizeTier.get() + "; the resolution in the id must match"
                    + " the size" + hint));
        }
        // STANDARD ids always have audio: a silent STANDARD request already breaks R2V-SILENT-TIER
        if (traits.tier() == ModelTier.FLASH && request.tier() == ModelTier.FLASH && traits.audio() != null
                && traits.audio() != request.audio()) {
            out.add(violation(modelId, "option model '" + modelId + "' makes " + (traits.audio() ? "clips with"
                    + " audio" : "silent clips") + ", but the request has audio " + (request.audio() ? "on" : "off")
                    + hint));
        }
        return out;
    }

    private static String hint(R2vRequest request) {
        return UniAllModel.forRequest(request).map(m -> "; the id matching this request is " + m.id()
                + ": unset option model (UNIALL_MODEL) to use it, or change the request")
                .orElse("; unset option model (UNIALL_MODEL) to derive the id from the request");
    }

    private static Violation violation(String modelId, String message) {
        return new Violation(RULE, FIELD, modelId, message);
    }
}
