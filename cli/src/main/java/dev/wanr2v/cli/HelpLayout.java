package dev.wanr2v.cli;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Wraps help text only at spaces. picocli breaks lines where {@link java.text.BreakIterator} allows, which
 * is also after a dot, a colon or a slash: inside {@code -Dwanr2v.provider}, {@code baseUrl=https://...} or
 * a file name, so a copied value was cut in two. Each section is rendered by picocli one line per row (a
 * width nothing reaches), then wrapped here to the real width: a continuation line starts under its
 * row's description (two more spaces in tables, as picocli does), and a word longer than the room left
 * stays whole.
 */
final class HelpLayout {
    private static final int UNWRAPPED = 10_000;
    private static final List<String> TABLES = List.of(UsageMessageSpec.SECTION_KEY_OPTION_LIST,
            UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, UsageMessageSpec.SECTION_KEY_COMMAND_LIST);
    private static final List<String> PARAGRAPHS = List.of(UsageMessageSpec.SECTION_KEY_HEADER,
            UsageMessageSpec.SECTION_KEY_DESCRIPTION, UsageMessageSpec.SECTION_KEY_FOOTER);

    private HelpLayout() {
    }

    /** Installs the wrapping on the command and every subcommand. */
    static CommandLine install(CommandLine cmd) {
        Map<String, IHelpSectionRenderer> sections = cmd.getHelpSectionMap();
        TABLES.forEach(key -> wrapSection(sections, key, (text, help) -> {
            int column = descriptionColumn(text, help.commandSpec().usageMessage().width());
            return line -> column + 2;
        }, 0));
        PARAGRAPHS.forEach(key -> wrapSection(sections, key, (text, help) -> line -> indentOf(line, 0), 0));
        int heading = cmd.getCommandSpec().usageMessage().synopsisHeading().length();
        int names = heading + cmd.getCommandSpec().qualifiedName().length() + 1;
        wrapSection(sections, UsageMessageSpec.SECTION_KEY_SYNOPSIS, (text, help) -> line -> names, heading);
        cmd.setHelpSectionMap(sections);
        cmd.getSubcommands().values().forEach(HelpLayout::install);
        return cmd;
    }

    /** Where a continuation line of a section starts, given the section's unwrapped text. */
    private interface Hanging {
        ToIntFunction<String> of(String text, CommandLine.Help help);
    }

    private static void wrapSection(Map<String, IHelpSectionRenderer> sections, String key, Hanging hanging,
            int firstColumn) {
        IHelpSectionRenderer picocli = sections.get(key);
        if (picocli != null) {
            sections.put(key, help -> {
                UsageMessageSpec usage = help.commandSpec().usageMessage();
                int width = usage.width();
                boolean auto = usage.autoWidth();
                usage.autoWidth(false).width(UNWRAPPED);
                String text;
                try {
                    text = picocli.render(help);
                } finally {
                    usage.width(width).autoWidth(auto);
                }
                return wrap(text, width, firstColumn, hanging.of(text, help));
            });
        }
    }

    /** Wraps each line longer than {@code width} at spaces; the first line starts at {@code firstColumn}. */
    static String wrap(String text, int width, int firstColumn, ToIntFunction<String> hanging) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i].stripTrailing();
            wrapLine(line, width, i == 0 ? firstColumn : 0, " ".repeat(Math.min(hanging.applyAsInt(line), width / 2)),
                    out);
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, int firstColumn, String pad, StringBuilder out) {
        if (firstColumn + line.length() <= width) {
            out.append(line);
            return;
        }
        int at = wordEnd(line, indentOf(line, 0));
        out.append(line, 0, at);
        int column = firstColumn + at;
        while (at < line.length()) {
            int start = indentOf(line, at);
            int end = wordEnd(line, start);
            if (column + (end - at) > width && column > pad.length()) {
                out.append('\n').append(pad);
                column = pad.length();
            } else {
                out.append(line, at, start); // the row's own spacing, e.g. up to its description column
                column += start - at;
            }
            out.append(line, start, end);
            column += end - start;
            at = end;
        }
    }

    /** Where a table's descriptions start: the most common column after a name and two or more spaces. */
    private static int descriptionColumn(String text, int width) {
        Map<Integer, Integer> seen = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            int gap = line.indexOf("  ", indentOf(line, 0));
            if (gap > 0 && gap <= width / 2) {
                seen.merge(indentOf(line, gap), 1, Integer::sum);
            }
        }
        return seen.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    private static int wordEnd(String line, int from) {
        int space = line.indexOf(' ', from);
        return space < 0 ? line.length() : space;
    }

    private static int indentOf(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
