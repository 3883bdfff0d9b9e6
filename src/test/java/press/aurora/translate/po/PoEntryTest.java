package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoEntryTest {

    @Test
    void translatedMeansNotFuzzyNotObsoleteAndEveryMsgstrFilled() {
        assertThat(PoEntry.of("a", "A").isTranslated()).isTrue();
        assertThat(PoEntry.of("a", "").isTranslated()).isFalse();
        assertThat(PoEntry.builder("a").msgstr("A").fuzzy(true).build().isTranslated()).isFalse();
        assertThat(PoEntry.builder("a").msgstr("A").obsolete(true).build().isTranslated()).isFalse();
        assertThat(PoEntry.builder("a").msgidPlural("as").msgstr("A", "").build().isTranslated()).isFalse();
    }

    @Test
    void headerIsEmptyMsgidWithoutMsgctxt() {
        assertThat(PoEntry.of("", "Language: fr\n").isHeader()).isTrue();
        assertThat(PoEntry.builder("").msgctxt("c").build().isHeader()).isFalse();
        assertThat(PoEntry.builder("").obsolete(true).build().isHeader()).isFalse();
    }

    @Test
    void keepsFlagsInTheirOrder() {
        PoEntry entry = PoEntry.builder("a").flag("markdown-text").flag("fuzzy").flag("icu-message-format").build();

        assertThat(entry.flags()).containsExactly("markdown-text", "fuzzy", "icu-message-format");
        assertThat(entry.isFuzzy()).isTrue();
    }

    @Test
    void rejectsWhatThePoFormatCannotHold() {
        assertThatThrownBy(() -> PoEntry.builder("a").msgstr("A", "B").build())
                .hasMessage("msgid \"a\" has 2 msgstr but no msgid_plural");
        assertThatThrownBy(() -> PoEntry.builder("a").reference("letters.md 12").build())
                .hasMessageContaining("without spaces");
        assertThatThrownBy(() -> PoEntry.builder("a").flag("fuzzy,c-format").build())
                .hasMessageContaining("without commas");
        assertThatThrownBy(() -> PoEntry.builder("a").translatorComment("two\nlines").build())
                .hasMessageContaining("one line");
    }

    @Test
    void fileKeepsTheHeaderApart() {
        assertThatThrownBy(() -> new PoFile(null, java.util.List.of(PoEntry.of("", "Language: fr\n"))))
                .hasMessageContaining("PoFile.header");
    }
}
