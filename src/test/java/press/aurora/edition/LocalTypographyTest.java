package press.aurora.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.aurora.diag.SourcePosition;
import press.aurora.model.Inline;
import press.aurora.model.InlineText;

class LocalTypographyTest {

    private static final char NNBSP = '\u202F';
    private static final char NBSP = '\u00A0';

    private static String typeset(String tag, List<Inline> inlines) {
        InlineText text = new InlineText("x", inlines, SourcePosition.of(Path.of("a.md"), 1));
        return new LocalTypography(ULocale.forLanguageTag(tag)).apply(text).plainText();
    }

    private static List<Inline> quoteThenQuestion() {
        return List.of(new Inline.Text("Il dit "), new Inline.Quoted(List.of(new Inline.Text("non"))),
                new Inline.Text(". Pourquoi ? Voici : la fin ; vraiment !"));
    }

    @Test
    void franceUsesGuillemetsWithNarrowNoBreakSpacesBeforeHighPunctuation() {
        assertThat(typeset("fr-FR", quoteThenQuestion()))
                .isEqualTo("Il dit «" + NNBSP + "non" + NNBSP + "». Pourquoi" + NNBSP + "? Voici" + NNBSP + ": la fin"
                        + NNBSP + "; vraiment" + NNBSP + "!");
    }

    @Test
    void canadianFrenchSpacesOnlyTheColonAndTheGuillemets() {
        assertThat(typeset("fr-CA", quoteThenQuestion()))
                .isEqualTo("Il dit «" + NBSP + "non" + NBSP + "». Pourquoi? Voici" + NBSP + ": la fin; vraiment!");
    }

    @Test
    void englishUsesCurlyQuotesAndSingleQuotesWhenNested() {
        List<Inline> nested = List.of(new Inline.Quoted(List.of(new Inline.Text("he said "),
                new Inline.Quoted(List.of(new Inline.Text("no"))))));
        assertThat(typeset("en-GB", nested)).isEqualTo("“he said ‘no’”");
    }

    @Test
    void spanishUsesTheMarksIcuGivesForSpanish() {
        List<Inline> quoted = List.of(new Inline.Quoted(List.of(new Inline.Text("pan"))));
        assertThat(typeset("es-CO", quoted)).isEqualTo("“pan”");
    }

    @Test
    void italianUsesGuillemetsWithoutSpaces() {
        List<Inline> quoted = List.of(new Inline.Quoted(List.of(new Inline.Text("pane"))));
        assertThat(typeset("it-IT", quoted)).isEqualTo("«pane»");
    }

    @Test
    void frenchDigitGroupsAndPercentNeverBreak() {
        assertThat(typeset("fr-FR", List.of(new Inline.Text("plus de 300 000 membres, 10% puis 12 %"))))
                .isEqualTo("plus de 300" + NNBSP + "000 membres, 10" + NBSP + "% puis 12" + NBSP + "%");
    }

    @Test
    void englishNumbersStayAsTyped() {
        assertThat(typeset("en-GB", List.of(new Inline.Text("over 300,000 and 10%"))))
                .isEqualTo("over 300,000 and 10%");
    }

    @Test
    void invisibleJoinersTheFontsWouldDrawAreTakenOutOfLatinText() {
        // a German word processor's non-joiner against the fi ligature, a joiner, a grapheme joiner, a word joiner, a phone's ♥ + VS16
        assertThat(typeset("en-GB", List.of(new Inline.Text("Auf\u200Clage ZERO\u200DWIDTH a\u034Fb x\u2060y \u2665\uFE0F"))))
                .isEqualTo("Auflage ZEROWIDTH ab xy \u2665");
    }

    @Test
    void aNonJoinerBetweenPersianLettersShapesThemAndIsKept() {
        assertThat(typeset("fa-IR", List.of(new Inline.Text("می\u200Cخواهیم"))))
                .isEqualTo("می\u200Cخواهیم");
    }

    @Test
    void kickersAreUpperCasedByTheLocalesRules() {
        assertThat(new LocalTypography(ULocale.forLanguageTag("tr-TR")).upperCase("istanbul")).isEqualTo("İSTANBUL");
        assertThat(new LocalTypography(ULocale.forLanguageTag("en-GB")).upperCase("istanbul")).isEqualTo("ISTANBUL");
    }

    @Test
    void persianUsesGuillemetsAndSingleGuillemetsWhenNested() {
        List<Inline> nested = List.of(new Inline.Quoted(List.of(new Inline.Text("او گفت "),
                new Inline.Quoted(List.of(new Inline.Text("نه"))))));
        assertThat(typeset("fa-IR", nested)).isEqualTo("«او گفت ‹نه›»");
    }

    @Test
    void persianNumbersAreWrittenInPersianDigitsWithPersianSeparators() {
        assertThat(typeset("fa-IR", List.of(new Inline.Text("در سال 1917 بیش از 300,000 نفر، 35.5% و 10 %"))))
                .isEqualTo("در سال ۱۹۱۷ بیش از ۳۰۰٬۰۰۰ نفر، ۳۵٫۵٪ و ۱۰٪");
    }

    @Test
    void persianKeepsLatinDigitsInsideNamesAndAddresses() {
        assertThat(typeset("fa-IR", List.of(new Inline.Text("نشانی https://leftcom.org/en/2017 و info2@leftcom.org و G20 در 2017."))))
                .isEqualTo("نشانی https://leftcom.org/en/2017 و info2@leftcom.org و G20 در ۲۰۱۷.");
    }

    @Test
    void persianKeepsLatinDigitsInsideALatinName() {
        assertThat(typeset("fa-IR", List.of(new Inline.Text("مجوز (Creative Commons Attribution 3.0 Unported) در 2017"))))
                .isEqualTo("مجوز (Creative Commons Attribution 3.0 Unported) در ۲۰۱۷");
    }

    @Test
    void persianPunctuationAfterPersianTextTakesTheArabicScriptForms() {
        assertThat(typeset("fa-IR", List.of(new Inline.Text("نان, کار; آزادی? اما \"bread, work; freedom?\""))))
                .isEqualTo("نان، کار؛ آزادی؟ اما \"bread, work; freedom?\"");
    }

    @Test
    void egyptianArabicGetsArabicIndicDigitsAndEnglishKeepsItsOwn() {
        assertThat(typeset("ar-EG", List.of(new Inline.Text("عام 1917")))).isEqualTo("عام ١٩١٧");
        assertThat(typeset("en-GB", List.of(new Inline.Text("in 1917, why?")))).isEqualTo("in 1917, why?");
    }
}
