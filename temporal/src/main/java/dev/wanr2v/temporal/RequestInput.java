package dev.wanr2v.temporal;

import dev.wanr2v.MediaFit;
import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import java.util.List;
import java.util.Objects;

/**
 * An {@link R2vRequest} in a form Temporal can store in a workflow's history (JSON through its default data
 * converter): every field, one for one. {@code RequestInput.of(request).toRequest(resolver)} equals
 * {@code request}; references may also name media in your own storage ({@link MediaInput#object(String)}), read
 * by the worker when the create is sent.
 *
 * <p>Nothing is validated here: the worker validates the request (with its provider's rules) before anything is
 * sent, and a broken rule fails the generation with every violation listed.
 *
 * @param tier           the model tier
 * @param prompt         the prompt
 * @param negativePrompt what to avoid, or {@code null}
 * @param references     the references, in order
 * @param audioGuide     the audio guide, or {@code null}
 * @param size           the output size, {@code "1280*720"}
 * @param durationSeconds the duration in seconds
 * @param audio          whether the clip has audio
 * @param shotType       single or multiple shots
 * @param promptExtend   whether the vendor may rewrite the prompt, or {@code null} for the default (left to the
 *                       vendor where it documents no such field: see {@link R2vRequest#promptExtendSet()})
 * @param watermark      whether to add the watermark
 * @param seed           the seed, or {@code null} for a random one
 * @param fit            whether local images may be converted to fit the provider's limits; {@code null} means
 *                       {@link MediaFit#OFF}
 */
public record RequestInput(ModelTier tier, String prompt, String negativePrompt, List<ReferenceInput> references,
        MediaInput audioGuide, String size, int durationSeconds, boolean audio, ShotType shotType,
        Boolean promptExtend, boolean watermark, Long seed, MediaFit fit) {

    /** Copies the references; fills the request's defaults for a missing tier, prompt, size or shot type. */
    public RequestInput {
        tier = tier == null ? ModelTier.FLASH : tier;
        prompt = prompt == null ? "" : prompt;
        references = List.copyOf(Objects.requireNonNull(references, "references"));
        size = size == null ? VideoSize.DEFAULT.toString() : size;
        shotType = shotType == null ? ShotType.SINGLE : shotType;
        fit = fit == null ? MediaFit.OFF : fit;
    }

    /** The input form of a request. */
    public static RequestInput of(R2vRequest request) {
        return new RequestInput(request.tier(), request.prompt(), request.negativePrompt().orElse(null),
                request.references().stream().map(ReferenceInput::of).toList(),
                request.audioGuide().map(MediaInput::of).orElse(null), request.size().toString(), request.durationSeconds(),
                request.audio(), request.shotType(), request.promptExtendSet() ? request.promptExtend() : null,
                request.watermark(), request.seed().isPresent() ? request.seed().getAsLong() : null, request.fit());
    }

    /** This input with {@code reference} appended (e.g. {@link ReferenceInput#imageObject(String)}). */
    public RequestInput withReference(ReferenceInput reference) {
        List<ReferenceInput> more = new java.util.ArrayList<>(references);
        more.add(Objects.requireNonNull(reference, "reference"));
        return new RequestInput(tier, prompt, negativePrompt, more, audioGuide, size, durationSeconds, audio,
                shotType, promptExtend, watermark, seed, fit);
    }

    /**
     * The request this input stands for, on the worker.
     *
     * @param resolver reads references given as {@link MediaInput.Form#OBJECT}
     * @throws dev.wanr2v.InvalidRequestException (rule {@code R2V-SIZE}) if the size is not {@code WIDTH*HEIGHT}
     */
    public R2vRequest toRequest(MediaResolver resolver) {
        Objects.requireNonNull(resolver, "resolver");
        return R2vRequest.builder().tier(tier).prompt(prompt).negativePrompt(negativePrompt)
                .references(references.stream().map(r -> r.toReference(resolver)).toList())
                .audioGuide(audioGuide == null ? null : audioGuide.toSource(MediaKind.AUDIO, resolver))
                .size(VideoSize.parse(size)).duration(durationSeconds).audio(audio).shotType(shotType).promptExtend(promptExtend)
                .watermark(watermark).seed(seed).fit(fit).build();
    }

    /** A one-line summary that is safe to log: prompt shortened, no query strings, no payloads. */
    @Override
    public String toString() {
        String shortPrompt = prompt.codePointCount(0, prompt.length()) <= 60 ? prompt
                : prompt.substring(0, prompt.offsetByCodePoints(0, 59)) + "…";
        return "RequestInput[" + tier + ", prompt \"" + shortPrompt + "\", references " + references
                + (audioGuide == null ? "" : ", audio guide " + audioGuide) + ", " + size + ", " + durationSeconds
                + " s" + (audio ? "" : ", silent") + ", " + shotType + (seed == null ? "" : ", seed " + seed) + "]";
    }
}
