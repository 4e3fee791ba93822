package dev.wanr2v.cli;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.MediaFit;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskException;
import dev.wanr2v.Violation;
import dev.wanr2v.spi.LocalMediaRoute;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says the library's messages in the words of the command line: request fields as the flags (or
 * manifest keys) the user typed, builder calls as the options, system properties and environment
 * variables a command-line user has, durations as people write them. The library's messages stay
 * as they are for Java users; only what the CLI prints is rendered here.
 */
public final class CliWords {
    /** Core's request fields as command-line flags. */
    private static final Map<String, String> FLAGS = Map.ofEntries(Map.entry("prompt", "--prompt"),
            Map.entry("negativePrompt", "--negative-prompt"), Map.entry("references", "--ref"),
            Map.entry("audioGuide", "--audio"), Map.entry("size", "--size"), Map.entry("duration", "--duration"),
            Map.entry("seed", "--seed"), Map.entry("shotType", "--shot"), Map.entry("audio", "--silent"),
            Map.entry("promptExtend", "--no-prompt-extend"), Map.entry("watermark", "--watermark"),
            Map.entry("tier", "--tier"), Map.entry("target", "--out"));
    /** Core's request fields as batch manifest keys, where they differ. */
    private static final Map<String, String> MANIFEST_KEYS = Map.of("references", "refs", "audioGuide", "audio",
            "shotType", "shot", "audio", "silent");
    private static final Pattern INDEXED = Pattern.compile("references\\[(\\d+)]");
    private static final Pattern MILLIS = Pattern.compile("\\b(\\d{4,}) ms\\b");
    private static final Pattern HOW_TO_SET = Pattern.compile("Set it with R2v\\.builder\\(\\)\\.(?:apiKey|baseUrl|option)"
            + "\\((?:\\.\\.|\"\\w+\", \\.\\.)\\), -Dwanr2v\\.([\\w.]+?)\\.(\\w+)=\\.\\.(?:, or environment variable ([\\w /]+))?\\.");
    private static final Pattern BUILDER_OPTION = Pattern.compile("R2v\\.builder\\(\\)\\.option\\(\"(\\w+)\", \\.\\.\\)");
    private static final Pattern BUILDER_SOURCE = Pattern.compile("builder option (\\w+)");
    private static final Pattern TOKEN_SENTENCE = Pattern.compile(
            " ?The task goes on at the vendor; (?:await it again to collect the result \\(token|resume with token)"
                    + " wr2v1\\.[A-Za-z0-9_-]+\\)?\\.");

    /** Java advice and the command line's, in the order they are applied. */
    private static final Map<String, String> PHRASES = phrases();

    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final boolean manifest;

    private CliWords(boolean manifest) {
        this.manifest = manifest;
    }

    /** Words for requests typed as flags. */
    public static CliWords commandLine() {
        return new CliWords(false);
    }

    /** Words for requests written as manifest lines. */
    public static CliWords manifest() {
        return new CliWords(true);
    }

    /** Names one field as the user typed it, e.g. {@code references[1]} as {@code --video bob.mp4}. */
    public void name(String field, String asTyped) {
        names.put(field, asTyped);
    }

