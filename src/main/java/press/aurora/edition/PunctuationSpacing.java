package press.aurora.edition;

import com.ibm.icu.util.ULocale;
import java.util.List;
import press.aurora.model.Inline;
import press.aurora.model.Inlines;

/**
 * Spaces that a language puts before high punctuation and inside guillemets.
 * France (fr-FR, Imprimerie nationale): narrow no-break space before ; : ! ? and inside « ».
 * Canada (fr-CA, Office québécois de la langue française): no-break space before : and inside « »,
 * no space before ; ! ?. Other languages: unchanged.
 * Whatever space the writer typed there is replaced, so the rule holds for every text.
 */
record PunctuationSpacing(String beforeColon, String beforeOtherHigh, String insideGuillemets) {

    private static final PunctuationSpacing NONE = new PunctuationSpacing(null, null, null);

    static PunctuationSpacing forLocale(ULocale locale) {
        if (!locale.getLanguage().equals("fr")) {
            return NONE;
        }
        String narrow = String.valueOf(LocalTypography.NARROW_NBSP);
        String nbsp = String.valueOf(LocalTypography.NBSP);
        return locale.getCountry().equals("CA")
                ? new PunctuationSpacing(nbsp, "", nbsp)
                : new PunctuationSpacing(narrow, narrow, narrow);
    }

    List<Inline> apply(List<Inline> inlines) {
        if (this == NONE || beforeColon == null) {
            return inlines;
        }
        return Inlines.mapText(inlines, this::space);
    }

    String space(String text) {
        String spaced = text
                .replaceAll("[ \\u00A0\\u202F]*([;!?])", "\u0000$1")
                .replaceAll("[ \\u00A0\\u202F]*:(?=\\s|$)", "\u0001:")
                .replaceAll("«[ \\u00A0\\u202F]*", "«\u0002")
                .replaceAll("[ \\u00A0\\u202F]*»", "\u0002»");
        return spaced.replace("\u0000", beforeOtherHigh)
                .replace("\u0001", beforeColon)
                .replace("\u0002", insideGuillemets);
    }
}
