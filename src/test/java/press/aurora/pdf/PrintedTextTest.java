package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normaliser both sides of every printed-text comparison go through: tested on its own, so that it cannot hide a loss. */
class PrintedTextTest {

    @Test
    void keepsEveryWordInLowerCaseSeparatedBySingleSpaces() {
        assertThat(PrintedText.words("The Establishment of\n  Soviet Power, 1917!")).isEqualTo("the establishment of soviet power 1917");
    }

    @Test
    void joinsAWordHyphenatedAtALineEndAndDropsOtherHyphens() {
        assertThat(PrintedText.words("the Russi-\nan Revolution")).isEqualTo("the russian revolution");
        assertThat(PrintedText.words("re-ar-\r\nrest")).isEqualTo(PrintedText.words("re-arrest")).isEqualTo("rearrest");
        assertThat(PrintedText.words("soft\u00ADhyphen")).isEqualTo("softhyphen");
    }

    @Test
    void unfoldsLigaturesAndFoldsCapitalsIncludingSharpS() {
        assertThat(PrintedText.words("\uFB01ght \uFB02ow")).isEqualTo("fight flow");
        assertThat(PrintedText.words("STRASSE")).isEqualTo(PrintedText.words("Straße"));
        assertThat(PrintedText.words("OUR RULERS WANT US")).isEqualTo("our rulers want us");
    }

    @Test
    void foldsTheDottedAndDotlessIOfTurkishInCapitals() {
        // a kicker "Kızılay işçileri" is printed KIZILAY IŞÇILERI (or, by Turkish rules, KIZILAY İŞÇİLERİ)
        assertThat(PrintedText.words("KIZILAY IŞÇILERI")).isEqualTo(PrintedText.words("Kızılay işçileri")).isEqualTo("kizilay iscileri");
        assertThat(PrintedText.words("KIZILAY İŞÇİLERİ")).isEqualTo(PrintedText.words("Kızılay işçileri"));
    }

    @Test
    void keepsLettersOfOtherScriptsWithoutTheMarksOverOrUnderThem() {
        assertThat(PrintedText.words("ΕΛΛΗΝΙΚΆ, Русский, فارسی")).isEqualTo("ελληνικα русскии فارسی");
        assertThat(PrintedText.words("नमस्ते")).isEqualTo("नमसत");
    }

    @Test
    void aCombiningMarkComparesTheSameWhereverTextExtractionPutsIt() {
        // "n" and U+0303 COMBINING TILDE, as pasted from a Mac: PDFBox reads the tilde, drawn a little left of the n's origin, first
        String source = "Tercero n\u0303 y Espan\u0303a, Tie\u0302\u0301ng Vie\u0323\u0302t";
        assertThat(PrintedText.words("Tercero \u0303n y Espa\u0303na, Tiếng Việt")).isEqualTo(PrintedText.words(source))
                .isEqualTo(PrintedText.words("Tercero ñ y España, Tiếng Việt")).isEqualTo("tercero n y espana tieng viet");
    }

    @Test
    void punctuationAloneHasNoWords() {
        assertThat(PrintedText.words("“…” — · •")).isEmpty();
        assertThat(PrintedText.words("")).isEmpty();
    }

    @Test
    void lettersAreTheWordsWithoutSpaces() {
        assertThat(PrintedText.letters("Work-\ners’ fight")).isEqualTo("workersfight");
        assertThat(PrintedText.letters("a b")).isNotEqualTo(PrintedText.letters("a c"));
    }
}