    /** A core field as the user knows it: a flag, a manifest key, or what {@link #name} said. */
    public String field(String field) {
        String named = names.get(field);
        if (named != null) {
            return named;
        }
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            int i = Integer.parseInt(indexed.group(1));
            return manifest ? "refs[" + i + "]" : "--ref #" + (i + 1);
        }
        return manifest ? MANIFEST_KEYS.getOrDefault(field, field) : FLAGS.getOrDefault(field, field);
    }

    /** One violation: {@code --negative-prompt: ... (rule R2V-UNSUPPORTED-OPTION)}. */
    public String violation(Violation v) {
        String field = field(v.field());
        String message = v.message().replace("remove " + v.field() + " ", "remove " + field + " ");
        return field + ": " + text(message) + " (rule " + v.ruleId() + ")";
    }

    /** A violation with its field in these words (for a manifest line's, prefixed by the line). */
    public Violation translate(Violation v, String prefix) {
        String field = field(v.field());
        return new Violation(v.ruleId(), prefix + field, v.value(),
                text(v.message().replace("remove " + v.field() + " ", "remove " + field + " ")));
    }

    /**
     * A failure's whole message: every violation of an invalid request on its own line, an await's end
     * with the reason nothing answered, and without the token that the hint prints once.
     */
    public String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof InvalidRequestException invalid && !invalid.violations().isEmpty()
                && message.contains("\n  - ")) {
            return text(message.substring(0, message.indexOf('\n'))) + invalid.violations().stream()
                    .map(v -> "\n  - " + violation(v)).collect(Collectors.joining());
        }
        if (e instanceof TaskException t) {
            message = TOKEN_SENTENCE.matcher(message).replaceAll("");
            if (t.category() == ErrorCategory.AWAIT_TIMEOUT && t.getCause() instanceof R2vException last) {
                message = message.contains("(never answered)")
                        ? message.replace("(never answered)", "(never answered: " + reason(last) + ")")
                        : message.replaceFirst("\\.$", "") + "; the last status call failed: " + reason(last) + ".";
            }
        }
        return text(message);
    }

    /**
     * What went wrong in a few words: {@code connection refused}, {@code unknown host api.example.com},
     * {@code rate limited (HTTP 429)}.
     */
    public static String reason(R2vException e) {
        if (e.category() == ErrorCategory.TRANSPORT) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof UnknownHostException) {
                return "unknown host " + root.getMessage();
            }
            String what = root.getMessage() == null || root == e ? e.category().label() : root.getMessage();
            if (root instanceof java.net.SocketException && what.contains(": ")) {
                what = what.substring(what.lastIndexOf(": ") + 2); // "Connect to http://h:1 [/ip] failed: Connection refused"
            }
            return what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1);
        }
        if (e.category() == ErrorCategory.TIMEOUT) {
            return "no answer in time";
        }
        return e.category().label() + (e.httpStatus().isPresent() ? " (HTTP " + e.httpStatus().getAsInt() + ")" : "");
    }

    /** Free text: builder calls, system properties and durations in command-line words. */
    public String text(String message) {
        String s = HOW_TO_SET.matcher(message).replaceAll(m -> Matcher.quoteReplacement(howToSet(m.group(1),
                m.group(2), m.group(3))));
        for (Map.Entry<String, String> p : PHRASES.entrySet()) {
            s = s.replace(p.getKey(), p.getValue());
        }
        s = s.replace(MediaFit.BUILDER_HINT, manifest ? "\"fit\": true in the line (or --fit)" : "--fit");
        s = BUILDER_OPTION.matcher(s).replaceAll("--option $1=..");
        s = BUILDER_SOURCE.matcher(s).replaceAll(m -> m.group(1).equals("provider") ? "--provider"
                : "--option " + m.group(1));
        return MILLIS.matcher(s).replaceAll(m -> seconds(Long.parseLong(m.group(1))));
    }

    /** Core's "Set it with R2v.builder()..." for a command-line user: the variable first, then the options. */
    private static String howToSet(String provider, String name, String envVars) {
        String options = "--option " + name + "=.. or JAVA_OPTS=-Dwanr2v." + provider + "." + name + "=..";
        return envVars == null ? "Set it with " + options + "."
                : "Set environment variable " + envVars.strip() + " (or " + options + ").";
    }

    /** {@code 1154} ms as {@code 1.2 s}, {@code 3000} as {@code 3 s}. */
    public static String seconds(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static Map<String, String> phrases() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Choose one with R2v.builder().provider(\"id\"), system property -Dwanr2v.provider=id, or environment"
                + " variable WAN_R2V_PROVIDER=id", "Choose one with --provider ID, or set WAN_R2V_PROVIDER=ID");
        p.put(", -Dwanr2v.", ", JAVA_OPTS=-Dwanr2v.");
        p.put("system property -Dwanr2v.", "JAVA_OPTS=-Dwanr2v.");
        p.put("allowInsecureHttp(true) / -Dwanr2v.allowInsecureHttp=true",
                "JAVA_OPTS=-Dwanr2v.allowInsecureHttp=true or WAN_R2V_ALLOW_INSECURE_HTTP=true");
        p.put("; upload it and pass its https URL, or configure a MediaUploader (R2v.builder().mediaUploader(..)) to"
                + " do it for you", "; upload it and pass its https URL" + localMediaProviders());
        p.put("pass an https:// URL, or MediaSource.file(Path) for a local file", "pass an https:// URL or a file's path");
        p.put("pass local files as MediaSource.file(Path)", "pass a local file by its path");
        p.put("allow overwrite (DownloadOptions.withOverwrite(true))", "pass --force");
        p.put("(see its capabilities: client.capabilities())", "('wan-r2v providers' shows what each provider can do)");
        p.put("raise responseTimeout (wanr2v.responseTimeout)",
                "raise it (JAVA_OPTS=-Dwanr2v.responseTimeout=2m or WAN_R2V_RESPONSE_TIMEOUT=2m)");
        p.put("a token printed by TaskHandle.toToken()", "a token printed by submit or generate");
        p.put("Add one of dev.wanr2v:wan-r2v-provider-dashscope, dev.wanr2v:wan-r2v-provider-uniall or"
                + " dev.wanr2v:wan-r2v-provider-wan26api to your dependencies",
                "Put a provider jar on the class path (java -cp wan-r2v.jar:PROVIDER.jar dev.wanr2v.cli.Main ...)");
        return p;
    }

    /** {@code , or use a provider that takes local files (--provider dashscope, ...)}, from what is installed. */
    private static String localMediaProviders() {
        List<String> ids = R2v.providers().stream().filter(p -> p.capabilities().localMedia() != LocalMediaRoute.NONE)
                .map(p -> "--provider " + p.id()).toList();
        return ids.isEmpty() ? "" : ", or use a provider that takes local files (" + String.join(", ", ids) + ")";
    }
}
