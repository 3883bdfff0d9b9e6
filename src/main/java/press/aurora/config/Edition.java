package press.aurora.config;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Objects;

/** One country edition, as defined in styles/editions.yaml. */
public record Edition(String id, String name, String country, ULocale locale, String language,
                      PaperSize paper, int pages, int pageMultiple, Price price, List<String> contact,
                      Fallback fallback, PrintSettings print) {

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
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1");
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

    /** The BCP 47 tag, e.g. {@code fr-CA}. */
    public String languageTag() {
        return locale.toLanguageTag();
    }
}
