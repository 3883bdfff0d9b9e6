package press.aurora.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LocaleFormatsTest {

    private static final LocalDate REVOLUTION = LocalDate.of(2017, 11, 7);

    private static LocaleFormats formats(String tag) {
        return new LocaleFormats(ULocale.forLanguageTag(tag));
    }

    @Test
    void persianDatesAreInTheSolarHijriCalendarWithPersianDigits() {
        assertThat(formats("fa-IR").calendarType()).isEqualTo("persian");
        assertThat(formats("fa-IR").longDate(REVOLUTION)).isEqualTo("۱۶ آبان ۱۳۹۶");
    }

    @Test
    void thePersianMastheadPrintsTheGregorianDateBeside() {
        assertThat(formats("fa-IR").mastheadDate(REVOLUTION)).isEqualTo("۱۶ آبان ۱۳۹۶ – ۷ نوامبر ۲۰۱۷");
    }

    @Test
    void gregorianLocalesPrintOneDate() {
        assertThat(formats("en-GB").mastheadDate(REVOLUTION)).isEqualTo("7 November 2017");
        assertThat(formats("fr-FR").longDate(REVOLUTION)).isEqualTo("7 novembre 2017");
    }

    @Test
    void persianNumbersUseTheLocalesDefaultNumberingSystem() {
        assertThat(formats("fa-IR").number(1234)).isEqualTo("۱٬۲۳۴");
        assertThat(formats("en-GB").number(1234)).isEqualTo("1,234");
    }
}
