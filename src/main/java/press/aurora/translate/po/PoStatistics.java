package press.aurora.translate.po;

/**
 * Message counts as GNU {@code msgfmt --statistics} reports them, checked against msgfmt 0.21 on this
 * machine ({@code MsgfmtCompatibilityTest} keeps checking):
 *
 * <ul>
 * <li>the header entry is not counted; obsolete entries are not counted by msgfmt and are counted here
 *     apart, in {@link #obsolete()};</li>
 * <li>untranslated: the first msgstr is empty, whatever the flags say (a fuzzy entry with an empty msgstr
 *     is untranslated, not fuzzy);</li>
 * <li>fuzzy: the first msgstr is non-empty and the entry is flagged fuzzy;</li>
 * <li>translated: every other entry.</li>
 * </ul>
 *
 * <p>For msgid_plural entries msgfmt looks at msgstr[0] only: msgstr[0] "x" with an empty msgstr[1] counts
 * as translated, msgstr[0] "" with msgstr[1] "y" as untranslated. This class does the same, so it can differ
 * from {@link PoEntry#isTranslated()}, which wants every plural form.
 */
public record PoStatistics(int translated, int fuzzy, int untranslated, int obsolete) {

    public PoStatistics {
        if (translated < 0 || fuzzy < 0 || untranslated < 0 || obsolete < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public static PoStatistics of(PoFile file) {
        int translated = 0;
        int fuzzy = 0;
        int untranslated = 0;
        int obsolete = 0;
        for (PoEntry entry : file.entries()) {
            if (entry.obsolete()) {
                obsolete++;
            } else if (entry.msgstr().get(0).isEmpty()) {
                untranslated++;
            } else if (entry.isFuzzy()) {
                fuzzy++;
            } else {
                translated++;
            }
        }
        return new PoStatistics(translated, fuzzy, untranslated, obsolete);
    }

    /** Translated, fuzzy and untranslated: every message msgfmt counts. */
    public int total() {
        return translated + fuzzy + untranslated;
    }
}
