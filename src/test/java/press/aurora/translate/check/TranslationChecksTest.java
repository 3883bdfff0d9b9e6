package press.aurora.translate.check;

import static org.assertj.core.api.Assertions.assertThat;
import static press.aurora.translate.check.CheckFixtures.problems;

import org.junit.jupiter.api.Test;
import press.aurora.translate.Catalog;
import press.aurora.translate.TranslationChecker;

/** Each check against a PO file that breaks it (src/test/resources/press/aurora/translate/check/). */
class TranslationChecksTest {

    @Test
    void poSyntaxReportsWhatMsgfmtRefusesWithItsLine() {
        assertThat(problems("po-syntax.fr.po", "fr")).containsExactly(
                "11: error: unterminated string: end of line before the closing \" [po-syntax]",
                "13: error: invalid escape sequence \\'; msgfmt accepts \\n \\t \\r \\a \\b \\f \\v \\\\ \\\" \\ooo and \\xhh [po-escape]",
                "19: error: duplicate message definition: msgid \"Notes\" is already defined at line 16 [po-duplicate]");
    }

    @Test
    void poHeaderMustExistAndMatchTheLanguageFolder() {
        assertThat(problems("no-header.fr.po", "fr")).containsExactly(
                "1: error: no header entry (msgid \"\" with Content-Type, Language and Plural-Forms) [po-header]");
        assertThat(problems("po-header.fr.po", "fr")).containsExactly(
                "1: error: header has no Plural-Forms [po-header]",
                "1: error: header says Language: it but the file is in the folder of language 'fr' [po-header]");
    }

    @Test
    void aFileAsPoeditSavesItIsNoProblem() {
        // CRLF line ends, lines wrapped at 79 columns, a translator comment, Poedit's own header fields, and
        // Language: de_DE (German, Germany) in the folder of German
        assertThat(problems("poedit-header.de.po", "de")).isEmpty();
        assertThat(problems("poedit-header.de.po", "fr")).containsExactly(
                "4: error: header says Language: de_DE but the file is in the folder of language 'fr' [po-header]",
                "4: warning: Plural-Forms is \"nplurals=2; plural=(n != 1);\"; gettext's rule is \"nplurals=2; plural=(n > 1);\" for 'fr' [po-header]");
    }

    @Test
    void markdownParityWantsTheSameLinksNotesCodeBreaksAndOneParagraphAndSaysWhenTheSourceCannotBeRead() {
        assertThat(problems("markdown-parity.fr.po", "fr")).filteredOn(p -> p.endsWith("[markdown-parity]")).containsExactly(
                "12: error: the source has 2 links, the translation 1 [markdown-parity]",
                "17: error: link target 'notes.md' of the source is missing: relative targets stay as they are [markdown-parity]",
                "22: error: footnote reference [^lenin] of the source is missing [markdown-parity]",
                "27: error: code span `aurora build` of the source is missing [markdown-parity]",
                "27: error: code span `aurora construire` is not in the source [markdown-parity]",
                "32: error: the source has 1 hard line break, the translation 0 [markdown-parity]",
                "37: error: unbalanced emphasis: a '*' or '_' would be printed as is; close the emphasis or remove the marker [markdown-parity]",
                "42: error: the translation must be one paragraph of text like the source: expected one paragraph of text, found paragraph followed by more paragraphs [markdown-parity]",
                "47: error: the translation must be one paragraph of text like the source: cannot print image '![photo](pont.jpg)': remove it or write it as text [markdown-parity]",
                "52: warning: emphasis differs: the source has 1 *emphasis* and 0 **strong**, the translation 0 and 0 [markdown-parity]",
                "62: error: the source text is not one paragraph of Markdown the program reads (expected one paragraph of text, "
                        + "found paragraph followed by more paragraphs), so its Markdown cannot be compared with the translation's: "
                        + "run aurora extract to bring the PO file up to date [markdown-parity]");
    }

    @Test
    void placeholdersKeepAddressesAndNumbersWhateverTheirGrouping() {
        assertThat(problems("placeholder-kept.fr.po", "fr")).filteredOn(p -> p.endsWith("[placeholder-kept]")).containsExactly(
                "12: error: e-mail address us@leftcom.org of the source is missing [placeholder-kept]",
                "17: error: address leftcom.org of the source is missing [placeholder-kept]",
                "17: error: address https://leftcom.org/donate of the source is missing [placeholder-kept]",
                "22: warning: number 300000 of the source is missing [placeholder-kept]");
    }

    @Test
    void glossaryNamesStayAsTheyAre() {
        assertThat(problems("glossary.fr.po", "fr")).containsExactly(
                "12: warning: 'Aurora' is on the do-not-translate list (translations/glossary.yaml) but is not in the translation [glossary]",
                "12: warning: 'ICT' is on the do-not-translate list (translations/glossary.yaml) but is not in the translation [glossary]");
    }

