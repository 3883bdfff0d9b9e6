package press.aurora.edition;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import press.aurora.model.Inline;
import press.aurora.model.Inlines;
import press.aurora.model.InlineText;

/**
 * The edition locale's typography, applied to the model before layout: quotation marks from ICU's
 * locale data (outer, then alternate for nested quotations), French spacing around punctuation, numbers
 * in the locale's digits and the punctuation of its script (Persian: ۱۹۱۷، ؛ ؟); invisible characters the
 * layout would print as marks taken out ({@link HiddenCharacters}).
 */
public final class LocalTypography {

    static final char NARROW_NBSP = '\u202F';
    static final char NBSP = '\u00A0';

    private final ULocale locale;
    private final String[] outer;
    private final String[] nested;
    private final PunctuationSpacing spacing;
    private final NumberSpacing numbers;
    private final NativeDigits digits;
    private final ScriptPunctuation punctuation;

    public LocalTypography(ULocale locale) {
        this.locale = locale;
        LocaleData data = LocaleData.getInstance(locale);
        this.outer = new String[] {data.getDelimiter(LocaleData.QUOTATION_START), data.getDelimiter(LocaleData.QUOTATION_END)};
        this.nested = new String[] {data.getDelimiter(LocaleData.ALT_QUOTATION_START), data.getDelimiter(LocaleData.ALT_QUOTATION_END)};
        this.spacing = PunctuationSpacing.forLocale(locale);
        this.numbers = NumberSpacing.forLocale(locale);
        this.digits = NativeDigits.forLocale(locale);
        this.punctuation = ScriptPunctuation.forLocale(locale);
    }

    /** The opening and closing marks for a quotation at this depth (0 = outermost). */
    public String[] quotationMarks(int depth) {
        return depth % 2 == 0 ? outer.clone() : nested.clone();
    }

    public InlineText apply(InlineText text) {
        List<Inline> inlines = spacing.apply(resolveQuotes(text.inlines(), 0));
        return new InlineText(text.markdown(),
                Inlines.mapText(inlines, t -> punctuation.apply(digits.apply(numbers.apply(HiddenCharacters.remove(t))))), text.position());
    }

    /** Upper case by the locale's rules (e.g. Turkish dotted i), for kickers. */
    public String upperCase(String text) {
        return UCharacter.toUpperCase(locale, text);
    }

    private List<Inline> resolveQuotes(List<Inline> inlines, int depth) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Quoted quoted) {
                String[] marks = quotationMarks(depth);
                out.add(new Inline.Text(marks[0]));
                out.addAll(resolveQuotes(quoted.children(), depth + 1));
                out.add(new Inline.Text(marks[1]));
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(resolveQuotes(e.children(), depth)));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(resolveQuotes(s.children(), depth)));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.target(), resolveQuotes(l.children(), depth)));
            } else if (inline instanceof Inline.Shifted s) {
                out.add(new Inline.Shifted(s.shift(), resolveQuotes(s.children(), depth)));
            } else {
                out.add(inline);
            }
        }
        return Inlines.mergeTexts(out);
    }


}
