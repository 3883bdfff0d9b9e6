package press.aurora.properties;

import java.util.Random;

/**
 * Random words and inline Markdown from the scripts the shipped fonts cover (Noto Serif and Roboto Condensed:
 * Latin with its accents, Greek, Cyrillic; digits and common punctuation).
 */
final class RandomText {

    private static final String LATIN = "abcdefghijklmnopqrstuvwxyzàáâäçèéêëìíîïñòóôöùúûüÿßæœøåłśźżčšžőűğış";
    private static final String[] PUNCTUATION = {",", ".", ";", ":", "!", "?", " –", "…", "’s"};

    private final Random random;

    RandomText(Random random) {
        this.random = random;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A word of one script, sometimes capitalised, sometimes a number, rarely very long. */
    String word() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return Integer.toString(random.nextInt(100_000));
        }
        int length = chance(0.02) ? between(20, 45) : between(1, 11);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.appendCodePoint(switch (kind) {
                case 1, 2 -> 'α' + random.nextInt('ω' - 'α' + 1);
                case 3, 4 -> 'а' + random.nextInt('я' - 'а' + 1);
                default -> LATIN.codePointAt(LATIN.offsetByCodePoints(0, random.nextInt(LATIN.codePointCount(0, LATIN.length()))));
            });
        }
        if (chance(0.2)) {
            word.replace(0, 1, word.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
        }
        return word.toString();
    }

    String words(int min, int max) {
        StringBuilder text = new StringBuilder(word());
        for (int i = between(min, max) - 1; i > 0; i--) {
            text.append(' ').append(word());
        }
        return text.toString();
    }

    /**
     * Inline Markdown: words with emphasis, strong, links, code spans, quotation marks, punctuation and
     * (when {@code notes} is given) footnote references. Starts with a word, so it never opens a block.
     */
    String inline(int maxTokens, Notes notes) {
        StringBuilder text = new StringBuilder(word());
        for (int i = between(0, maxTokens); i > 0; i--) {
            text.append(' ');
            switch (random.nextInt(14)) {
                case 0 -> text.append('*').append(words(1, 4)).append('*');
                case 1 -> text.append("**").append(words(1, 3)).append("**");
                case 2 -> text.append('[').append(words(1, 3)).append("](https://example.org/").append(between(1, 99)).append(')');
                case 3 -> text.append('`').append(word()).append('`');
                case 4 -> text.append('“').append(words(1, 5)).append('”');
                case 5 -> text.append(word()).append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
                case 6 -> text.append(notes == null ? word() : word() + notes.reference(this));
                default -> text.append(word());
            }
        }
        return text.append('.').toString();
    }

    /** The footnotes an article refers to, defined at its end. */
    static final class Notes {
        private final StringBuilder definitions = new StringBuilder();
        private int count;

        String reference(RandomText text) {
            count++;
            definitions.append("[^n").append(count).append("]: ").append(text.inline(12, null)).append("\n\n");
            return "[^n" + count + "]";
        }

        String definitions() {
            return definitions.toString();
        }
    }
}
