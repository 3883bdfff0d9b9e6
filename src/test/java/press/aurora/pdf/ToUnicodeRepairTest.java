package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Glyph names to letters, as the repair reads Vazirmatn's contextual forms; the whole repair is read back in PersianEditionTest. */
class ToUnicodeRepairTest {

    @Test
    void aVariantOfAPresentationFormIsItsLetter() {
        assertThat(ToUnicodeRepair.glyphText("uniFE98.long")).isEqualTo("ت");   // teh, medial, long variant
        assertThat(ToUnicodeRepair.glyphText("uniFB58.long1")).isEqualTo("پ");  // peh, initial
        assertThat(ToUnicodeRepair.glyphText("uniFEE3.long")).isEqualTo("م");   // meem, initial
    }

    @Test
    void ligaturesAndAdobeGlyphListNamesGiveAllTheirLetters() {
        assertThat(ToUnicodeRepair.glyphText("uni0644_uni0627.fina")).isEqualTo("لا");
        assertThat(ToUnicodeRepair.glyphText("f_i")).isEqualTo("fi");
        assertThat(ToUnicodeRepair.glyphText("eight.tnum")).isEqualTo("8");
    }

    @Test
    void namesWithoutALetterAreLeftUnnamed() {
        assertThat(ToUnicodeRepair.glyphText("NameMe.65564")).isNull();
        assertThat(ToUnicodeRepair.glyphText(".notdef")).isNull();
        assertThat(ToUnicodeRepair.glyphText("uniE000")).isNull();
    }
}
