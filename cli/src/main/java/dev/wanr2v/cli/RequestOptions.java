package dev.wanr2v.cli;

import dev.wanr2v.MediaKind;
import dev.wanr2v.cli.request.RefText;
import dev.wanr2v.cli.request.RequestFields;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** One option per request field (README, the neutral model); unset fields take the library's defaults. */
public final class RequestOptions {
    @Option(names = {"-p", "--prompt"}, paramLabel = "TEXT", order = 1,
            description = "What happens; character1 is the first reference, character2 the second...")
    String prompt;

    @Option(names = {"-r", "--ref"}, paramLabel = "[KIND:]PATH|URL", order = 2, description = "A reference, in"
            + " order (1 to 5). Image or video is told from a local file's content, else the extension; force it"
            + " with image:PATH or video:PATH.")
    List<String> refs = new ArrayList<>();

    @Option(names = "--image", paramLabel = "PATH|URL", order = 3, description = "An image reference (keeps its place"
            + " among --ref and --video).")
    List<String> images = new ArrayList<>();

    @Option(names = "--video", paramLabel = "PATH|URL", order = 4, description = "A video reference.")
    List<String> videos = new ArrayList<>();

    @Option(names = "--audio", paramLabel = "PATH|URL", order = 5, description = "An audio guide, WAV or MP3, 3 to 30 s.")
    String audio;

    @Option(names = {"-n", "--negative-prompt"}, paramLabel = "TEXT", order = 6, description = "What to avoid.")
    String negativePrompt;

    @Option(names = {"-s", "--size"}, paramLabel = "W*H", order = 7,
            description = "1280*720, 720*1280, 960*960, 1088*832, 832*1088, 1920*1080 (default), 1080*1920, 1440*1440,"
                    + " 1632*1248 or 1248*1632.")
    String size;

    @Option(names = {"-d", "--duration"}, paramLabel = "SECONDS", order = 8, description = "Length in whole seconds"
            + " (default 5; the provider decides the range).")
    Integer duration;

    @Option(names = "--seed", paramLabel = "N", order = 9, description = "0..2147483647 (default: random).")
    Long seed;

    @Option(names = "--shot", paramLabel = "single|multi", order = 10, description = "Single (default) or multiple shots.")
    String shot;

    @Option(names = "--silent", order = 11, description = "A clip without audio (tier flash only).")
    boolean silent;

    @Option(names = "--no-prompt-extend", order = 12, description = "Do not let the vendor rewrite the prompt first.")
    boolean noPromptExtend;

    @Option(names = "--watermark", order = 13, description = "Add the \"AI Generated\" watermark.")
    boolean watermark;

    @Option(names = "--tier", paramLabel = "flash|standard", order = 14, description = "The model tier (default flash).")
    String tier;

    @Option(names = "--fit", order = 15, description = "Convert local images the provider would refuse for their size,"
            + " bytes or transparency (turned upright, scaled down, flattened, re-encoded); only the copy is sent."
            + " Videos and audio are never converted.")
    boolean fit;

    /**
     * The fields, references in the order they were typed across {@code --ref}, {@code --image} and
     * {@code --video}; each reference is named in {@code words} as typed ({@code --video bob.mp4}), so
     * messages about {@code references[1]} say which one.
     */
    RequestFields fields(CommandSpec spec, CliWords words) {
        List<Map.Entry<String, RefText>> typed = typedRefs(spec);
        for (int i = 0; i < typed.size(); i++) {
            String text = typed.get(i).getValue().text();
            words.name("references[" + i + "]", typed.get(i).getKey() + " "
                    + (text.length() > 48 ? text.substring(0, 45) + "..." : text));
        }
        return new RequestFields(prompt, typed.stream().map(Map.Entry::getValue).toList(), audio, negativePrompt, size,
                duration, seed, shot, silent ? Boolean.TRUE : null, noPromptExtend ? Boolean.FALSE : null,
                watermark ? Boolean.TRUE : null, tier, fit ? Boolean.TRUE : null);
    }

    /** Each reference with the option it was typed with, in the order typed. */
    private List<Map.Entry<String, RefText>> typedRefs(CommandSpec spec) {
        OptionSpec refOption = spec.findOption("--ref");
        OptionSpec imageOption = spec.findOption("--image");
        OptionSpec videoOption = spec.findOption("--video");
        Iterator<String> refValues = refs.iterator();
        Iterator<String> imageValues = images.iterator();
        Iterator<String> videoValues = videos.iterator();
        List<Map.Entry<String, RefText>> out = new ArrayList<>();
        for (ArgSpec arg : spec.commandLine().getParseResult().matchedArgs()) {
            if (arg == refOption && refValues.hasNext()) {
                out.add(Map.entry("--ref", RefText.of(refValues.next())));
            } else if (arg == imageOption && imageValues.hasNext()) {
                out.add(Map.entry("--image", new RefText(MediaKind.IMAGE, imageValues.next())));
            } else if (arg == videoOption && videoValues.hasNext()) {
                out.add(Map.entry("--video", new RefText(MediaKind.VIDEO, videoValues.next())));
            }
        }
        return out;
    }
}
