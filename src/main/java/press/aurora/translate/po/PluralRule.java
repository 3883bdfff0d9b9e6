package press.aurora.translate.po;

import java.util.Objects;

/**
 * A language's plural rule as gettext writes it in the {@code Plural-Forms} header: how many forms, and the
 * C expression that picks the form for a number {@code n}.
 *
 * @param code the language code of the data row that gave the rule ({@code pt_BR}, {@code zh_Hans})
 * @param name the language's English name in that row
 * @param origin which table of the language data gave it
 */
public record PluralRule(String code, String name, int nplurals, String formula, Origin origin) {

    /** Where a rule comes from: gettext's own table (what msginit writes), or the CLDR-derived table. */
    public enum Origin {
        /** {@code gettext.csv}: the rule of GNU gettext's table, which msginit writes. */
        GETTEXT("gettext's rule is"),
        /** {@code languages.csv}: derived from CLDR, for languages gettext has no rule for. */
        CLDR("the CLDR rule is");

        private final String phrase;

        Origin(String phrase) {
            this.phrase = phrase;
        }

        /** How a message names the origin: "msginit writes" or "the CLDR rule is". */
        public String phrase() {
            return phrase;
        }
    }

    public PluralRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(origin, "origin");
        if (nplurals < 1) {
            throw new IllegalArgumentException("nplurals must be at least 1 for " + code + ", not " + nplurals);
        }
    }

    /** The header value: {@code nplurals=2; plural=(n != 1);}. */
    public String headerValue() {
        return "nplurals=" + nplurals + "; plural=" + formula + ";";
    }
}
