package dev.wanr2v.bench.report;

import java.util.List;

/** A Markdown document being written: headings, paragraphs, tables. */
final class Markdown {
    private final StringBuilder out = new StringBuilder();

    Markdown heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        return this;
    }

    Markdown paragraph(String text) {
        out.append(text).append("\n\n");
        return this;
    }

    Markdown bullets(List<String> items) {
        items.forEach(i -> out.append("- ").append(i).append('\n'));
        out.append('\n');
        return this;
    }

    Markdown table(List<String> header, List<List<String>> rows) {
        row(header);
        out.append('|').append("---|".repeat(header.size())).append('\n');
        rows.forEach(this::row);
        out.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
