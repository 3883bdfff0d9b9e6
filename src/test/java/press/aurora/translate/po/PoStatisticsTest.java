package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules msgfmt 0.21 --statistics follows; MsgfmtCompatibilityTest checks them against msgfmt itself. */
class PoStatisticsTest {

    private static PoStatistics of(PoEntry... entries) {
        return PoStatistics.of(new PoFile(PoTexts.header("fr"), List.of(entries)));
    }

    @Test
    void countsTranslatedFuzzyUntranslatedAndObsoleteApart() {
        PoStatistics stats = of(
                PoEntry.of("a", "A"),
                PoEntry.builder("b").msgstr("B").fuzzy(true).build(),
                PoEntry.of("c", ""),
                PoEntry.builder("d").msgstr("D").obsolete(true).build());

        assertThat(stats).isEqualTo(new PoStatistics(1, 1, 1, 1));
        assertThat(stats.total()).isEqualTo(3);
    }

    @Test
    void countsFuzzyEntryWithEmptyMsgstrAsUntranslated() {
        assertThat(of(PoEntry.builder("b").msgstr("").fuzzy(true).build()))
                .isEqualTo(new PoStatistics(0, 0, 1, 0));
    }

    @Test
    void looksOnlyAtMsgstrZeroOfPluralEntriesAsMsgfmtDoes() {
        PoEntry firstFormOnly = PoEntry.builder("a").msgidPlural("as").msgstr("A", "").build();
        PoEntry secondFormOnly = PoEntry.builder("b").msgidPlural("bs").msgstr("", "Bs").build();

        assertThat(of(firstFormOnly, secondFormOnly)).isEqualTo(new PoStatistics(1, 0, 1, 0));
        assertThat(firstFormOnly.isTranslated()).isFalse();
    }

    @Test
    void leavesTheHeaderOut() {
        assertThat(of()).isEqualTo(new PoStatistics(0, 0, 0, 0));
    }
}