    @Test
    void lengthRatioWarnsAbove1Point6AndForHeadlinesAbove1Point4() {
        assertThat(problems("length-ratio.fr.po", "fr")).containsExactly(
                "12: warning: the translation is 2.63 times as long as the source (71 characters for 27; at most 1.60 for text): it may not fit the columns [length-ratio]",
                "17: warning: the translation is 1.49 times as long as the source (49 characters for 33; at most 1.40 for a headline): it may not fit the columns [length-ratio]",
                // 1.6024 is over the limit: rounded up, it never reads as the limit itself
                "32: warning: the translation is 1.61 times as long as the source (399 characters for 249; at most 1.60 for text): it may not fit the columns [length-ratio]");
    }

    @Test
    void lengthRatioIsConfigurable() {
        Catalog catalog = Catalog.read(CheckFixtures.FOLDER.resolve("length-ratio.fr.po")).orElseThrow();

        var lenient = TranslationChecker.standard(CheckFixtures.GLOSSARY, new CheckSettings(3, 3)).checkCatalog("fr", catalog);

        assertThat(lenient).noneMatch(d -> d.code().equals(LengthRatioCheck.ID));
    }

    @Test
    void frenchSpacingWarnsOnOrdinarySpacesBeforeHighPunctuationOnlyInFrench() {
        assertThat(problems("french-spacing.fr.po", "fr")).filteredOn(p -> p.endsWith("[french-spacing]")).containsExactly(
                "12: warning: ordinary space before ':' in \"…trois façons :\": write no space (or a no-break space); the renderer sets French spacing [french-spacing]",
                "12: warning: ordinary space before ';' in \"…par courriel ;\": write no space (or a no-break space); the renderer sets French spacing [french-spacing]",
                "12: warning: ordinary space before '!' in \"…; par chèque !\": write no space (or a no-break space); the renderer sets French spacing [french-spacing]",
                "12: warning: ordinary space before '?' in \"…e ! Pourquoi ?\": write no space (or a no-break space); the renderer sets French spacing [french-spacing]");
        assertThat(problems("french-spacing.fr.po", "it")).noneMatch(p -> p.endsWith("[french-spacing]"));
    }

    @Test
    void pluralCategoriesAndPluralFormsComeFromIcuAndTheLanguageDataForAnyLanguage() {
        assertThat(problems("plural-categories.ar.po", "ar")).containsExactly(
                "1: warning: Plural-Forms is \"nplurals=2; plural=(n != 1);\"; the CLDR rule is \"nplurals=6; plural=n==0 ? 0 : "
                        + "n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\" for 'ar' [po-header]",
                "12: warning: {pages} has no branch for the Arabic plural categories few, many, two, zero (CLDR); 'other' is used"
                        + " for those numbers [icu-pattern]");
        assertThat(problems("plural-categories.fa.po", "fa")).isEmpty();
    }

    @Test
    void aPluralFormsWrittenOtherwiseWithTheSameMeaningIsNoProblemOneThatPicksOtherFormsIs() {
        // nor is a plural with Polish's four branches too long for the English two: one branch is printed
        assertThat(problems("weblate-header.pl.po", "pl")).isEmpty();
        assertThat(problems("other-plural-rule.pl.po", "pl")).containsExactly(
                "3: warning: Plural-Forms is \"nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\"; gettext's rule is "
                        + "\"nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\" for 'pl' [po-header]");
    }

    @Test
    void icuPatternsParseKeepTheirArgumentsAndHaveOtherAndTheLanguagesCategories() {
        assertThat(problems("icu-pattern.fr.po", "fr")).containsExactly(
                "12: error: the translation is not a valid ICU MessageFormat pattern: Unmatched '{' braces in message \"Page {page\" [icu-pattern]",
                "17: error: argument {number} of the source is missing [icu-pattern]",
                "17: error: argument {numero} is not in the source (it has: number) [icu-pattern]",
                "22: error: the translation is not a valid ICU MessageFormat pattern: Missing 'other' keyword in plural pattern in \"{pages, plural, one  ...\" [icu-pattern]",
                "27: warning: {pages} has no branch for the French plural category many (CLDR); 'other' is used for those numbers [icu-pattern]",
                "32: error: the translation is not a valid ICU MessageFormat pattern: Missing 'other' keyword in select pattern in \"{kind, select, print ...\" [icu-pattern]");
    }

    @Test
    void identicalSourceWarnsOnlyForLongTexts() {
        assertThat(problems("identical-source.fr.po", "fr")).containsExactly(
                "12: warning: the translation is the source text itself: translate it (or confirm that it stays in the source language) [identical-source]");
    }

    @Test
    void checksReadRightToLeftTextAndPersianDigitsAsTheirLatinNumbers() {
        assertThat(problems("right-to-left.fa.po", "fa")).containsExactly(
                "19: warning: number 1921 of the source is missing [placeholder-kept]",
                "29: error: footnote reference [^2] of the source is missing [markdown-parity]",
                "29: error: unbalanced emphasis: a '*' or '_' would be printed as is; close the emphasis or remove the marker [markdown-parity]",
                "29: error: address leftcom.org of the source is missing [placeholder-kept]",
                "29: warning: 'leftcom.org' is on the do-not-translate list (translations/glossary.yaml) but is not in the translation [glossary]",
                "34: error: the source has 2 links, the translation 1 [markdown-parity]",
                "34: error: address https://leftcom.org/en/1917 of the source is missing [placeholder-kept]");
    }
}
