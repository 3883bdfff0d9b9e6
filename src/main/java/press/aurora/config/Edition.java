package press.aurora.config;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Objects;

/**
 * One country edition, as defined in styles/editions.yaml. {@code pages} is the most pages it may be
 * printed on, {@code minPages} the fewest (the same unless editions.yaml gives a range).
 */
public record Edition(String id, String name, String country, ULocale locale, String language,
                      PaperSize paper, int pages, int pageMultiple, Price price, List<String> contact,
                      Fallback fallback, PrintSettings print, int minPages) {

    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(print, "print");
        contact = List.copyOf(contact);
        if (minPages < 1 || minPages > pages) {
            throw new IllegalArgumentException("pages must be at least 1, the fewest no more than the most");
        }
    }

    /** How the edition's language is written: script, direction, hyphenation. */
    public WritingSystem writingSystem() {
        return WritingSystem.of(locale);
    }

    /**
     * The edition's name for the printer's slug line, which is set in a Latin font: the name when it is
     * written in Latin letters, else the country's English name (ایران → Iran).
     */
    public String printerName() {
        boolean latin = name.codePoints().allMatch(c -> {
            int script = UScript.getScript(c);
            return script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED;
        });
        return latin ? name : new ULocale("und", country).getDisplayCountry(ULocale.ENGLISH);
    }

    /** The page counts the edition may be printed on, fewest first: one, or a range in steps of the page multiple. */
    public java.util.List<Integer> pageCounts() {
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        for (int count = minPages; count <= pages; count += pageMultiple) {
            counts.add(count);
        }
        return counts;
    }

    /** {@code 4}, or {@code 2-4} for a range. */
    public String pagesAllowed() {
        return minPages == pages ? String.valueOf(pages) : minPages + "-" + pages;
    }

    /** The same edition with its page count fixed (the count the build chose within its range). */
    public Edition withPages(int count) {
        return new Edition(id, name, country, locale, language, paper, count, pageMultiple, price, contact, fallback,
                print, count);
    }

    /** The BCP 47 tag, e.g. {@code fr-CA}. */
    public String languageTag() {
        return locale.toLanguageTag();
    }
}
