package press.aurora.translate;

/**
 * Messages, or their source words, by state. The states are msgfmt --statistics' for singular messages:
 * untranslated when the msgstr is empty (whatever the flags), fuzzy when flagged fuzzy with a msgstr,
 * translated otherwise; a msgid_plural entry with an empty plural form counts as untranslated. Obsolete
 * entries are counted apart (msgfmt does not count them).
 */
public record Counts(int translated, int fuzzy, int untranslated, int obsolete) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(translated + other.translated, fuzzy + other.fuzzy, untranslated + other.untranslated,
                obsolete + other.obsolete);
    }

    /** Translated, fuzzy and untranslated: what the source has. */
    public int total() {
        return translated + fuzzy + untranslated;
    }

    /** Fuzzy and untranslated: what is left to do. */
    public int toDo() {
        return fuzzy + untranslated;
    }

    /** Translated share of the total in percent, rounded down to one decimal (100.0 only when complete). */
    public double percent() {
        return total() == 0 ? 100.0 : Math.floor(1000.0 * translated / total()) / 10.0;
    }

    /** Whether the translated share is at least {@code minimum} percent (exact, not rounded). */
    public boolean meets(double minimum) {
        return total() == 0 || translated * 100.0 >= minimum * total() - 1e-9;
    }
}
