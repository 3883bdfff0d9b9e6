package press.aurora.properties;

import java.util.Random;

/**
 * A random article in the Markdown the reader supports: front matter, paragraphs, headings, bullet and
 * numbered lists and block quotes nested at random depths, tables, separators, pull quotes, sidebars and
 * footnotes, with words from {@link RandomText}.
 */
final class RandomArticle {

    private final RandomText text;
    private final RandomText.Notes notes = new RandomText.Notes();
    private final int maxWords;

    private RandomArticle(Random random, int maxWords) {
        this.text = new RandomText(random);
        this.maxWords = maxWords;
    }

    /** An article of about {@code maxWords} words at most per paragraph, with up to {@code maxBlocks} blocks. */
    static String write(Random random, int maxBlocks, int maxWords) {
        return new RandomArticle(random, maxWords).article(maxBlocks);
    }

    private String article(int maxBlocks) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(text.words(1, 8)).append('\n');
        if (text.chance(0.5)) {
            md.append("kicker: ").append(text.words(1, 3)).append('\n');
        }
        if (text.chance(0.5)) {
            md.append("standfirst: ").append(text.words(3, 30)).append('\n');
        }
        if (text.chance(0.5)) {
            md.append("author: ").append(text.words(1, 4)).append('\n');
        }
        md.append("---\n\n");
        for (int i = text.between(1, maxBlocks); i > 0; i--) {
            md.append(block()).append('\n');
        }
        return md.append(notes.definitions()).toString();
    }

    private String block() {
        return switch (text.between(0, 11)) {
            case 0 -> "## " + text.words(1, 8) + "\n";
            case 1 -> "### " + text.words(1, 8) + "\n";
            case 2 -> list(text.chance(0.5), text.between(1, 6), "");
            case 3 -> quote(text.between(1, 7));
            case 4 -> table();
            case 5 -> "* * *\n";
            case 6 -> "> [!pullquote]\n> " + text.inline(20, null) + "\n";
            case 7 -> "> [!sidebar] " + text.words(1, 5) + "\n>\n> " + text.inline(30, notes) + "\n>\n"
                    + list(false, 1, "> ");
            default -> text.inline(maxWords, notes) + "\n";
        };
    }

    /** A list whose items may hold a list one level deeper, down to {@code depth} levels. */
    private String list(boolean numbered, int depth, String prefix) {
        StringBuilder md = new StringBuilder();
        String indent = prefix;
        for (int i = 1, n = text.between(1, 4); i <= n; i++) {
            String marker = numbered ? i + ". " : "- ";
            md.append(indent).append(marker).append(text.inline(maxWords / 3, notes)).append('\n');
            if (depth > 1 && text.chance(0.5)) {
                String inner = list(text.chance(0.5), depth - 1, "");
                String pad = " ".repeat(marker.length());
                inner.lines().forEach(line -> md.append(indent).append(pad).append(line).append('\n'));
            }
        }
        return md.toString();
    }

    /** Block quotes nested {@code depth} deep, each level with a paragraph and sometimes a list. */
    private String quote(int depth) {
        StringBuilder md = new StringBuilder();
        for (int level = 1; level <= depth; level++) {
            String prefix = "> ".repeat(level);
            md.append(prefix).append(text.inline(maxWords / 2, notes)).append('\n');
            if (text.chance(0.3)) {
                md.append(prefix.strip()).append('\n');
                list(false, 1, prefix).lines().forEach(line -> md.append(line).append('\n'));
            }
            if (level < depth) {
                md.append(prefix.strip()).append('\n');
            }
        }
        return md.toString();
    }

    private String table() {
        int columns = text.between(2, 4);
        StringBuilder md = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            md.append(' ').append(text.words(1, 3)).append(" |");
        }
        md.append("\n|").append(" --- |".repeat(columns)).append('\n');
        for (int r = text.between(1, 4); r > 0; r--) {
            md.append('|');
            for (int c = 0; c < columns; c++) {
                md.append(' ').append(text.inline(6, null).replace("|", "")).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
